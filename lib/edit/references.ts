import { escapeToken, valueAt } from '@/lib/jsonPointer/jsonPointer';
import type { EditOp } from './editOps';
import { formatPointer, isWithin, parsePointer, pointerOfRef } from './pointer';

type Plain = Record<string, unknown>;

/** One place in the document that refers to an object. Plain data, for a list in the UI. */
export interface Reference {
  /** `ref`: a `$ref` (its pointer ends in `/$ref`); `name`: a 2.x reference by name (a server in a channel's `servers`, a security scheme in a requirement). */
  kind: 'ref' | 'name';
  /** Pointer of the value that holds the reference (the `$ref` string, the name string, or the requirement's key). */
  pointer: string;
  /** The pointer the reference leads to (the object itself or something inside it). */
  target: string;
  /** The server, channel, operation or component the reference sits in: what the UI names in the list. */
  owner: string;
  /** What to remove to drop this reference without leaving an invalid document behind. */
  removal: string;
}

const TOP_LEVEL = new Set(['servers', 'channels', 'operations']);

/** The object a reference at this path belongs to, as the UI names it. */
function ownerOf(path: ReadonlyArray<string>, v2: boolean): string {
  if (path[0] === 'components') return formatPointer(path.slice(0, 3));
  if (v2 && path[0] === 'channels' && (path[2] === 'publish' || path[2] === 'subscribe')) return formatPointer(path.slice(0, 3));
  if (TOP_LEVEL.has(path[0] ?? '')) return formatPointer(path.slice(0, 2));
  return formatPointer(path.slice(0, 1));
}

/** What goes when a `$ref` held at `holder` goes: the list item or map entry, or the whole operation for its required channel. */
function removalFor(holder: ReadonlyArray<string>, v2: boolean): string {
  const key = holder[holder.length - 1];
  const isOperationChannel = !v2 && key === 'channel' && ((holder.length === 3 && holder[0] === 'operations') || (holder.length === 4 && holder[0] === 'components' && holder[1] === 'operations'));
  if (isOperationChannel) return formatPointer(holder.slice(0, -1));
  return formatPointer(holder);
}

function isV2(root: unknown): boolean {
  return String((root as Plain | null)?.asyncapi ?? '').startsWith('2.');
}

/** Every local `$ref` of the document: where it is held, and where it leads. */
interface LocalRef {
  path: string[];
  holder: string;
  target: string;
}

function localRefs(root: unknown): LocalRef[] {
  const found: LocalRef[] = [];
  const visit = (value: unknown, path: string[]) => {
    if (typeof value !== 'object' || value === null) return;
    if (Array.isArray(value)) {
      value.forEach((item, i) => visit(item, [...path, String(i)]));
      return;
    }
    const record = value as Plain;
    if (typeof record.$ref === 'string') {
      const target = pointerOfRef(record.$ref);
      if (target !== null) found.push({ path, holder: formatPointer(path), target });
    }
    for (const [key, child] of Object.entries(record)) visit(child, [...path, key]);
  };
  visit(root, []);
  return found;
}

function referencesAmong(refs: ReadonlyArray<LocalRef>, root: unknown, pointer: string, inside: boolean): Reference[] {
  const v2 = isV2(root);
  const found: Reference[] = refs
    .filter((r) => isWithin(r.target, pointer) && (inside || !isWithin(r.holder, pointer)))
    .map((r) => ({ kind: 'ref', pointer: `${r.holder}/$ref`, target: r.target, owner: ownerOf(r.path, v2), removal: removalFor(r.path, v2) }));
  if (v2) found.push(...nameReferences(root, pointer));
  return found;
}

/**
 * Every reference in the document to the object at `pointer` or into it (local `$ref`s, and 2.x references
 * by name). References inside the object itself are left out unless `inside` is set.
 */
export function findReferences(root: unknown, pointer: string, { inside = false } = {}): Reference[] {
  return referencesAmong(localRefs(root), root, pointer, inside);
}

