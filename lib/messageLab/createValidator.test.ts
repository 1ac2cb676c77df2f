import { describe, expect, it } from 'vitest';
import { createValidator, loadFormatValidators, mayNeedFormatValidators } from './createValidator';

const avro = { kind: 'avro' as const, native: { type: 'record', name: 'Reading', fields: [{ name: 'lumens', type: 'int' }] }, jsonSchema: {} };

describe('createValidator and the formats loaded on demand', () => {
  it('says when Avro validation was not loaded, and gives the real verdict once it is (nothing cached meanwhile)', async () => {
    expect(createValidator(avro)({ lumens: 'bright' })).toEqual([expect.objectContaining({ unchecked: true, message: expect.stringContaining('not loaded') })]);
    await loadFormatValidators();
    const violations = createValidator(avro)({ lumens: 'bright' });
    expect(violations).toHaveLength(1);
    expect(violations[0]!.unchecked).toBeUndefined();
    expect(createValidator(avro)({ lumens: 3 })).toEqual([]);
  });

  it('tells which documents may need them: a named Avro or Protobuf format, or a $ref to a URL', () => {
    expect(mayNeedFormatValidators('payload:\n  schemaFormat: application/vnd.apache.avro;version=1.9.0')).toBe(true);
    expect(mayNeedFormatValidators('"schemaFormat": "application/vnd.google.protobuf;version=3"')).toBe(true);
    expect(mayNeedFormatValidators("payload:\n  $ref: 'https://example.com/schemas/reading.yaml'")).toBe(true);
    expect(mayNeedFormatValidators("asyncapi: 3.0.0\npayload:\n  $ref: '#/components/schemas/reading'")).toBe(false);
  });
});
