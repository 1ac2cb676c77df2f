/** The schema languages a message payload may be written in (the `schemaFormat` of AsyncAPI). */
export type SchemaKind = 'json-schema' | 'openapi' | 'avro' | 'protobuf' | 'unknown';

export const SCHEMA_KIND_LABELS: Record<SchemaKind, string> = {
  'json-schema': 'JSON Schema (AsyncAPI)',
  openapi: 'OpenAPI 3.0 schema',
  avro: 'Apache Avro',
  protobuf: 'Protocol Buffers',
  unknown: 'Unknown schema format',
};

/** Reads an AsyncAPI schemaFormat media type; an absent format means the AsyncAPI (JSON Schema) default. */
export function schemaKind(schemaFormat: string | undefined): SchemaKind {
  const format = (schemaFormat ?? '').toLowerCase();
  if (format === '' || format.startsWith('application/vnd.aai.asyncapi') || format.startsWith('application/schema+')) return 'json-schema';
  if (format.startsWith('application/vnd.oai.openapi')) return 'openapi';
  if (format.startsWith('application/vnd.apache.avro')) return 'avro';
  if (format.startsWith('application/vnd.google.protobuf')) return 'protobuf';
  return 'unknown';
}

/** Whether the language has JSON Schema's `$ref`, so a repeated schema may be written as a reference to it. */
export function hasSchemaRefs(kind: SchemaKind): boolean {
  return kind === 'json-schema' || kind === 'openapi';
}
