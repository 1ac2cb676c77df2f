import { refOf } from './documentModel';
import { isRecord } from './pointer';
import {
  ANNOTATION_KEYWORDS,
  MAX_KEYWORDS,
  MIN_KEYWORDS,
  NEUTRAL_KEYWORDS,
  STRUCTURAL_KEYWORDS,
  acceptsAll,
  combine,
  missingFrom,
  multipleOfEffect,
  setEffect,
  typeEffect,
  typeSet,
} from './schemaKeywords';
import type { ChangeKind, Effect } from './types';
import { deepEqual, show, showList } from './values';

/** One change inside a schema, with what it does to the values the schema accepts. */
export interface SchemaChange {
  /** Segments below the schema's own place. */
  path: string[];
  kind: ChangeKind;
  before?: unknown;
  after?: unknown;
  effect: Effect;
  /** The field it concerns, e.g. `user.email` or `tags[]`; '' for the schema itself. */
  field: string;
  /** What happened, for a person: "type changed from string to integer". */
  what: string;
}

/** Where the `$ref`s of each side lead (pointers into that side's document). */
export interface SchemaSources {
  old: (pointer: string) => unknown;
  new: (pointer: string) => unknown;
}

type Schema = Record<string, unknown>;

interface Context {
  out: SchemaChange[];
  sources: SchemaSources;
  seen: Set<string>;
}

const COMBINATORS = ['oneOf', 'anyOf', 'allOf'] as const;

/**
 * Compares two JSON Schemas (draft-04 to 2020-12, with OpenAPI's `nullable`) keyword by keyword and
 * says for each change whether it narrows or widens what is valid. Equal `$ref`s are skipped: the schema
 * they name is compared where it is defined. Absent, `true` and `{}` all accept everything.
 */
export function diffSchema(before: unknown, after: unknown, sources: SchemaSources): SchemaChange[] {
  const context: Context = { out: [], sources, seen: new Set() };
  diffNode(before, after, [], context);
  return context.out;
}

/** The field a schema path stands for: properties/user/properties/tags/items → `user.tags[]`. */
export function fieldOf(path: readonly string[]): string {
  const parts: string[] = [];
  const glue = (suffix: string) => {
    if (parts.length === 0) parts.push(suffix);
    else parts[parts.length - 1] += suffix;
  };
  for (let i = 0; i < path.length; i++) {
    const segment = path[i] as string;
    const next = path[i + 1];
    if ((segment === 'properties' || segment === 'definitions' || segment === '$defs') && next !== undefined) {
      parts.push(segment === 'properties' ? next : `#${next}`);
      i++;
    } else if (segment === 'patternProperties' && next !== undefined) {
      parts.push(`/${next}/`);
      i++;
    } else if ((segment === 'items' || segment === 'prefixItems') && next !== undefined && /^\d+$/.test(next)) {
      glue(`[${next}]`);
      i++;
    } else if (segment === 'items' || segment === 'additionalItems') glue('[]');
    else if (segment === 'additionalProperties') parts.push('*');
    else if ((COMBINATORS as readonly string[]).includes(segment) && next !== undefined) {
      glue(`(${segment} ${Number(next) + 1})`);
      i++;
    } else if (segment === 'not') glue('(not)');
  }
  return parts.join('.');
}

function asSchema(value: unknown): Schema {
  if (value === false) return { not: {} };
  return isRecord(value) ? value : {};
}

function kindOf(before: unknown, after: unknown): ChangeKind {
  if (before === undefined) return 'added';
  if (after === undefined) return 'removed';
  return 'changed';
}

function push(ctx: Context, nodePath: string[], key: string | string[], before: unknown, after: unknown, effect: Effect, what: string, field = fieldOf(nodePath)): void {
  const keyPath = typeof key === 'string' ? [key] : key;
  ctx.out.push({ path: [...nodePath, ...keyPath], kind: kindOf(before, after), before, after, effect, field, what });
}

function diffNode(before: unknown, after: unknown, path: string[], ctx: Context): void {
  const refBefore = refOf(before);
  const refAfter = refOf(after);
  if (refBefore !== undefined || refAfter !== undefined) {
    if (refBefore === refAfter) return;
    const key = `${refBefore ?? path.join('/')}\u0000${refAfter ?? path.join('/')}`;
    if (ctx.seen.has(key)) return;
    ctx.seen.add(key);
    if (refBefore !== undefined && refAfter !== undefined) {
      push(ctx, path, '$ref', `#${refBefore}`, `#${refAfter}`, 'neutral', `now defined by “#${refAfter}” instead of “#${refBefore}”`);
    }
    const resolvedBefore = refBefore !== undefined ? ctx.sources.old(refBefore) : before;
    const resolvedAfter = refAfter !== undefined ? ctx.sources.new(refAfter) : after;
    diffNode(resolvedBefore, resolvedAfter, path, ctx);
    return;
  }
  if (deepEqual(before, after)) return;
  if (after === false) return push(ctx, path, [], before, after, 'narrows', 'now rejects every value');
  if (before === false) return push(ctx, path, [], before, after, 'widens', acceptsAll(after) ? 'now accepts any value' : 'now accepts values');
  diffObject(asSchema(before), asSchema(after), path, ctx);
}

