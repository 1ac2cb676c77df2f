import { LIMITS } from '@/lib/analysis/limits';

/** The most text a conversion or a format writes: no more than the studio could analyse afterwards. */
export const MAX_WRITTEN_CHARS = LIMITS.maxAnalysedBytes;

function isContainer(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}

/**
 * How many characters `JSON.stringify(value, null, 2)` would write, at least (string escapes aside),
 * counting a value shared by YAML aliases once per use, as every writer without anchors does. Each
 * shared value is measured once per depth, so an alias bomb is measured without being expanded; the
 * count stops at `stopAt`. Throws on a value that contains itself. Recurses: call on values whose depth
 * is bounded (the loaders bound it).
 */
export function writtenSize(root: unknown, stopAt: number = MAX_WRITTEN_CHARS + 1): number {
  const memo = new Map<object, Map<number, number>>();
  const inProgress = new Set<object>();
  const size = (value: unknown, depth: number): number => {
    if (typeof value === 'string') return value.length + 2;
    if (!isContainer(value)) return String(value).length;
    const known = memo.get(value)?.get(depth);
    if (known !== undefined) return known;
    // An alias inside its own anchor: written out, it never ends.
    if (inProgress.has(value)) throw new Error('a YAML alias refers to the value that contains it');
    inProgress.add(value);
    const entries = Array.isArray(value) ? value.map((v) => ['', v] as const) : Object.entries(value);
    // `{}`; otherwise each entry on a line of its own (indentation, a separator, a line break), then the
    // closing bracket indented on its own line.
    let total = entries.length === 0 ? 2 : 2 + depth * 2;
    for (const [key, child] of entries) {
      total += (depth + 1) * 2 + 2 + (key ? key.length + 4 : 0) + size(child, depth + 1);
      if (total >= stopAt) break;
    }
    inProgress.delete(value);
    const capped = Math.min(total, stopAt);
    if (!memo.has(value)) memo.set(value, new Map());
    memo.get(value)!.set(depth, capped);
    return capped;
  };
  return size(root, 0);
}

/** How many times an object or array is reached again after its first use: YAML aliases to collections. */
export function sharedUses(root: unknown): number {
  const seen = new Set<object>();
  let again = 0;
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (!isContainer(value)) continue;
    if (seen.has(value)) {
      again += 1;
      continue;
    }
    seen.add(value);
    for (const child of Array.isArray(value) ? value : Object.values(value)) stack.push(child);
  }
  return again;
}

export function megabytes(chars: number): string {
  return `${(chars / (1024 * 1024)).toFixed(1)} MB`;
}
