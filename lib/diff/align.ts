import { escapeToken, formatPointer, pointerTokens } from '@/lib/jsonPointer/jsonPointer';
import { isRecord, isWithin, localRefPointer, valueAt } from './pointer';
import type { ReferenceForm } from './referenceForm';
import { subjectOf } from './entities';
import type { ClassifiedChange } from './structuralRules';
import type { ChangeGroup } from './types';

export interface Rename {
  group: ChangeGroup;
  /** Pointer in the old document. */
  from: string;
  /** Pointer in the new document. */
  to: string;
  /** What matched them, for the description: 'address', 'host', 'channel and action', 'name', 'content'. */
  by: string;
}

export interface Alignment {
  /** The old reference form with renamed objects under their new names and `$ref`s to them rewritten. */
  form: ReferenceForm;
  renames: Rename[];
}

type Signature = (value: unknown, key: string) => string | undefined;

function record(value: unknown): Record<string, unknown> {
  return isRecord(value) ? value : {};
}

/** Pairs keys only one side has whose signatures are equal and unique on both sides. */
function pairKeys(oldMap: unknown, newMap: unknown, signature: Signature): Array<[string, string]> {
  const before = record(oldMap);
  const after = record(newMap);
  const signatures = (map: Record<string, unknown>, keys: string[]) => {
    const byKey = new Map<string, string>();
    const count = new Map<string, number>();
    for (const key of keys) {
      const sig = signature(map[key], key);
      if (sig === undefined) continue;
      byKey.set(key, sig);
      count.set(sig, (count.get(sig) ?? 0) + 1);
    }
    return { byKey, count };
  };
  const gone = signatures(before, Object.keys(before).filter((k) => !(k in after)));
  const come = signatures(after, Object.keys(after).filter((k) => !(k in before)));
  const newBySignature = new Map([...come.byKey].map(([key, sig]) => [sig, key]));
  const pairs: Array<[string, string]> = [];
  for (const [oldKey, sig] of gone.byKey) {
    // Only a match that is unique on both sides is a rename; anything else stays removed and added.
    if (gone.count.get(sig) !== 1 || come.count.get(sig) !== 1) continue;
    pairs.push([oldKey, newBySignature.get(sig) as string]);
  }
  return pairs;
}

const content: Signature = (value) => JSON.stringify(value);

/** Rewrites the old form: renamed keys moved, `$ref`s and 2.x server names that point at them updated. */
function rewrite(form: ReferenceForm, renames: readonly Rename[]): ReferenceForm {
  const byFrom = new Map(renames.map((r) => [r.from, r]));
  const serverNames = new Map(
    renames.filter((r) => r.group === 'server' && !r.from.startsWith('/components/')).map((r) => [pointerTokens(r.from)[1], pointerTokens(r.to)[1]]),
  );
  /** The rename whose old pointer holds this one, found through its ancestors. */
  const renameOf = (pointer: string): Rename | undefined => {
    for (let at = pointer; at !== ''; at = at.slice(0, at.lastIndexOf('/'))) {
      const found = byFrom.get(at);
      if (found) return found;
    }
    return undefined;
  };
  const walk = (value: unknown, pointer: string, parentKey: string): unknown => {
    if (Array.isArray(value)) {
      return value.map((item, i) => (parentKey === 'servers' && typeof item === 'string' ? (serverNames.get(item) ?? item) : walk(item, `${pointer}/${i}`, String(i))));
    }
    if (!isRecord(value)) return value;
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(value)) {
      const here = `${pointer}/${escapeToken(key)}`;
      const renamed = byFrom.get(here);
      const name = renamed ? (pointerTokens(renamed.to).pop() as string) : key;
      if (key === '$ref' && typeof child === 'string') {
        const target = localRefPointer(child);
        const rename = target === undefined ? undefined : renameOf(target);
        out[key] = rename && target !== undefined ? `#${rename.to}${target.slice(rename.from.length)}` : child;
      } else out[name] = walk(child, here, key);
    }
    return out;
  };
  return walk(form, '', '') as ReferenceForm;
}