function diffObject(b: Schema, a: Schema, path: string[], ctx: Context): void {
  const types = typeEffect(typeSet(b), typeSet(a));
  if (types !== 'none' && deepEqual(b.type, a.type)) push(ctx, path, 'nullable', b.nullable, a.nullable, types, `nullable ${change(b.nullable, a.nullable)}`);
  else if (types !== 'none') {
    const what = b.type === undefined ? `type ${show(a.type)} added` : a.type === undefined ? `type ${show(b.type)} removed` : `type changed from ${show(b.type)} to ${show(a.type)}`;
    push(ctx, path, 'type', b.type, a.type, types, what);
  }
  diffEnum(b, a, path, ctx);
  diffRequired(b, a, path, ctx);
  diffProperties(b, a, path, ctx);
  diffOpenSchema(b, a, path, ctx, 'additionalProperties', 'additional properties');
  diffOpenSchema(b, a, path, ctx, 'additionalItems', 'additional items');
  diffSchemaMap(b, a, path, ctx, 'patternProperties', 'narrows');
  diffSchemaMap(b, a, path, ctx, 'definitions', 'neutral');
  diffSchemaMap(b, a, path, ctx, '$defs', 'neutral');
  diffItems(b, a, path, ctx, 'items');
  diffItems(b, a, path, ctx, 'prefixItems');
  for (const combinator of COMBINATORS) diffCombinator(b, a, path, ctx, combinator);
  if (!deepEqual(b.multipleOf, a.multipleOf)) {
    push(ctx, path, 'multipleOf', b.multipleOf, a.multipleOf, multipleOfEffect(b.multipleOf, a.multipleOf), `multipleOf ${change(b.multipleOf, a.multipleOf)}`);
  }
  for (const key of ['exclusiveMinimum', 'exclusiveMaximum']) {
    const [bv, av] = [b[key], a[key]];
    if (deepEqual(bv, av)) continue;
    if (typeof bv === 'boolean' || typeof av === 'boolean') {
      // draft-04: a flag on minimum/maximum; only `true` excludes the bound itself.
      const effect = typeof bv !== 'number' && typeof av !== 'number' ? (av === true ? 'narrows' : 'widens') : 'both';
      push(ctx, path, key, bv, av, effect, `${key} ${change(bv, av)}`);
    } else push(ctx, path, key, bv, av, boundEffect(bv, av, key === 'exclusiveMinimum'), `${key} ${change(bv, av)}`);
  }
  if (!deepEqual(b.uniqueItems, a.uniqueItems)) {
    push(ctx, path, 'uniqueItems', b.uniqueItems, a.uniqueItems, a.uniqueItems === true ? 'narrows' : 'widens', a.uniqueItems === true ? 'items must now be unique' : 'items no longer need to be unique');
  }
  for (const key of new Set([...Object.keys(b), ...Object.keys(a)])) {
    if (STRUCTURAL_KEYWORDS.has(key) || deepEqual(b[key], a[key])) continue;
    const [bv, av] = [b[key], a[key]];
    if (ANNOTATION_KEYWORDS.has(key)) push(ctx, path, key, bv, av, 'none', `${key} ${kindOf(bv, av)}`);
    else if (NEUTRAL_KEYWORDS.has(key) || key.startsWith('x-')) push(ctx, path, key, bv, av, 'neutral', `${key} ${change(bv, av)}`);
    else if (MIN_KEYWORDS.has(key)) push(ctx, path, key, bv, av, boundEffect(bv, av, true), `${key} ${change(bv, av)}`);
    else if (MAX_KEYWORDS.has(key)) push(ctx, path, key, bv, av, boundEffect(bv, av, false), `${key} ${change(bv, av)}`);
    // format, pattern, const, not, contains, if/then/else, propertyNames, dependencies and unknown keywords:
    // a new constraint narrows, a dropped one widens, a changed one can do either.
    else push(ctx, path, key, bv, av, bv === undefined ? 'narrows' : av === undefined ? 'widens' : 'both', `${key} ${change(bv, av)}`);
  }
}

