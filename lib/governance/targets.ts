import { queryJsonPath } from './jsonPath';

export interface Target {
  /** Path below the given value. */
  path: Array<string | number>;
  value: unknown;
}

/** A `$ref` the resolver could not follow (another file, a URL, a cycle): its content is unknown here. */
export function isOpenRef(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && typeof (value as { $ref?: unknown }).$ref === 'string';
}

/** `info.contact`, `tags[0].name`, `servers['a.b']` as path segments (lodash's property-path spelling). */
export function fieldPath(field: string): Array<string | number> {
  const path: Array<string | number> = [];
  const token = /([^.[\]]+)|\[(?:(\d+)|(["'])((?:\\.|(?!\3).)*)\3)\]/g;
  for (const match of field.matchAll(token)) {
    if (match[1] !== undefined) path.push(match[1]);
    else if (match[2] !== undefined) path.push(Number(match[2]));
    else path.push((match[4] ?? '').replace(/\\(.)/g, '$1'));
  }
  return path;
}

function childOf(value: unknown, key: string | number): unknown {
  if (typeof value !== 'object' || value === null) return undefined;
  return Object.hasOwn(value, key) ? (value as Record<string | number, unknown>)[key] : undefined;
}

/**
 * What `then.field` picks from a given value, as Spectral reads it: `@key` gives each key, a field starting
 * with `$` is a JSONPath below the value, anything else a property path. A value that is not an object is
 * checked itself, whatever the field says; no target at all means the function sees `undefined`.
 * With `skipOpenRefs`, a property path that crosses an unfollowed `$ref` gives nothing: its content is unknown.
 */
export function fieldTargets(value: unknown, field: string | undefined, skipOpenRefs: boolean): Target[] {
  if (field === undefined || typeof value !== 'object' || value === null) return [{ path: [], value }];
  if (field === '@key') {
    const keys = Object.keys(value);
    return keys.length === 0 ? [{ path: [], value: undefined }] : keys.map((key) => ({ path: [key], value: key }));
  }
  if (field.startsWith('$')) {
    const found = queryJsonPath(value, field);
    return found.length === 0 ? [{ path: [], value: undefined }] : found;
  }
  const path = fieldPath(field);
  let node: unknown = value;
  for (const segment of path) {
    if (skipOpenRefs && isOpenRef(node)) return [];
    node = childOf(node, segment);
  }
  return [{ path, value: node }];
}
