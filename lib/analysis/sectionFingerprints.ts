import type { AsyncAPIDocumentInterface } from '@asyncapi/parser';
import { textHash } from '@/lib/history/revisionPolicy';

/**
 * A fingerprint per item of the documentation's lists, in the order the document model lists them: equal
 * fingerprints in two versions mean the item renders the same, so the preview can skip it. Computed here, in
 * the worker, because re-rendering every item after each edit made React's commit a long task on the page.
 */
export interface SectionFingerprints {
  operations: string[];
  messages: string[];
  schemas: string[];
}

/** Hashing stops (and the preview re-renders everything, as before) past this many objects: a guard for odd graphs. */
const WORK_LIMIT_FACTOR = 8;

class TooMuchWork extends Error {}

/**
 * Hashes of the parser's resolved JSON, one per object, each memoised for the whole document: shared objects
 * (a message used by two operations) are hashed once. The JSON is a graph: an object met again on the way down
 * is a cycle, written as a marker, and the objects whose hash passed through such a marker are not memoised
 * (their hash depends on where the walk entered the cycle), so every item still sees every object it reaches.
 */
function createHasher(budget: number) {
  const memo = new WeakMap<object, string>();
  const onPath = new Map<object, number>();
  let work = 0;
  // The shallowest path depth whose object a cycle marker stood for: objects deeper than it are not memoised.
  let cycleDepth = Infinity;

  const hash = (value: object): string => {
    const known = memo.get(value);
    if (known !== undefined) return known;
    const depth = onPath.get(value);
    if (depth !== undefined) {
      cycleDepth = Math.min(cycleDepth, depth);
      return '@';
    }
    if (++work > budget) throw new TooMuchWork();
    const here = onPath.size;
    onPath.set(value, here);
    const outerCycle = cycleDepth;
    cycleDepth = Infinity;
    let text = Array.isArray(value) ? '[' : '{';
    for (const [key, child] of Object.entries(value)) {
      text += `${JSON.stringify(key)}:${child !== null && typeof child === 'object' ? hash(child) : JSON.stringify(child)},`;
    }
    onPath.delete(value);
    const result = textHash(text);
    // Memoised unless a cycle marker inside it stood for this object or one above it.
    if (cycleDepth >= here) memo.set(value, result);
    cycleDepth = Math.min(outerCycle, cycleDepth >= here ? Infinity : cycleDepth);
    return result;
  };
  return (...values: unknown[]) => textHash(values.map((v) => (v !== null && typeof v === 'object' ? hash(v) : JSON.stringify(v))).join('|'));
}

/** Counts the objects of the document's JSON once (shared ones once), for the hasher's budget. */
function objectCount(root: unknown): number {
  const seen = new Set<object>();
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (value === null || typeof value !== 'object' || seen.has(value)) continue;
    seen.add(value);
    for (const child of Object.values(value)) stack.push(child);
  }
  return seen.size;
}

/**
 * What each operation, message and schema item of the documentation shows, hashed: the item's own JSON and
 * what it renders from elsewhere (an operation's channels, messages and servers; the document's version and
 * servers, which an operation without servers of its own lists). Undefined when the document is too tangled
 * to hash within the budget.
 */
export function buildSectionFingerprints(document: AsyncAPIDocumentInterface): SectionFingerprints | undefined {
  const hash = createHasher(WORK_LIMIT_FACTOR * objectCount(document.json()) + 1000);
  try {
    const context = hash(document.version(), document.servers().all().map((s) => s.json()));
    const operations = document.operations().all().map((operation) => {
      const channels = operation.channels().all();
      return hash(
        context,
        operation.json(),
        channels.map((c) => c.json()),
        channels.map((c) => c.servers().all().map((s) => s.json())),
        operation.messages().all().map((m) => m.json()),
      );
    });
    const components = document.components();
    const messages = components.messages().all().map((m) => hash(context, m.json()));
    const schemas = components.schemas().all().map((s) => hash(context, s.json()));
    return { operations, messages, schemas };
  } catch (error) {
    if (error instanceof TooMuchWork) return undefined;
    throw error;
  }
}
