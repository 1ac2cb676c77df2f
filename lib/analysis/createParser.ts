import { Parser } from '@asyncapi/parser';
import { AvroSchemaParser } from '@asyncapi/avro-schema-parser';
import { OpenAPISchemaParser } from '@asyncapi/openapi-schema-parser';
import { ProtoBuffSchemaParser } from '@asyncapi/protobuf-schema-parser';

/** The one AsyncAPI parser configuration of the studio: every schema format it understands. */
export function createParser(): Parser {
  return new Parser({
    schemaParsers: [AvroSchemaParser(), OpenAPISchemaParser(), ProtoBuffSchemaParser()],
  });
}
