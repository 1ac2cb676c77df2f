import { Parser } from '@asyncapi/parser';
import { AvroSchemaParser } from '@asyncapi/avro-schema-parser';
import { OpenAPISchemaParser } from '@asyncapi/openapi-schema-parser';
import { ProtoBuffSchemaParser } from '@asyncapi/protobuf-schema-parser';
import { createRefGuard, installRefGuard } from './refGuard';
import { reuseCompiledSchemas } from './schemaReuse';

/**
 * The one AsyncAPI parser configuration of the studio: every schema format it understands.
 * With `isOriginAllowed` (the analysis worker), external $refs reach only the origins it accepts and files
 * never; without it (Node tests of multi-file corpus documents), the parser's own readers resolve them.
 */
export function createParser(options: { isOriginAllowed?: (origin: string) => boolean } = {}): Parser {
  const schemaParsers = [AvroSchemaParser(), OpenAPISchemaParser(), ProtoBuffSchemaParser()];
  const parser = reuseCompiledSchemas(new Parser({ schemaParsers }));
  if (!options.isOriginAllowed) return parser;
  return installRefGuard(parser, createRefGuard(options.isOriginAllowed));
}
