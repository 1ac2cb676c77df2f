import { describe, expect, it } from 'vitest';
import { generateExample, sampleForPattern } from './generateExample';

describe('generateExample limits', () => {
  it('gives an array the items its minItems asks for, the same item each time', () => {
    const example = generateExample({ type: 'array', minItems: 3, items: { type: 'object', properties: { id: { type: 'integer', minimum: 2 } } } });
    expect(example).toEqual([{ id: 2 }, { id: 2 }, { id: 2 }]);
  });

  it('stops at 100 items and 10,000 characters however large the minimum (a hostile document cannot fill the worker)', () => {
    expect((generateExample({ type: 'array', minItems: 1e9, items: { type: 'integer' } }) as unknown[]).length).toBe(100);
    expect((generateExample({ type: 'array', minItems: 1e9, items: { $ref: '#' } }) as unknown[]).length).toBe(100);
    expect((generateExample({ type: 'string', minLength: 1e9 }) as string).length).toBe(10_000);
    expect(sampleForPattern('^[0-9]{1000000000}$')).toBeUndefined();
    expect(sampleForPattern('^[0-9]{4}-a{2}$')).toBe('1111-aa');
    expect(generateExample({ type: 'string', pattern: '^a{99999999999}$' })).toBe('string');
  });

  it('counts each copy of an item against the objects an example may hold: nested minimums stay small', () => {
    let schema: Record<string, unknown> = { type: 'object', properties: { leaf: { type: 'boolean' } } };
    for (let i = 0; i < 6; i++) schema = { type: 'array', minItems: 50, items: schema };
    const text = JSON.stringify(generateExample(schema));
    // 50^6 leaves without the limit; at most 300 objects and arrays with it.
    expect((text.match(/[[{]/g) ?? []).length).toBeLessThanOrEqual(300);
  });
});
