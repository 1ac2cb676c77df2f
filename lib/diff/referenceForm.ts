import { formatPointer, pointerTokens } from '@/lib/jsonPointer/jsonPointer';
import { isRecord, localRefPointer, valueAt } from './pointer';

/**
 * A document with its reuse written back as `$ref`s: acyclic, free of the parser's `x-parser-*`
 * fields, and the same whatever form it came in. Comparing this form reports a change to a shared
 * schema once, where it is defined, instead of at every place that uses it.
 */
export type ReferenceForm = Record<string, unknown>;

export class DiffInputError extends Error {
  constructor(
    readonly code: 'not-asyncapi' | 'too-large',
    message: string,
  ) {
    super(message);
  }
}

/** Past this many values the document is too large to compare (a $ref tree that expands without end). */
export const MAX_FORM_NODES = 400_000;

const MAX_REF_HOPS = 32;
const SCHEMA_ID = 'x-parser-schema-id';

/** The document's major version (2 or 3), or throws for something that is not an AsyncAPI document. */
export function majorOf(document: unknown): 2 | 3 {
  const version = isRecord(document) ? document.asyncapi : undefined;
  if (typeof version !== 'string') throw new DiffInputError('not-asyncapi', 'This is not an AsyncAPI document: it has no "asyncapi" version field.');
  if (version.startsWith('2.')) return 2;
  if (version.startsWith('3.')) return 3;
  throw new DiffInputError('not-asyncapi', `AsyncAPI ${version} documents cannot be compared: only 2.x and 3.x.`);
}

/**
 * Follows what stands for another value: a lone local `{ $ref }` (a document as written) or the
 * parser's `"$ref:$.a.b"` strings (what `unstringify(...).json()` leaves behind).
 */
function makeDeref(root: unknown): (value: unknown) => unknown {
  return (value) => {
    let current = value;
    for (let hop = 0; hop < MAX_REF_HOPS; hop++) {
      let next: unknown;
      if (typeof current === 'string' && current.startsWith('$ref:$')) next = stringifiedTarget(root, current.slice(6));
      else if (isRecord(current) && Object.keys(current).length === 1) {
        const pointer = localRefPointer(current.$ref);
        if (pointer !== undefined) next = valueAt(root, pointerTokens(pointer));
      }
      if (next === undefined) return current;
      current = next;
    }
    return current;
  };
}

/** Resolves a parser path like `.channels.a.b[0]`, where keys may themselves hold dots. */
function stringifiedTarget(node: unknown, path: string): unknown {
  if (path === '') return node;
  const index = /^\[(\d+)\]/.exec(path);
  if (index && Array.isArray(node)) return stringifiedTarget(node[Number(index[1])], path.slice(index[0].length));
  if (!path.startsWith('.') || !isRecord(node)) return undefined;
  const rest = path.slice(1);
  // Longest key first: 'publish.message' before 'publish'.
  const keys = Object.keys(node)
    .filter((key) => rest === key || rest.startsWith(`${key}.`) || rest.startsWith(`${key}[`))
    .sort((a, b) => b.length - a.length);
  for (const key of keys) {
    const found = stringifiedTarget(node[key], rest.slice(key.length));
    if (found !== undefined) return found;
  }
  return undefined;
}

function entries(value: unknown): Array<[string, unknown]> {
  return isRecord(value) ? Object.entries(value) : [];
}

/** Components that are defined once and named where used: each becomes a `$ref` wherever else it appears. */
const REUSABLE = [
  'schemas',
  'messages',
  'securitySchemes',
  'parameters',
  'serverVariables',
  'messageTraits',
  'operationTraits',
  'correlationIds',
  'replies',
  'replyAddresses',
  'tags',
  'externalDocs',
];

interface Places {
  /** Objects defined once in components and used elsewhere. */
  homes: Map<object, string>;
  /** Components schemas by the parser's schema id: the parser copies a payload it reads, but keeps the id. */
  schemaIds: Map<string, string>;
  channels: Map<object, string>;
  servers: Map<object, string>;
}

function collectPlaces(root: Record<string, unknown>, deref: (value: unknown) => unknown): Places {
  const homes = new Map<object, string>();
  const schemaIds = new Map<string, string>();
  const channels = new Map<object, string>();
  const servers = new Map<object, string>();
  const components = deref(root.components);
  for (const kind of REUSABLE) {
    for (const [key, value] of entries(isRecord(components) ? deref(components[kind]) : undefined)) {
      const target = deref(value);
      if (typeof target === 'object' && target !== null && !homes.has(target)) homes.set(target, formatPointer(['components', kind, key]));
      const id = kind === 'schemas' && isRecord(target) ? target[SCHEMA_ID] : undefined;
      if (typeof id === 'string' && !schemaIds.has(id)) schemaIds.set(id, formatPointer(['components', kind, key]));
    }
  }
  for (const [key, value] of entries(deref(root.channels))) {
    const target = deref(value);
    if (isRecord(target) && !channels.has(target)) channels.set(target, formatPointer(['channels', key]));
  }
  for (const [key, value] of entries(deref(root.servers))) {
    const target = deref(value);
    if (isRecord(target) && !servers.has(target)) servers.set(target, formatPointer(['servers', key]));
  }
  return { homes, schemaIds, channels, servers };
}

