import { AvroSchemaParser } from '@asyncapi/avro-schema-parser';
import { OpenAPISchemaParser } from '@asyncapi/openapi-schema-parser';
import { ProtoBuffSchemaParser } from '@asyncapi/protobuf-schema-parser';
import { describe, expect, it } from 'vitest';
import { AVRO_MIME_TYPES, OPENAPI_MIME_TYPES, PROTOBUF_MIME_TYPES } from './lazySchemaParsers';

// What a payload in each format gives through the lazy parsers: schemaFormats.test.ts (every parse goes through them).
describe('lazySchemaParsers', () => {
  it('lists the formats each package registers, so the parser routes the same payloads to them', () => {
    expect(AVRO_MIME_TYPES).toEqual(AvroSchemaParser().getMimeTypes());
    expect(OPENAPI_MIME_TYPES).toEqual(OpenAPISchemaParser().getMimeTypes());
    expect(PROTOBUF_MIME_TYPES).toEqual(ProtoBuffSchemaParser().getMimeTypes());
  });
});
