import { describe, expect, it } from 'vitest';
import { generateExample, sampleForPattern } from './generateExample';
import { compileJsonSchema } from './jsonSchemaValidator';

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

describe('generateExample with uniqueItems', () => {
  const valid = (schema: Record<string, unknown>) => {
    const example = generateExample(schema);
    return { example, violations: compileJsonSchema(schema)(example) };
  };

  it('makes each item distinct, so the example satisfies its own schema', () => {
    const strings = valid({ type: 'array', uniqueItems: true, minItems: 3, items: { type: 'string' } });
    expect(strings.example).toEqual(['string', 'string2', 'string3']);
    expect(strings.violations).toEqual([]);
    const numbers = valid({ type: 'array', uniqueItems: true, minItems: 3, items: { type: 'integer', minimum: 1, maximum: 2 } });
    // 1 and 2 are all there is: the array stops short, and the lab's check says so.
    expect(numbers.example).toEqual([1, 2]);
    const steps = valid({ type: 'array', uniqueItems: true, minItems: 3, items: { type: 'number', multipleOf: 5, maximum: 5 } });
    expect(steps.example).toEqual([0, 5, -10]);
    expect(steps.violations).toEqual([]);
    const objects = valid({
      type: 'array',
      uniqueItems: true,
      minItems: 2,
      items: { type: 'object', required: ['kind', 'id'], properties: { kind: { const: 'parcel' }, id: { type: 'integer' } } },
    });
    expect(objects.example).toEqual([{ kind: 'parcel', id: 0 }, { kind: 'parcel', id: 1 }]);
    expect(objects.violations).toEqual([]);
  });

  it('takes enum values and examples in order, a boolean\'s two values, and items behind a $ref', () => {
    expect(generateExample({ type: 'array', uniqueItems: true, minItems: 3, items: { enum: ['a', 'b', 'c', 'd'] } })).toEqual(['a', 'b', 'c']);
    expect(generateExample({ type: 'array', uniqueItems: true, minItems: 3, items: { type: 'string', examples: ['x', 'y'] } })).toEqual(['x', 'y', 'x3']);
    expect(generateExample({ type: 'array', uniqueItems: true, minItems: 3, items: { type: 'boolean' } })).toEqual([true, false]);
    const referenced = valid({ type: 'array', uniqueItems: true, minItems: 2, items: { $ref: '#/definitions/code' }, definitions: { code: { type: 'integer', minimum: 7 } } });
    expect(referenced.example).toEqual([7, 8]);
    expect(referenced.violations).toEqual([]);
  });

  it('stops rather than repeat where no variant can be made (a pattern, a format, a short maxLength)', () => {
    expect(generateExample({ type: 'array', uniqueItems: true, minItems: 3, items: { type: 'string', pattern: '^[0-9]{3}$' } })).toEqual(['111']);
    expect(generateExample({ type: 'array', uniqueItems: true, minItems: 3, items: { type: 'string', format: 'email' } })).toEqual(['someone@example.com']);
    expect(generateExample({ type: 'array', uniqueItems: true, minItems: 3, items: { type: 'string', maxLength: 6 } })).toEqual(['string']);
    // Without uniqueItems, the same item as before.
    expect(generateExample({ type: 'array', minItems: 2, items: { type: 'string' } })).toEqual(['string', 'string']);
  });
});
