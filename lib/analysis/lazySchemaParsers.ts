import type { SchemaParser } from '@asyncapi/parser';

/**
 * The Avro, OpenAPI and Protobuf schema parsers, each loaded the first time a document has a payload in its
 * format: most documents have none, and together with avsc and protobufjs they were a fifth of the analysis
 * worker's code, fetched and compiled before the first verdict. The parser asks a schema parser for its formats
 * when it is registered, so those are listed here (lazySchemaParsers.test.ts checks them against the packages).
 */
function lazySchemaParser(mimeTypes: string[], load: () => Promise<SchemaParser>): SchemaParser {
  let loaded: Promise<SchemaParser> | undefined;
  const parser = () => (loaded ??= load());
  return {
    validate: async (input) => (await parser()).validate(input),
    parse: async (input) => (await parser()).parse(input),
    getMimeTypes: () => mimeTypes,
  };
}

const versions = (base: string[], ...list: string[]) => list.flatMap((v) => base.map((type) => `${type};version=${v}`));

export const AVRO_MIME_TYPES = versions(['application/vnd.apache.avro', 'application/vnd.apache.avro+json', 'application/vnd.apache.avro+yaml'], '1.9.0', '1.8.2');
export const OPENAPI_MIME_TYPES = versions(['application/vnd.oai.openapi', 'application/vnd.oai.openapi+json', 'application/vnd.oai.openapi+yaml'], '3.0.0');
export const PROTOBUF_MIME_TYPES = versions(['application/vnd.google.protobuf'], '2', '3');

export function lazySchemaParsers(): SchemaParser[] {
  return [
    lazySchemaParser(AVRO_MIME_TYPES, async () => (await import('@asyncapi/avro-schema-parser')).AvroSchemaParser()),
    lazySchemaParser(OPENAPI_MIME_TYPES, async () => (await import('@asyncapi/openapi-schema-parser')).OpenAPISchemaParser()),
    lazySchemaParser(PROTOBUF_MIME_TYPES, async () => (await import('@asyncapi/protobuf-schema-parser')).ProtoBuffSchemaParser()),
  ];
}