function change(before: unknown, after: unknown): string {
  if (before === undefined) return `${show(after)} added`;
  if (after === undefined) return `${show(before)} removed`;
  return `changed from ${show(before)} to ${show(after)}`;
}

function boundEffect(before: unknown, after: unknown, higherNarrows: boolean): Effect {
  if (before === undefined) return 'narrows';
  if (after === undefined) return 'widens';
  if (typeof before !== 'number' || typeof after !== 'number') return 'both';
  if (after === before) return 'none';
  return after > before === higherNarrows ? 'narrows' : 'widens';
}

function diffEnum(b: Schema, a: Schema, path: string[], ctx: Context): void {
  if (deepEqual(b.enum, a.enum)) return;
  const before = Array.isArray(b.enum) ? b.enum : undefined;
  const after = Array.isArray(a.enum) ? a.enum : undefined;
  if (!before || !after) {
    push(ctx, path, 'enum', b.enum, a.enum, before ? 'widens' : 'narrows', before ? 'no longer limited to a list of values' : `now limited to ${showList(after ?? [])}`);
    return;
  }
  const lost = missingFrom(before, after);
  const gained = missingFrom(after, before);
  const effect = setEffect(lost.length, gained.length);
  if (effect === 'none') return push(ctx, path, 'enum', before, after, 'neutral', 'allowed values reordered');
  const parts = [lost.length ? `removed ${showList(lost)}` : '', gained.length ? `added ${showList(gained)}` : ''].filter(Boolean);
  push(ctx, path, 'enum', before, after, effect, `allowed values: ${parts.join('; ')}`);
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function diffRequired(b: Schema, a: Schema, path: string[], ctx: Context): void {
  const before = stringList(b.required);
  const after = stringList(a.required);
  const field = (name: string) => fieldOf([...path, 'properties', name]);
  for (const name of after.filter((n) => !before.includes(n))) {
    push(ctx, path, ['required', String(after.indexOf(name))], undefined, name, 'narrows', 'became required', field(name));
  }
  for (const name of before.filter((n) => !after.includes(n))) {
    push(ctx, path, ['required', String(before.indexOf(name))], name, undefined, 'widens', 'is no longer required', field(name));
  }
}

/** What replacing `from` by `to` does, as one effect (for a property that moves to or from additionalProperties). */
function effectBetween(from: unknown, to: unknown, ctx: Context): Effect {
  const inner: Context = { out: [], sources: ctx.sources, seen: new Set(ctx.seen) };
  diffNode(from, to, [], inner);
  return combine(inner.out.map((c) => c.effect));
}

function diffProperties(b: Schema, a: Schema, path: string[], ctx: Context): void {
  const before = isRecord(b.properties) ? b.properties : {};
  const after = isRecord(a.properties) ? a.properties : {};
  for (const name of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const at = [...path, 'properties', name];
    const inBefore = Object.prototype.hasOwnProperty.call(before, name);
    const inAfter = Object.prototype.hasOwnProperty.call(after, name);
    if (inBefore && inAfter) diffNode(before[name], after[name], at, ctx);
    else if (inAfter) {
      // A closed object rejected this property before; an open one took it unchecked (not relied upon).
      const old = b.additionalProperties;
      const effect = old === false ? 'widens' : isRecord(old) && !acceptsAll(old) ? effectBetween(old, after[name], ctx) : 'neutral';
      push(ctx, at, [], undefined, after[name], effect, old === false ? 'property added (additional properties were not allowed)' : 'property added', fieldOf(at));
    } else {
      const now = a.additionalProperties;
      const effect = now === false ? 'narrows' : isRecord(now) && !acceptsAll(now) ? effectBetween(before[name], now, ctx) : 'neutral';
      push(ctx, at, [], before[name], undefined, effect, now === false ? 'property removed (additional properties are not allowed)' : 'property removed', fieldOf(at));
    }
  }
}

/** additionalProperties / additionalItems: absent and true allow anything, false nothing, a schema some. */
function diffOpenSchema(b: Schema, a: Schema, path: string[], ctx: Context, key: string, label: string): void {
  const [bv, av] = [b[key], a[key]];
  if (deepEqual(bv, av)) return;
  if (isRecord(bv) && isRecord(av)) return diffNode(bv, av, [...path, key], ctx);
  const rank = (v: unknown) => (v === false ? 0 : acceptsAll(v) ? 2 : 1);
  const [rb, ra] = [rank(bv), rank(av)];
  if (rb === ra) return;
  const what = av === false ? `${label} no longer allowed` : acceptsAll(av) ? `${label} allowed without constraint` : `${label} now constrained`;
  push(ctx, path, key, bv, av, ra < rb ? 'narrows' : 'widens', what);
}

/** A map of schemas by name: both sides compared by name; an entry added has `addEffect`, removed the reverse. */
function diffSchemaMap(b: Schema, a: Schema, path: string[], ctx: Context, key: string, addEffect: Effect): void {
  const before = isRecord(b[key]) ? (b[key] as Schema) : {};
  const after = isRecord(a[key]) ? (a[key] as Schema) : {};
  const removeEffect: Effect = addEffect === 'narrows' ? 'widens' : addEffect;
  for (const name of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const at = [...path, key, name];
    if (name in before && name in after) diffNode(before[name], after[name], at, ctx);
    else if (name in after) push(ctx, at, [], undefined, after[name], addEffect, `${key} entry added`, fieldOf(at));
    else push(ctx, at, [], before[name], undefined, removeEffect, `${key} entry removed`, fieldOf(at));
  }
}

function diffItems(b: Schema, a: Schema, path: string[], ctx: Context, key: 'items' | 'prefixItems'): void {
  const [bv, av] = [b[key], a[key]];
  if (deepEqual(bv, av)) return;
  const label = key === 'items' ? 'items schema' : 'tuple items';
  if (Array.isArray(bv) && Array.isArray(av)) {
    for (let i = 0; i < Math.max(bv.length, av.length); i++) {
      const at = [...path, key, String(i)];
      if (i < bv.length && i < av.length) diffNode(bv[i], av[i], at, ctx);
      else if (i < av.length) push(ctx, at, [], undefined, av[i], 'narrows', `item ${i + 1} constrained`, fieldOf(at));
      else push(ctx, at, [], bv[i], undefined, 'widens', `item ${i + 1} no longer constrained`, fieldOf(at));
    }
    return;
  }
  if (Array.isArray(bv) !== Array.isArray(av) && bv !== undefined && av !== undefined) {
    return push(ctx, path, key, bv, av, 'both', `${label} changed between a list and one schema`);
  }
  diffNode(bv, av, [...path, key], ctx);
}

/** Pairs the options of oneOf/anyOf/allOf: equal ones, then by $ref, title or type, then by position. */
function pairOptions(before: unknown[], after: unknown[]): { pairs: Array<[number, number]>; removed: number[]; added: number[] } {
  const pairs: Array<[number, number]> = [];
  const usedB = new Set<number>();
  const usedA = new Set<number>();
  const match = (same: (x: unknown, y: unknown) => boolean) => {
    after.forEach((y, j) => {
      if (usedA.has(j)) return;
      const i = before.findIndex((x, k) => !usedB.has(k) && same(x, y));
      if (i === -1) return;
      pairs.push([i, j]);
      usedB.add(i);
      usedA.add(j);
    });
  };
  const signature = (x: unknown): string | undefined => {
    const ref = refOf(x);
    if (ref) return `ref:${ref}`;
    if (!isRecord(x)) return undefined;
    if (typeof x.title === 'string') return `title:${x.title}`;
    return typeof x.type === 'string' ? `type:${x.type}` : undefined;
  };
  match(deepEqual);
  match((x, y) => signature(x) !== undefined && signature(x) === signature(y));
  const restB = before.map((_, i) => i).filter((i) => !usedB.has(i));
  const restA = after.map((_, j) => j).filter((j) => !usedA.has(j));
  if (restB.length === restA.length) restB.forEach((i, k) => pairs.push([i, restA[k] as number]));
  const paired = restB.length === restA.length;
  return { pairs, removed: paired ? [] : restB, added: paired ? [] : restA };
}

function diffCombinator(b: Schema, a: Schema, path: string[], ctx: Context, key: (typeof COMBINATORS)[number]): void {
  const [bv, av] = [b[key], a[key]];
  if (deepEqual(bv, av)) return;
  // allOf: each member is one more constraint; oneOf/anyOf: each option one more way to be valid.
  const addEffect: Effect = key === 'allOf' ? 'narrows' : 'widens';
  const removeEffect: Effect = key === 'allOf' ? 'widens' : 'narrows';
  if (!Array.isArray(bv) || !Array.isArray(av)) {
    const what = bv === undefined ? `${key} added` : `${key} removed`;
    return push(ctx, path, key, bv, av, bv === undefined ? 'narrows' : 'widens', what);
  }
  const { pairs, removed, added } = pairOptions(bv, av);
  for (const [i, j] of pairs) diffNode(bv[i], av[j], [...path, key, String(j)], ctx);
  for (const i of removed) push(ctx, path, [key, String(i)], bv[i], undefined, removeEffect, `${key} option ${i + 1} removed`);
  for (const j of added) push(ctx, path, [key, String(j)], undefined, av[j], addEffect, `${key} option ${j + 1} added`);
}
