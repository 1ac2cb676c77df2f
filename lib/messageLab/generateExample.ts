import { valueAtRef } from '@/lib/jsonPointer/jsonPointer';

type Schema = Record<string, unknown>;

const MAX_DEPTH = 8;
/**
 * The most items and characters a `minItems`, a `minLength` or a pattern's `{n}` gets: a document's
 * `minItems: 100000000` would otherwise fill the worker's memory on every analysis (its messages' examples are
 * generated with it). Past them the example is short of the minimum, and the lab says so when it checks it.
 */
const MAX_ITEMS = 100;
const MAX_TEXT = 10_000;
/** Tries beyond `minItems` at finding distinct items for `uniqueItems`. */
const MAX_SPARE_VARIANTS = 10;

const FORMAT_SAMPLES: Record<string, string> = {
  'date-time': '2024-01-01T12:00:00Z',
  date: '2024-01-01',
  time: '12:00:00Z',
  email: 'someone@example.com',
  'idn-email': 'someone@example.com',
  hostname: 'example.com',
  ipv4: '192.0.2.1',
  ipv6: '2001:db8::1',
  uri: 'https://example.com/',
  'uri-reference': '/path',
  url: 'https://example.com/',
  uuid: '123e4567-e89b-42d3-a456-426614174000',
  duration: 'PT1H',
  byte: 'aGVsbG8=',
};

