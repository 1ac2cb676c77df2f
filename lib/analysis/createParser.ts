import { Parser } from '@asyncapi/parser';
import { AvroSchemaParser } from '@asyncapi/avro-schema-parser';
import { OpenAPISchemaParser } from '@asyncapi/openapi-schema-parser';
import { ProtoBuffSchemaParser } from '@asyncapi/protobuf-schema-parser';
import { attachRefGuard, createRefGuard } from './refGuard';

/**
 * The one AsyncAPI parser configuration of the studio: every schema format it understands.
 * External $refs reach only the origins `isOriginAllowed` accepts (none by default); files never.
 */
export function createParser(options: { isOriginAllowed?: (origin: string) => boolean } = {}): Parser {
  const guard = createRefGuard(options.isOriginAllowed ?? (() => false));
  const parser = new Parser({
    schemaParsers: [AvroSchemaParser(), OpenAPISchemaParser(), ProtoBuffSchemaParser()],
    __unstable: { resolver: { resolvers: guard.resolvers } },
  });
  return attachRefGuard(parser, guard);
}