const PARSER_ID = 'x-parser-unique-object-id';

function sameParserId(a: unknown, b: unknown): boolean {
  return isRecord(a) && isRecord(b) && typeof a[PARSER_ID] === 'string' && a[PARSER_ID] === b[PARSER_ID];
}

/**
 * The place of a top-level channel or server. Applying traits copies an operation's channel, so when
 * the object itself is not found, the parser's id (the key, unique among top-level entries) names it.
 */
function byIdentity(map: Map<object, string>, target: object, section: 'channels' | 'servers'): string | undefined {
  const found = map.get(target);
  if (found !== undefined) return found;
  const id = isRecord(target) ? target[PARSER_ID] : undefined;
  if (typeof id !== 'string') return undefined;
  const pointer = formatPointer([section, id]);
  return [...map.values()].includes(pointer) ? pointer : undefined;
}

/** The value at a path, following references on the way (a document as written reaches operations through them). */
function derefPath(root: unknown, segments: readonly string[], deref: (value: unknown) => unknown): unknown {
  let node = deref(root);
  for (const segment of segments) {
    node = deref(valueAt(node, [segment]));
    if (node === undefined) return undefined;
  }
  return node;
}

/** The pointer a 3.x reference position must name (an operation's channel, its messages, a channel's servers). */
function specialTarget(
  segments: readonly string[],
  target: object,
  root: Record<string, unknown>,
  places: Places,
  deref: (value: unknown) => unknown,
): string | undefined {
  const n = segments.length;
  const inOperation = segments[0] === 'operations' || (segments[0] === 'components' && segments[1] === 'operations');
  if (segments[n - 2] === 'servers' && (segments[0] === 'channels' || segments[1] === 'channels')) return byIdentity(places.servers, target, 'servers');
  if (!inOperation) return undefined;
  if (segments[n - 1] === 'channel') return byIdentity(places.channels, target, 'channels');
  if (segments[n - 2] !== 'messages') return undefined;
  // The messages of an operation (or of its reply) name messages of its channel (or the reply's).
  const owner = derefPath(root, segments.slice(0, n - 2), deref);
  const channel = isRecord(owner) ? deref(owner.channel) : undefined;
  const operation = segments[n - 3] === 'reply' ? derefPath(root, segments.slice(0, n - 3), deref) : undefined;
  const channelOf = isRecord(channel) ? channel : isRecord(operation) ? deref(operation.channel) : undefined;
  const candidates = isRecord(channelOf) ? [channelOf] : [...places.channels.keys()];
  for (const candidate of candidates) {
    const channelPointer = places.channels.get(candidate);
    if (!channelPointer) continue;
    const messages = entries(deref((candidate as Record<string, unknown>).messages));
    const found = messages.find(([, value]) => deref(value) === target) ?? messages.find(([, value]) => sameParserId(deref(value), target));
    if (found) return `${channelPointer}${formatPointer(['messages', found[0]])}`;
  }
  return undefined;
}

/** Builds the reference form of a resolved document (the parser's `json()`), of its unstringified copy, or of raw YAML/JSON data. */
export function toReferenceForm(document: unknown, maxNodes = MAX_FORM_NODES): ReferenceForm {
  const major = majorOf(document);
  const root = document as Record<string, unknown>;
  const deref = makeDeref(root);
  const places = collectPlaces(root, deref);
  const onStack = new Map<object, string>();
  let count = 0;

  const walk = (value: unknown, segments: string[]): unknown => {
    if (++count > maxNodes) {
      throw new DiffInputError('too-large', `The document expands to more than ${maxNodes.toLocaleString('en')} values once its $refs are followed; it is too large to compare.`);
    }
    const target = deref(value);
    if (typeof target !== 'object' || target === null) return target;
    const pointer = formatPointer(segments);
    const cycle = onStack.get(target);
    if (cycle !== undefined) return { $ref: `#${cycle}` };
    const special = major === 3 ? specialTarget(segments, target, root, places, deref) : undefined;
    const schemaId = isRecord(target) ? target[SCHEMA_ID] : undefined;
    const home = special ?? places.homes.get(target) ?? (typeof schemaId === 'string' ? places.schemaIds.get(schemaId) : undefined);
    if (home !== undefined && home !== pointer) return { $ref: `#${home}` };

    onStack.set(target, pointer);
    let copy: unknown;
    if (Array.isArray(target)) copy = target.map((item, index) => walk(item, [...segments, String(index)]));
    else {
      const out: Record<string, unknown> = {};
      for (const [key, child] of Object.entries(target)) {
        if (key.startsWith('x-parser-')) continue;
        out[key] = walk(child, [...segments, key]);
      }
      copy = out;
    }
    onStack.delete(target);
    return copy;
  };
  return walk(root, []) as ReferenceForm;
}
