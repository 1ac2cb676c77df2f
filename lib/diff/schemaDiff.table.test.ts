import { describe, expect, it } from 'vitest';
import { classOf } from './classify';
import { diffSchema, fieldOf } from './schemaDiff';
import { CLASS_ORDER } from './classify';
import type { ChangeClass, Direction } from './types';

const B: ChangeClass = 'breaking';
const N: ChangeClass = 'non-breaking';
const A: ChangeClass = 'annotation';

const obj = (properties: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({ type: 'object', properties, ...extra });
const str = { type: 'string' };

/** Components the `$ref` rows point at, on each side. */
const components = {
  old: { '/components/schemas/A': { type: 'string' }, '/components/schemas/B': { type: 'string' } } as Record<string, unknown>,
  new: { '/components/schemas/A': { type: 'string' }, '/components/schemas/B': { type: 'integer' } } as Record<string, unknown>,
};
const sources = { old: (p: string) => components.old[p], new: (p: string) => components.new[p] };

/**
 * [change, before, after, class when the application receives it, when it sends it, when it does both].
 * Receiving, what rejects messages valid before breaks senders; sending, what produces messages old
 * consumers reject breaks them.
 */
const TABLE: Array<[string, unknown, unknown, ChangeClass, ChangeClass, ChangeClass]> = [
  ['required field added', obj({ a: str }), obj({ a: str }, { required: ['a'] }), B, N, B],
  ['required field removed', obj({ a: str }, { required: ['a'] }), obj({ a: str }), N, B, B],
  ['type changed string → integer', obj({ a: str }), obj({ a: { type: 'integer' } }), B, B, B],
  ['type widened to string or null', { type: 'string' }, { type: ['string', 'null'] }, N, B, B],
  ['type narrowed to string only', { type: ['string', 'null'] }, { type: 'string' }, B, N, B],
  ['nullable: true added', { type: 'string' }, { type: 'string', nullable: true }, N, B, B],
  ['type number → integer', { type: 'number' }, { type: 'integer' }, B, N, B],
  ['type integer → number', { type: 'integer' }, { type: 'number' }, N, B, B],
  ['type added where any was allowed', {}, { type: 'string' }, B, N, B],
  ['enum narrowed', { enum: ['on', 'off'] }, { enum: ['on'] }, B, N, B],
  ['enum widened', { enum: ['on'] }, { enum: ['on', 'off'] }, N, B, B],
  ['enum value swapped', { enum: ['on', 'off'] }, { enum: ['on', 'dim'] }, B, B, B],
  ['enum reordered', { enum: ['on', 'off'] }, { enum: ['off', 'on'] }, N, N, N],
  ['enum added', { type: 'string' }, { type: 'string', enum: ['a'] }, B, N, B],
  ['enum removed', { type: 'string', enum: ['a'] }, { type: 'string' }, N, B, B],
  ['const added', str, { ...str, const: 'x' }, B, N, B],
  ['const changed', { const: 'x' }, { const: 'y' }, B, B, B],
  ['pattern added', str, { ...str, pattern: '^[a-z]+$' }, B, N, B],
  ['pattern changed', { ...str, pattern: '^a' }, { ...str, pattern: '^b' }, B, B, B],
  ['pattern removed', { ...str, pattern: '^a' }, str, N, B, B],
  ['format added', str, { ...str, format: 'email' }, B, N, B],
  ['format removed', { ...str, format: 'email' }, str, N, B, B],
  ['minimum raised', { type: 'integer', minimum: 0 }, { type: 'integer', minimum: 10 }, B, N, B],
  ['minimum lowered', { type: 'integer', minimum: 10 }, { type: 'integer', minimum: 0 }, N, B, B],
  ['maximum lowered', { type: 'integer', maximum: 100 }, { type: 'integer', maximum: 10 }, B, N, B],
  ['maximum added', { type: 'integer' }, { type: 'integer', maximum: 10 }, B, N, B],
  ['exclusiveMinimum turned on (draft-04)', { type: 'number', minimum: 0 }, { type: 'number', minimum: 0, exclusiveMinimum: true }, B, N, B],
  ['exclusiveMaximum raised (2020-12)', { type: 'number', exclusiveMaximum: 5 }, { type: 'number', exclusiveMaximum: 9 }, N, B, B],
  ['maxLength lowered', { ...str, maxLength: 10 }, { ...str, maxLength: 5 }, B, N, B],
  ['minLength added', str, { ...str, minLength: 1 }, B, N, B],
  ['maxItems removed', { type: 'array', maxItems: 3 }, { type: 'array' }, N, B, B],
  ['minItems raised', { type: 'array', minItems: 1 }, { type: 'array', minItems: 2 }, B, N, B],
  ['uniqueItems turned on', { type: 'array' }, { type: 'array', uniqueItems: true }, B, N, B],
  ['multipleOf 2 → 4', { type: 'integer', multipleOf: 2 }, { type: 'integer', multipleOf: 4 }, B, N, B],
  ['multipleOf 4 → 2', { type: 'integer', multipleOf: 4 }, { type: 'integer', multipleOf: 2 }, N, B, B],
  ['property removed where additionalProperties is false', obj({ a: str, b: str }, { additionalProperties: false }), obj({ a: str }, { additionalProperties: false }), B, N, B],
  ['property added where additionalProperties was false', obj({ a: str }, { additionalProperties: false }), obj({ a: str, b: str }, { additionalProperties: false }), N, B, B],
  ['optional property added to an open object', obj({ a: str }), obj({ a: str, b: str }), N, N, N],
  ['optional property removed from an open object', obj({ a: str, b: str }), obj({ a: str }), N, N, N],
  ['additionalProperties forbidden', obj({ a: str }), obj({ a: str }, { additionalProperties: false }), B, N, B],
  ['additionalProperties allowed again', obj({ a: str }, { additionalProperties: false }), obj({ a: str }), N, B, B],
  ['additionalProperties schema narrowed', obj({}, { additionalProperties: { type: ['string', 'integer'] } }), obj({}, { additionalProperties: str }), B, N, B],
  ['oneOf option removed', { oneOf: [str, { type: 'integer' }] }, { oneOf: [str] }, B, N, B],
  ['oneOf option added', { oneOf: [str] }, { oneOf: [str, { type: 'integer' }] }, N, B, B],
  ['anyOf option changed inside', { anyOf: [obj({ a: str }), { type: 'null' }] }, { anyOf: [obj({ a: { type: 'integer' } }), { type: 'null' }] }, B, B, B],
  ['allOf member added', { allOf: [obj({ a: str })] }, { allOf: [obj({ a: str }), { required: ['a'] }] }, B, N, B],
  ['not added', str, { ...str, not: { const: '' } }, B, N, B],
  ['array items type changed', { type: 'array', items: str }, { type: 'array', items: { type: 'integer' } }, B, B, B],
  ['nested field became required', obj({ user: obj({ id: str }) }), obj({ user: obj({ id: str }, { required: ['id'] }) }), B, N, B],
  ['schema now rejects everything', str, false, B, N, B],
  ['payload schema added where there was none', undefined, obj({ a: str }), B, N, B],
  ['payload schema removed', obj({ a: str }), undefined, N, B, B],
  ['$ref to a schema with another type', { $ref: '#/components/schemas/A' }, { $ref: '#/components/schemas/B' }, B, B, B],
  ['same $ref (compared where it is defined)', { $ref: '#/components/schemas/B' }, { $ref: '#/components/schemas/B' }, A, A, A],
  ['default changed', { ...str, default: 'a' }, { ...str, default: 'b' }, N, N, N],
  ['extension changed', { ...str, 'x-origin': 'a' }, { ...str, 'x-origin': 'b' }, N, N, N],
  ['description changed', { ...str, description: 'old' }, { ...str, description: 'new' }, A, A, A],
  ['title, examples and deprecated changed', { ...str, title: 'T' }, { ...str, title: 'U', examples: ['x'], deprecated: true }, A, A, A],
];

const DIRECTIONS: Record<'receive' | 'send' | 'both', Direction[]> = { receive: ['receive'], send: ['send'], both: ['send', 'receive'] };

/** The strongest class among a change's parts; annotation when nothing changed at all. */
function overall(before: unknown, after: unknown, directions: Direction[]): ChangeClass {
  const classes = diffSchema(before, after, sources).map((c) => classOf(c.effect, directions));
  return CLASS_ORDER.find((cls) => classes.includes(cls)) ?? 'annotation';
}

describe('schema changes × direction', () => {
  it('has at least 30 rows', () => expect(TABLE.length).toBeGreaterThanOrEqual(30));

  it.each(TABLE)('%s', (_name, before, after, receive, send, both) => {
    expect({
      receive: overall(before, after, DIRECTIONS.receive),
      send: overall(before, after, DIRECTIONS.send),
      both: overall(before, after, DIRECTIONS.both),
    }).toEqual({ receive, send, both });
  });

  it('judges a schema no operation uses as non-breaking, whatever it does', () => {
    for (const [, before, after, receive] of TABLE) {
      const got = overall(before, after, []);
      expect(got).toBe(receive === 'annotation' ? 'annotation' : 'non-breaking');
    }
  });
});

describe('diffSchema', () => {
  it('names the field, the change and where it is', () => {
    const [change] = diffSchema(obj({ user: obj({ age: str }) }), obj({ user: obj({ age: { type: 'integer' } }) }), sources);
    expect(change).toMatchObject({ path: ['properties', 'user', 'properties', 'age', 'type'], field: 'user.age', kind: 'changed', before: 'string', after: 'integer', effect: 'both' });
    expect(change?.what).toBe('type changed from string to integer');
  });

  it('reports each required field once, under the field', () => {
    const changes = diffSchema(obj({ a: str, b: str }), obj({ a: str, b: str }, { required: ['a', 'b'] }), sources);
    expect(changes.map((c) => [c.field, c.what])).toEqual([
      ['a', 'became required'],
      ['b', 'became required'],
    ]);
  });

  it('pairs oneOf options by content, not by position', () => {
    const changes = diffSchema({ oneOf: [str, { type: 'integer' }] }, { oneOf: [{ type: 'integer' }, str] }, sources);
    expect(changes).toEqual([]);
  });

  it('terminates on schemas whose $refs lead to each other', () => {
    const cyclic = {
      old: { '/components/schemas/Node': { type: 'object', properties: { next: { $ref: '#/components/schemas/Node' } } } } as Record<string, unknown>,
      new: { '/components/schemas/Other': { type: 'object', properties: { next: { $ref: '#/components/schemas/Other' }, v: str } } } as Record<string, unknown>,
    };
    const changes = diffSchema({ $ref: '#/components/schemas/Node' }, { $ref: '#/components/schemas/Other' }, { old: (p) => cyclic.old[p], new: (p) => cyclic.new[p] });
    expect(changes.map((c) => c.what)).toContain('property added');
  });

  it('spells paths as fields', () => {
    expect(fieldOf(['properties', 'tags', 'items', 'properties', 'name'])).toBe('tags[].name');
    expect(fieldOf(['oneOf', '1', 'properties', 'id'])).toBe('(oneOf 2).id');
    expect(fieldOf([])).toBe('');
  });
});
