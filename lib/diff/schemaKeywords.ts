import { isRecord } from './pointer';
import type { Effect } from './types';
import { deepEqual } from './values';

/** Documentation only: a change here never changes which values are valid. */
export const ANNOTATION_KEYWORDS = new Set([
  'title',
  'description',
  'examples',
  'example',
  '$comment',
  'deprecated',
  'externalDocs',
  'readOnly',
  'writeOnly',
  'xml',
  'summary',
]);

/** Not validation, yet more than documentation: generators and consumers read them. */
export const NEUTRAL_KEYWORDS = new Set(['default', 'discriminator', '$id', 'id', '$schema', '$anchor', '$dynamicAnchor', '$vocabulary']);

/** A higher value accepts fewer values. */
export const MIN_KEYWORDS = new Set(['minimum', 'minLength', 'minItems', 'minProperties', 'minContains']);
/** A lower value accepts fewer values. */
export const MAX_KEYWORDS = new Set(['maximum', 'maxLength', 'maxItems', 'maxProperties', 'maxContains']);

/** Keywords the diff walks itself; every other keyword is a constraint judged by presence. */
export const STRUCTURAL_KEYWORDS = new Set([
  '$ref',
  'type',
  'nullable',
  'enum',
  'required',
  'properties',
  'additionalProperties',
  'patternProperties',
  'items',
  'prefixItems',
  'additionalItems',
  'oneOf',
  'anyOf',
  'allOf',
  'definitions',
  '$defs',
  'multipleOf',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'uniqueItems',
]);


/** The JSON types a schema allows (integer is inside number), or undefined when it allows any. */
export function typeSet(schema: Record<string, unknown>): Set<string> | undefined {
  const raw = schema.type;
  const listed = typeof raw === 'string' ? [raw] : Array.isArray(raw) ? raw.filter((t): t is string => typeof t === 'string') : undefined;
  if (!listed) return undefined;
  const set = new Set(listed);
  // OpenAPI-style schemas (AsyncAPI's own schema object allows it) say null with `nullable: true`.
  if (schema.nullable === true) set.add('null');
  return set;
}

function covers(set: Set<string>, type: string): boolean {
  return set.has(type) || (type === 'integer' && set.has('number'));
}

/** How the set of allowed types moved: fewer types narrows, more widens, a swap does both. */
export function typeEffect(before: Set<string> | undefined, after: Set<string> | undefined): Effect {
  if (!before && !after) return 'none';
  if (!before) return 'narrows';
  if (!after) return 'widens';
  const lost = [...before].some((t) => !covers(after, t));
  const gained = [...after].some((t) => !covers(before, t));
  if (lost && gained) return 'both';
  if (lost) return 'narrows';
  if (gained) return 'widens';
  return 'none';
}

/** Values in `from` that `to` does not hold (deep equality). */
export function missingFrom(from: readonly unknown[], to: readonly unknown[]): unknown[] {
  return from.filter((value) => !to.some((other) => deepEqual(value, other)));
}

export function setEffect(lost: number, gained: number): Effect {
  if (lost > 0 && gained > 0) return 'both';
  if (lost > 0) return 'narrows';
  if (gained > 0) return 'widens';
  return 'none';
}

/** Combines the effects of several changes into the effect of all of them together. */
export function combine(effects: Iterable<Effect>): Effect {
  let narrows = false;
  let widens = false;
  let neutral = false;
  for (const effect of effects) {
    if (effect === 'both') return 'both';
    if (effect === 'narrows') narrows = true;
    if (effect === 'widens') widens = true;
    if (effect === 'neutral') neutral = true;
  }
  if (narrows && widens) return 'both';
  if (narrows) return 'narrows';
  if (widens) return 'widens';
  return neutral ? 'neutral' : 'none';
}

/** multipleOf 2 → 4 keeps fewer numbers; 4 → 2 keeps more; 2 → 3 some of each. */
export function multipleOfEffect(before: unknown, after: unknown): Effect {
  if (typeof before !== 'number' || typeof after !== 'number') return before === undefined ? 'narrows' : after === undefined ? 'widens' : 'both';
  const isMultiple = (a: number, b: number) => Math.abs(a / b - Math.round(a / b)) < 1e-9;
  if (isMultiple(after, before)) return 'narrows';
  if (isMultiple(before, after)) return 'widens';
  return 'both';
}

/** True for a schema that accepts every value: absent, `true` or `{}` (annotations aside). */
export function acceptsAll(schema: unknown): boolean {
  if (schema === undefined || schema === true) return true;
  if (!isRecord(schema)) return false;
  return Object.keys(schema).every((k) => ANNOTATION_KEYWORDS.has(k) || k.startsWith('x-'));
}
