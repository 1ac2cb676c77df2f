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

/**
 * Hashing stops (and the preview renders everything again, as before) when it has hashed this many times more
 * objects than it could keep: only objects inside cycles are hashed again, so a tangled graph trips it.
 */
const WORK_LIMIT_FACTOR = 8;
const WORK_ALLOWANCE = 10_000;

class TooMuchWork extends Error {}

/**
 * Hashes of the parser's resolved JSON, one per object, each memoised for the whole document: shared objects
 * (a message used by two operations) are hashed once. The JSON is a graph: an object met again on the way down
 * is a cycle, written as a marker, and the objects whose hash passed through such a marker are not memoised
 * (their hash depends on where the walk entered the cycle), so every item still sees every object it reaches.
 */
function createHasher() {
  const memo = new WeakMap<object, string>();
  const onPath = new Map<object, number>();
  let work = 0;
  let memoised = 0;
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
    if (++work > WORK_LIMIT_FACTOR * memoised + WORK_ALLOWANCE) throw new TooMuchWork();
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
    if (cycleDepth >= here) {
      memo.set(value, result);
      memoised += 1;
    }
    cycleDepth = Math.min(outerCycle, cycleDepth >= here ? Infinity : cycleDepth);
    return result;
  };
  return (...values: unknown[]) => textHash(values.map((v) => (v !== null && typeof v === 'object' ? hash(v) : JSON.stringify(v))).join('|'));
}

/**
 * What each operation, message and schema item of the documentation shows, hashed: the item's own JSON and
 * what it renders from elsewhere (an operation's channels, messages and servers; the document's version and
 * servers, which an operation without servers of its own lists). Undefined when the document is too tangled
 * to hash within the limit.
 */
export function buildSectionFingerprints(document: AsyncAPIDocumentInterface): SectionFingerprints | undefined {
  const hash = createHasher();
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