/** 2.x names servers in a channel's `servers` list and security schemes in requirement maps. */
function nameReferences(root: unknown, pointer: string): Reference[] {
  const path = parsePointer(pointer);
  const doc = root as Plain;
  const found: Reference[] = [];
  if (path.length === 2 && path[0] === 'servers') {
    for (const [channel, item] of Object.entries((doc.channels ?? {}) as Plain)) {
      const servers = (item as Plain | null)?.servers;
      if (!Array.isArray(servers)) continue;
      servers.forEach((name, i) => {
        if (name !== path[1]) return;
        const at = formatPointer(['channels', channel, 'servers', String(i)]);
        found.push({ kind: 'name', pointer: at, target: pointer, owner: formatPointer(['channels', channel]), removal: at });
      });
    }
  }
  if (path.length === 3 && path[0] === 'components' && path[1] === 'securitySchemes') {
    const visitRequirements = (list: unknown, at: string[]) => {
      if (!Array.isArray(list)) return;
      list.forEach((requirement, i) => {
        if (typeof requirement === 'object' && requirement !== null && Object.prototype.hasOwnProperty.call(requirement, path[2]!)) {
          const where = formatPointer([...at, String(i), path[2]!]);
          found.push({ kind: 'name', pointer: where, target: pointer, owner: ownerOf(at, true), removal: formatPointer([...at, String(i)]) });
        }
      });
    };
    visitRequirements(doc.security, ['security']);
    for (const [name, server] of Object.entries((doc.servers ?? {}) as Plain)) visitRequirements((server as Plain | null)?.security, ['servers', name, 'security']);
    for (const [channel, item] of Object.entries((doc.channels ?? {}) as Plain)) {
      for (const action of ['publish', 'subscribe']) visitRequirements(((item as Plain | null)?.[action] as Plain | undefined)?.security, ['channels', channel, action, 'security']);
    }
  }
  return found;
}

/** Numeric-aware comparison of pointers, so later list items sort after earlier ones. */
function comparePointers(a: string, b: string): number {
  const pa = parsePointer(a);
  const pb = parsePointer(b);
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    if (pa[i] === pb[i]) continue;
    const na = /^\d+$/.test(pa[i]!) ? Number(pa[i]) : NaN;
    const nb = /^\d+$/.test(pb[i]!) ? Number(pb[i]) : NaN;
    if (!Number.isNaN(na) && !Number.isNaN(nb)) return na - nb;
    return pa[i]! < pb[i]! ? -1 : 1;
  }
  return pa.length - pb.length;
}

/**
 * Ops that remove the object at `pointer` and, when asked, every reference to it: the list items and
 * map entries that hold them (an operation goes with its required channel).
 * @remarks Removals run from the last list item to the first, so indexes stay right while they apply.
 */
export function deleteOps(root: unknown, pointer: string, removeReferences: boolean): EditOp[] {
  const removals = [pointer];
  const refs = removeReferences ? localRefs(root) : [];
  // Transitively: a removed channel message entry leaves operations' references to it dangling too.
  const queue = removeReferences ? [pointer] : [];
  for (let step = 0; queue.length > 0 && step < 10000; step++) {
    const gone = queue.shift()!;
    for (const reference of referencesAmong(refs, root, gone, false)) {
      if (removals.some((r) => isWithin(reference.pointer, r) || isWithin(reference.removal, r))) continue;
      for (let i = removals.length - 1; i >= 0; i--) if (isWithin(removals[i]!, reference.removal)) removals.splice(i, 1);
      removals.push(reference.removal);
      queue.push(reference.removal);
    }
  }
  return removals.sort((a, b) => comparePointers(b, a)).map((p) => ({ op: 'remove', pointer: p }));
}

function encodeSegment(raw: string, key: string): string {
  const escaped = escapeToken(key);
  let decoded = raw;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    // A segment that is not valid percent-encoding is kept as written.
  }
  return decoded !== raw ? encodeURIComponent(escaped) : escaped;
}

/** The `$ref` text after the key at `depth` of its fragment is renamed (only that segment changes). */
function renamedRef(ref: string, depth: number, key: string): string {
  const segments = ref.slice(1).split('/');
  // segments[0] is the empty string before the first slash.
  segments[depth + 1] = encodeSegment(segments[depth + 1] ?? '', key);
  return `#${segments.join('/')}`;
}

/**
 * Ops that rename the map entry at `pointer` to `key` and rewrite every reference to it (or into it).
 * @remarks 2.x servers and security schemes are referenced by name: those names are rewritten too.
 */
export function renameOps(root: unknown, pointer: string, key: string): EditOp[] {
  const depth = parsePointer(pointer).length - 1;
  // References first, by their current pointers (some may sit inside the renamed object); the key last.
  const ops: EditOp[] = [];
  for (const reference of findReferences(root, pointer, { inside: true })) {
    if (reference.kind === 'ref') {
      const ref = valueAt(root, parsePointer(reference.pointer));
      ops.push({ op: 'set', pointer: reference.pointer, value: renamedRef(String(ref), depth, key) });
    } else if (reference.pointer.startsWith('/channels/') && Array.isArray(valueAt(root, parsePointer(reference.pointer).slice(0, -1)))) {
      ops.push({ op: 'set', pointer: reference.pointer, value: key });
    } else {
      ops.push({ op: 'rename', pointer: reference.pointer, key });
    }
  }
  ops.push({ op: 'rename', pointer, key });
  return ops;
}