/** Builds a string for simple anchored patterns (literals, \d, [0-9], [A-Z], [a-z], {n}); undefined otherwise. */
export function sampleForPattern(pattern: string): string | undefined {
  const body = pattern.replace(/^\^/, '').replace(/\$$/, '');
  let out = '';
  let i = 0;
  while (i < body.length) {
    let unit: string | undefined;
    const rest = body.slice(i);
    const cls = /^(\\d|\[0-9\]|\[A-Z\]|\[a-z\]|\[A-Za-z\]|\[a-zA-Z0-9\]|\[A-Za-z0-9\])/.exec(rest);
    if (cls) {
      unit = cls[1] === '\\d' || cls[1] === '[0-9]' ? '1' : cls[1] === '[A-Z]' ? 'A' : 'a';
      i += cls[1]!.length;
    } else if (rest[0] === '\\' && rest.length > 1 && !/[a-zA-Z]/.test(rest[1]!)) {
      unit = rest[1];
      i += 2;
    } else if (/^[A-Za-z0-9 _:.\-/@#]/.test(rest)) {
      unit = rest[0];
      i += 1;
    } else {
      return undefined;
    }
    const count = /^\{(\d+)(?:,(\d*))?\}/.exec(body.slice(i));
    const plus = body[i] === '+' || body[i] === '*' || body[i] === '?';
    if (count) {
      // `a{1000000000}` would be a gigabyte: no sample then (the example falls back to a plain string).
      if (out.length + Number(count[1]) > MAX_TEXT) return undefined;
      out += unit!.repeat(Number(count[1]));
      i += count[0].length;
    } else {
      out += unit;
      if (plus) i += 1;
    }
  }
  return out;
}

function pickNumber(schema: Schema, integer: boolean): number {
  const min = typeof schema.minimum === 'number' ? schema.minimum : typeof schema.exclusiveMinimum === 'number' ? schema.exclusiveMinimum + 1 : undefined;
  const max = typeof schema.maximum === 'number' ? schema.maximum : undefined;
  if ((min === undefined || min <= 0) && (max === undefined || max >= 0)) return 0;
  const value = min ?? max ?? 0;
  return integer ? Math.ceil(value) : value;
}

function firstType(schema: Schema): string | undefined {
  if (typeof schema.type === 'string') return schema.type;
  if (Array.isArray(schema.type)) return (schema.type as string[]).find((t) => t !== 'null') ?? 'null';
  if (schema.properties) return 'object';
  if (schema.items) return 'array';
  return undefined;
}

/** Objects and arrays an example may hold: a wide schema graph stays a readable example, never a hang. */
const MAX_CONTAINERS = 300;

/** What a schema gets when it leads back into itself or past the depth and size limits: left out where optional. */
const NO_ROOM = Symbol('no room');

/**
 * An example value that satisfies a JSON Schema: its own examples, default, const or enum first, then by type.
 * Local `$ref`s (as acyclicSchema writes them) are followed, except back into a schema being generated; an
 * optional property or array item that would go there (or past the limits) is left out.
 */
export function generateExample(root: unknown): unknown {
  let containers = 0;
  // The first item again, as often as `minItems` asks and the limits allow, each copy counted as its objects and
  // arrays (generation is deterministic: the same schema gives the same item). With `uniqueItems` each copy is a
  // variant of the first instead; where no further distinct variant exists the array stops short of its minimum.
  const repeat = (first: unknown, itemSchema: unknown, cost: number, wanted: number, unique: boolean): unknown[] => {
    const items = [first];
    const seen = unique ? new Set([JSON.stringify(first)]) : null;
    const limit = Math.min(wanted, MAX_ITEMS);
    // Variants may repeat one another (an enum listing the first value again): a few spare tries, then short.
    for (let k = 1; items.length < limit && k < limit + MAX_SPARE_VARIANTS && containers + cost <= MAX_CONTAINERS; k++) {
      const next = unique ? variantOf(first, k, itemSchema, 0) : first;
      if (next === undefined) break;
      if (seen) {
        const key = JSON.stringify(next);
        if (seen.has(key)) continue;
        seen.add(key);
      }
      containers += cost;
      items.push(next);
    }
    return items;
  };
  /** The `k`-th variant of a generated `value` that still fits `schema`, or undefined when there is none to make. */
  const variantOf = (value: unknown, k: number, input: unknown, depth: number): unknown => {
    if (typeof input !== 'object' || input === null || depth > MAX_DEPTH) return undefined;
    const schema = (typeof (input as Schema).$ref === 'string' ? valueAtRef(root, (input as Schema).$ref as string) : input) as Schema | undefined;
    if (typeof schema !== 'object' || schema === null) return undefined;
    if (schema.const !== undefined) return undefined;
    if (Array.isArray(schema.enum)) return schema.enum[k];
    if (Array.isArray(schema.examples) && schema.examples.length > k) return schema.examples[k];
    if (typeof value === 'number') return numberVariant(schema, value, k);
    if (typeof value === 'boolean') return k === 1 ? !value : undefined;
    if (typeof value === 'string') return stringVariant(schema, value, k);
    if (typeof value === 'object' && value !== null && !Array.isArray(value) && typeof schema.properties === 'object' && schema.properties !== null) {
      // The first property that has a k-th variant carries the difference.
      for (const [name, sub] of Object.entries(schema.properties as Record<string, unknown>)) {
        if (!(name in value)) continue;
        const changed = variantOf((value as Record<string, unknown>)[name], k, sub, depth + 1);
        if (changed !== undefined) return { ...value, [name]: changed };
      }
    }
    return undefined;
  };
  const arrayOf = (items: unknown, minItems: number, unique: boolean, generateItem: (sub: unknown) => unknown): unknown[] => {
    const before = containers;
    const item = generateItem(items);
    if (item === NO_ROOM) return Array.from({ length: Math.min(minItems, unique ? 1 : MAX_ITEMS) }, () => ({}));
    return repeat(item, items, containers - before, minItems, unique);
  };
  const ancestors = new Set<unknown>();
  const generate = (input: unknown, depth: number): unknown => {
    if (typeof input !== 'object' || input === null) return null;
    const ref = (input as Schema).$ref;
    // Plain values always fit; what nests (objects, arrays, references, combinations) counts against the limits.
    if (typeof ref === 'string' || nests(input as Schema)) {
      if (depth > MAX_DEPTH || ++containers > MAX_CONTAINERS) return NO_ROOM;
    }
    if (typeof ref === 'string') {
      const target = valueAtRef(root, ref);
      if (target === undefined) return {};
      return ancestors.has(target) ? NO_ROOM : generate(target, depth);
    }
    ancestors.add(input);
    const generateSub = (sub: unknown) => generate(sub, depth + 1);
    const value = generateFrom(input as Schema, generateSub, (items, minItems, unique) => arrayOf(items, minItems, unique, generateSub));
    ancestors.delete(input);
    return value;
  };
  const value = generate(root, 0);
  return value === NO_ROOM ? {} : value;
}

/** `value` moved by `k` steps (of `multipleOf`, or 1) up, or down when that passes the maximum; undefined outside the bounds. */
function numberVariant(schema: Schema, value: number, k: number): number | undefined {
  const step = typeof schema.multipleOf === 'number' && schema.multipleOf > 0 ? schema.multipleOf : 1;
  const fits = (n: number) =>
    (typeof schema.minimum !== 'number' || n >= schema.minimum) &&
    (typeof schema.maximum !== 'number' || n <= schema.maximum) &&
    (typeof schema.exclusiveMinimum !== 'number' || n > schema.exclusiveMinimum) &&
    (typeof schema.exclusiveMaximum !== 'number' || n < schema.exclusiveMaximum);
  const up = value + k * step;
  if (fits(up)) return up;
  const down = value - k * step;
  return fits(down) ? down : undefined;
}

/** `value` with a number after it, for a plain string (no pattern, format or length it could break); undefined otherwise. */
function stringVariant(schema: Schema, value: string, k: number): string | undefined {
  if (typeof schema.pattern === 'string' || typeof schema.format === 'string') return undefined;
  const next = `${value}${k + 1}`;
  return typeof schema.maxLength === 'number' && next.length > schema.maxLength ? undefined : next;
}

function nests(schema: Schema): boolean {
  const type = firstType(schema);
  return type === 'object' || type === 'array' || type === undefined || ['allOf', 'anyOf', 'oneOf'].some((k) => Array.isArray(schema[k]));
}

/** A required value where there is no room for one: an empty object, as before there were limits. */
const filled = (value: unknown) => (value === NO_ROOM ? {} : value);

function generateFrom(schema: Schema, generateExample: (sub: unknown) => unknown, arrayOf: (items: unknown, minItems: number, unique: boolean) => unknown[]): unknown {
  if (Array.isArray(schema.examples) && schema.examples.length > 0) return schema.examples[0];
  if (schema.example !== undefined) return schema.example;
  if (schema.default !== undefined) return schema.default;
  if (schema.const !== undefined) return schema.const;
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return schema.enum[0];
  for (const key of ['oneOf', 'anyOf'] as const) {
    const options = schema[key];
    if (Array.isArray(options) && options.length > 0) {
      const nonNull = options.find((o) => (o as Schema)?.type !== 'null') ?? options[0];
      return filled(generateExample(nonNull));
    }
  }
  if (Array.isArray(schema.allOf)) {
    const merged: Record<string, unknown> = {};
    for (const part of schema.allOf) {
      const value = generateExample(part);
      if (typeof value === 'object' && value !== null && !Array.isArray(value)) Object.assign(merged, value);
    }
    return merged;
  }
  switch (firstType(schema)) {
    case 'object': {
      const properties = (schema.properties ?? {}) as Record<string, unknown>;
      const required = new Set(Array.isArray(schema.required) ? schema.required : []);
      return Object.fromEntries(
        Object.entries(properties)
          .map(([name, sub]) => [name, generateExample(sub)] as const)
          .filter(([name, value]) => value !== NO_ROOM || required.has(name))
          .map(([name, value]) => [name, filled(value)]),
      );
    }
    case 'array': {
      return arrayOf(schema.items, typeof schema.minItems === 'number' ? schema.minItems : 0, schema.uniqueItems === true);
    }
    case 'string': {
      const fromFormat = typeof schema.format === 'string' ? FORMAT_SAMPLES[schema.format] : undefined;
      const fromPattern = typeof schema.pattern === 'string' ? sampleForPattern(schema.pattern) : undefined;
      const text = fromPattern ?? fromFormat ?? 'string';
      const min = typeof schema.minLength === 'number' ? Math.min(schema.minLength, MAX_TEXT) : 0;
      return text.length >= min ? text : text.padEnd(min, 'x');
    }
    case 'integer':
      return pickNumber(schema, true);
    case 'number':
      return pickNumber(schema, false);
    case 'boolean':
      return true;
    case 'null':
      return null;
    default:
      return {};
  }
}
