import type { JsonPath } from '@/lib/analysis/sourceMap';
import { escapeToken, formatPointer, pointerTokens, valueAt } from '@/lib/jsonPointer/jsonPointer';

/** The document with its local `$ref`s followed, and the way back from a path in it to where the value is written. */
export interface ResolvedView {
  data: unknown;
  /** The path in the written document of the value at `path` in the resolved one. */
  sourcePathOf(path: JsonPath): Array<string | number>;
}

type Container = Record<string, unknown> | unknown[];

function isContainer(value: unknown): value is Container {
  return typeof value === 'object' && value !== null;
}

function localPointer(value: Container): string | undefined {
  if (Array.isArray(value)) return undefined;
  const ref = value.$ref;
  if (typeof ref !== 'string' || !ref.startsWith('#')) return undefined;
  try {
    return decodeURIComponent(ref);
  } catch {
    return ref;
  }
}

/** Marks every container that holds a local `$ref` somewhere below it: only those need a resolved copy. */
function refHoldersOf(raw: unknown): WeakSet<object> {
  const holders = new WeakSet<object>();
  const visited = new WeakSet<object>();
  const mark = (value: unknown): boolean => {
    if (!isContainer(value)) return false;
    if (visited.has(value)) return holders.has(value);
    visited.add(value);
    let holds = localPointer(value) !== undefined;
    for (const child of Array.isArray(value) ? value : Object.values(value)) if (mark(child)) holds = true;
    if (holds) holders.add(value);
    return holds;
  };
  mark(raw);
  return holders;
}

/**
 * Follows the document's local `$ref`s, as Spectral's resolved rules see it. Only the parts that hold a `$ref`
 * are copied; everything else is the written document itself, shared by all that point at it. A `$ref` back into a
 * place still being built (a cycle), to another file or a URL, or to nothing, stays a `{ $ref }` object.
 */
export function resolveLocalRefs(raw: unknown): ResolvedView {
  const origin = new WeakMap<object, Array<string | number>>();
  const built = new Map<string, unknown>();
  const building = new Set<string>();
  const holders = refHoldersOf(raw);

  const build = (value: unknown, path: Array<string | number>, key: string, chain: ReadonlySet<string> = new Set()): unknown => {
    if (!isContainer(value)) return value;
    const pointer = localPointer(value);
    if (pointer !== undefined) {
      const targetPath = pointerTokens(pointer);
      const targetKey = `#${formatPointer(targetPath)}`;
      const target = valueAt(raw, targetPath);
      if (target === undefined || building.has(targetKey) || chain.has(targetKey)) {
        const stub = { ...value };
        origin.set(stub, path);
        return stub;
      }
      // The target may itself be a $ref: follow the chain, remembering it so a loop of bare refs ends.
      return build(target, targetPath, targetKey, new Set([...chain, targetKey]));
    }
    if (!holders.has(value)) {
      if (!origin.has(value)) origin.set(value, path);
      return value;
    }
    if (built.has(key)) return built.get(key);
    building.add(key);
    const copy: Container = Array.isArray(value) ? [] : {};
    origin.set(copy, path);
    const childKey = (segment: string | number) => `${key}/${escapeToken(segment)}`;
    if (Array.isArray(value)) value.forEach((item, index) => ((copy as unknown[])[index] = build(item, [...path, index], childKey(index))));
    else for (const [name, item] of Object.entries(value)) (copy as Record<string, unknown>)[name] = build(item, [...path, name], childKey(name));
    building.delete(key);
    built.set(key, copy);
    return copy;
  };

  const data = build(raw, [], '#');
  return {
    data,
    sourcePathOf(path) {
      let node: unknown = data;
      let source: Array<string | number> = [];
      for (const segment of path) {
        node = isContainer(node) ? (node as Record<string | number, unknown>)[segment] : undefined;
        const known = isContainer(node) ? origin.get(node) : undefined;
        source = known ? known : [...source, segment];
      }
      return source;
    },
  };
}