function renamesIn(group: ChangeGroup, base: string[], oldForm: ReferenceForm, newForm: ReferenceForm, by: string, signature: Signature): Rename[] {
  return pairKeys(valueAt(oldForm, base), valueAt(newForm, base), signature).map(([from, to]) => ({
    group,
    from: formatPointer([...base, from]),
    to: formatPointer([...base, to]),
    by,
  }));
}

/**
 * Finds what was renamed between two reference forms of the same major version, by what identifies
 * it on the wire: a 3.x channel by its address, a server by host (or url) and protocol, an operation
 * by its channel and action, a channel's message by its name; anything else by equal content. The old
 * form is then rewritten under the new names, so a renamed object is compared with itself.
 */
export function alignRenames(oldForm: ReferenceForm, newForm: ReferenceForm, major: 2 | 3): Alignment {
  const renames: Rename[] = [];
  let form = oldForm;
  const step = (found: Rename[]) => {
    if (found.length === 0) return;
    renames.push(...found);
    form = rewrite(form, found);
  };
  const server: Signature = (v) => {
    const s = record(v);
    const where = major === 3 ? [s.host, s.pathname] : [s.url];
    return typeof where[0] === 'string' ? JSON.stringify([...where, s.protocol]) : undefined;
  };
  step(renamesIn('server', ['servers'], form, newForm, 'host and protocol', server));
  if (major === 3) {
    step(renamesIn('channel', ['channels'], form, newForm, 'address', (v) => (typeof record(v).address === 'string' ? (record(v).address as string) : undefined)));
    for (const channel of Object.keys(record(newForm.channels))) {
      const base = ['channels', channel, 'messages'];
      // A message's name defaults to its key; an upgrade from 2.x names keys after operations.
      step(renamesIn('message', base, form, newForm, 'name', (v, key) => (typeof record(v).name === 'string' ? (record(v).name as string) : key)));
      step(renamesIn('message', base, form, newForm, 'content', content));
      step(renamesIn('message', base, form, newForm, 'place: the only message of its channel that changed', () => 'only'));
    }
    const operation: Signature = (v) => {
      const op = record(v);
      const channel = localRefPointer(record(op.channel).$ref);
      return channel === undefined ? undefined : `${channel} ${String(op.action)}`;
    };
    step(renamesIn('operation', ['operations'], form, newForm, 'channel and action', operation));
  }
  for (const kind of Object.keys(record(newForm.components))) {
    step(renamesIn(kind === 'schemas' ? 'schema' : kind === 'messages' ? 'message' : 'document', ['components', kind], form, newForm, 'content', content));
  }
  return { form, renames };
}

/** An aligned old pointer back to where it is in the old document as written. */
export function unalign(pointer: string, renames: readonly Rename[]): string {
  for (let i = renames.length - 1; i >= 0; i--) {
    const r = renames[i] as Rename;
    if (isWithin(pointer, r.to)) pointer = r.from + pointer.slice(r.to.length);
  }
  return pointer;
}

/**
 * A rename as a change. Clients find servers, channels and operations by these names (they are what
 * other documents `$ref` and what generated code is named after), so renaming one is breaking even
 * at the same address; a message or schema key is not on the wire.
 */
export function renameChange(rename: Rename): ClassifiedChange {
  const from = pointerTokens(rename.from).pop() ?? '';
  const to = pointerTokens(rename.to).pop() ?? '';
  const wire = !rename.from.startsWith('/components/') && (rename.group === 'server' || rename.group === 'channel' || rename.group === 'operation');
  const same = rename.by === 'content' ? '' : ` (same ${rename.by})`;
  return {
    group: rename.group,
    entity: to,
    path: rename.to,
    kind: 'changed',
    before: from,
    after: to,
    class: wire ? 'breaking' : 'non-breaking',
    description: `${subjectOf({ group: rename.group, entity: to })} renamed from “${from}” to “${to}”${same}`,
    classifiedBy: 'studio',
  };
}
