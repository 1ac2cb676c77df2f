import { describe, expect, it } from 'vitest';
import parserPackage from '@asyncapi/parser/package.json';
import { readCorpus } from '@/lib/testing/corpus';
import { analyzeDocument } from './analyzeDocument';
import { createParser } from './createParser';

// The parser version the README names, and proof that each schema parser works with it: a valid payload of
// each format is accepted and turned into the model, an invalid one is an error at its line.
const parser = createParser({ isOriginAllowed: () => false });

const protobufDocument = (field: string) => `asyncapi: 3.1.0
info:
  title: Protobuf
  version: 1.0.0
channels:
  orders:
    address: orders
    messages:
      order:
        payload:
          schemaFormat: application/vnd.google.protobuf;version=3
          schema: |
            syntax = "proto3";
            message Order {
              ${field}
            }
`;

describe('@asyncapi/parser with the Avro, OpenAPI and Protobuf schema parsers', () => {
  it('is the version the README names', () => {
    expect(parserPackage.version).toBe('3.6.6');
  });

  it('reads an Avro payload', async () => {
    const outcome = await analyzeDocument(parser, readCorpus('cli/specification-avro.yml'));
    expect(outcome.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(outcome.valid).toBe(true);
  });

  it('reads an OpenAPI payload, and reports an invalid one where it is written', async () => {
    expect((await analyzeDocument(parser, readCorpus('schema-formats/openapi/valid-asyncapi.yaml'))).valid).toBe(true);
    const invalid = await analyzeDocument(parser, readCorpus('schema-formats/openapi/invalid-asyncapi.yaml'));
    expect(invalid.valid).toBe(false);
    expect(invalid.diagnostics.some((d) => d.range.startLine === 23 && /"type" property must be equal to one of the allowed values/.test(d.message))).toBe(true);
  });

  it('reads a Protobuf payload, and reports one that does not compile', async () => {
    expect((await analyzeDocument(parser, protobufDocument('string id = 1;'))).valid).toBe(true);
    const broken = await analyzeDocument(parser, protobufDocument('strin id = ;'));
    expect(broken.valid).toBe(false);
    // The Protobuf parser throws rather than reports: the studio says so in plain words, without a stack.
    expect(broken.diagnostics.map((d) => [d.code, d.message])).toEqual([['parser-crash', expect.stringContaining("illegal id ';'")]]);
  });
});
