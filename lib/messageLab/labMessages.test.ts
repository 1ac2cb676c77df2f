import { beforeAll, describe, expect, it } from 'vitest';
import { loadFormatValidators } from './createValidator';
import { createParser } from '@/lib/analysis/createParser';
import { createLocate } from '@/lib/analysis/locate';
import type { RangeSource } from '@/lib/analysis/locate';
import { DEFAULT_DOCUMENT } from '@/lib/defaultDocument';
import { readCorpus } from '@/lib/testing/corpus';
import { createValidator } from './createValidator';
import { generateExample, sampleForPattern } from './generateExample';
import { labMessages } from './labMessages';

// Avro and Protobuf validation load on demand in the workers; these tests use them directly.
beforeAll(() => loadFormatValidators());

async function parse(text: string) {
  const output = await createParser().parse(text);
  if (!output.document) throw new Error(output.diagnostics.map((d) => d.message).join('\n'));
  return { document: output.document, locate: createLocate(output.extras!.document as unknown as RangeSource) };
}

describe('labMessages', () => {
  it('lists each message of the default document once, with where it travels and its examples', async () => {
    const { document } = await parse(DEFAULT_DOCUMENT);
    const messages = labMessages(document);
    expect(messages.map((m) => m.label).sort()).toEqual(['LocationUpdated', 'ParcelDelivered']);
    const location = messages.find((m) => m.label === 'LocationUpdated')!;
    expect(location.context).toContain('parcelLocation');
    expect(location.payload?.kind).toBe('json-schema');
    expect(location.examples).toHaveLength(1);
  });

  it('keeps the Avro schema as written for an Avro payload', async () => {
    const { document } = await parse(readCorpus('cli/specification-avro.yml'));
    const [message] = labMessages(document);
    expect(message!.payload?.kind).toBe('avro');
    expect((message!.payload?.native as { type: string }).type).toBe('record');
  });
});

describe('generateExample', () => {
  it('makes examples that pass validation, for JSON Schema, Avro and OpenAPI payloads', async () => {
    for (const text of [DEFAULT_DOCUMENT, readCorpus('cli/specification-avro.yml'), readCorpus('schema-formats/openapi/valid-asyncapi.yaml')]) {
      const { document } = await parse(text);
      for (const message of labMessages(document)) {
        for (const schema of [message.payload, message.headers]) {
          if (!schema) continue;
          const example = generateExample(schema.jsonSchema);
          expect(createValidator(schema)(example), `${message.label}: ${JSON.stringify(example)}`).toEqual([]);
        }
      }
    }
  });

  it('honours formats, enums, defaults and simple patterns', () => {
    expect(generateExample({ type: 'string', format: 'email' })).toBe('someone@example.com');
    expect(generateExample({ type: 'string', enum: ['b', 'c'] })).toBe('b');
    expect(generateExample({ type: 'integer', default: 7 })).toBe(7);
    expect(generateExample({ type: 'integer', minimum: 5 })).toBe(5);
    expect(sampleForPattern('^PX-[0-9]{4}-[0-9]{6}$')).toBe('PX-1111-111111');
  });
});

describe('checkExample', () => {
  const schema = { kind: 'json-schema' as const, jsonSchema: undefined, native: { type: 'object', properties: { n: { type: 'number' } }, required: ['n', 'm'] } };

  it('places each violation at its line in JSON and in YAML', async () => {
    const { checkExample } = await import('./checkExample');
    const json = checkExample('{\n  "n": "x"\n}', schema);
    expect(json).toMatchObject({ state: 'checked', violations: expect.arrayContaining([expect.objectContaining({ path: ['n'], line: 2 })]) });
    const yaml = checkExample('other: 1\nn: x\n', schema);
    expect(yaml).toMatchObject({ state: 'checked', violations: expect.arrayContaining([expect.objectContaining({ path: ['n'], line: 2 })]) });
  });

  it('says when the example text cannot be read, and at which line', async () => {
    const { checkExample } = await import('./checkExample');
    expect(checkExample('n: 1\n m: 2\n', schema)).toMatchObject({ state: 'unreadable', line: 2 });
    expect(checkExample('   ', schema)).toEqual({ state: 'empty' });
  });
});
