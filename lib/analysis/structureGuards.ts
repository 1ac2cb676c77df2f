import { valueAtRef } from '@/lib/jsonPointer/jsonPointer';
import { LIMITS } from './limits';

type Json = unknown;

function isContainer(value: Json): value is Record<string, Json> | Json[] {
  return typeof value === 'object' && value !== null && !(value instanceof Date);
}

function childrenOf(value: Record<string, Json> | Json[]): Json[] {
  return Array.isArray(value) ? value : Object.values(value);
}

/** Deepest nesting of a loaded value, walked without recursion so a 30,000-deep value cannot overflow the stack. */
export function measureDepth(root: Json, stopAt: number = LIMITS.maxDepth + 1): number {
  let deepest = 0;
  const seen = new Set<object>();
  const stack: Array<[Json, number]> = [[root, 1]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop()!;
    if (!isContainer(value) || seen.has(value)) continue;
    seen.add(value);
    if (depth > deepest) deepest = depth;
    if (deepest >= stopAt) return deepest;
    for (const child of childrenOf(value)) stack.push([child, depth + 1]);
  }
  return deepest;
}

/**
 * How many nodes the value would have if every YAML alias were copied out, as JSON tooling does.
 * Shared (aliased) objects are counted once per use but walked once, so the count itself is cheap.
 * Call only after measureDepth has bounded the depth (it recurses).
 */
export function measureExpandedSize(root: Json, stopAt: number = LIMITS.maxExpandedNodes + 1): number {
  const memo = new Map<object, number>();
  const inProgress = new Set<object>();
  const size = (value: Json): number => {
    if (!isContainer(value)) return 1;
    const known = memo.get(value);
    if (known !== undefined) return known;
    // An alias that points into its own anchor expands forever.
    if (inProgress.has(value)) return stopAt;
    inProgress.add(value);
    let total = 1;
    for (const child of childrenOf(value)) {
      total += size(child);
      if (total >= stopAt) break;
    }
    inProgress.delete(value);
    const capped = Math.min(total, stopAt);
    memo.set(value, capped);
    return capped;
  };
  return size(root);
}

/** Share of control characters (other than tab and line breaks) and replacement characters in the text's start. */
export function looksBinary(text: string): boolean {
  const sample = text.slice(0, 64 * 1024);
  if (sample.length === 0) return false;
  let suspicious = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (code === 0) return true;
    if ((code < 0x20 && code !== 9 && code !== 10 && code !== 13) || code === 0xfffd) suspicious += 1;
  }
  return suspicious / sample.length > LIMITS.maxControlCharRatio;
}

function pureLocalRef(value: Json): string | undefined {
  if (!isContainer(value) || Array.isArray(value)) return undefined;
  const keys = Object.keys(value);
  const ref = value.$ref;
  return keys.length === 1 && typeof ref === 'string' && ref.startsWith('#') ? ref : undefined;
}

/**
 * $refs that point, through other bare $refs only, back to themselves: such a chain resolves to nothing,
 * and @asyncapi/parser 3.6.3 never returns on it. Returns each cycle once, as the pointers it visits.
 */
export function findRefCycles(root: Json): string[][] {
  const cycles: string[][] = [];
  const reported = new Set<string>();
  const seen = new Set<object>();
  const stack: Json[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (!isContainer(value) || seen.has(value)) continue;
    seen.add(value);
    const start = pureLocalRef(value);
    if (start !== undefined && !reported.has(start)) {
      const chain: string[] = [];
      let ref: string | undefined = start;
      while (ref !== undefined && !chain.includes(ref)) {
        chain.push(ref);
        ref = pureLocalRef(valueAtRef(root, ref));
      }
      if (ref !== undefined) {
        const cycle = chain.slice(chain.indexOf(ref));
        if (!cycle.some((r) => reported.has(r))) {
          cycle.forEach((r) => reported.add(r));
          cycles.push(cycle);
        }
      }
    }
    for (const child of childrenOf(value)) stack.push(child);
  }
  return cycles;
}
