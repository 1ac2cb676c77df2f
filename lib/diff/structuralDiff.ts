import { escapeToken, pointerTokens } from '@/lib/jsonPointer/jsonPointer';
import { diff } from '@asyncapi/diff';
import type { DiffOutputItem, JSONOutput } from '@asyncapi/diff';
import { isRecord } from './pointer';
import type { ReferenceForm } from './referenceForm';
import type { RawChange } from './structuralRules';

/** Maps whose entries are whole objects of their own: a map added or removed at once counts per entry. */
function isEntityMap(segments: readonly string[], major: 2 | 3): boolean {
  const [a, b, c] = segments;
  if (segments.length === 1) return a === 'servers' || a === 'channels' || a === 'operations';
  if (segments.length === 2) return a === 'components' && (b === 'messages' || b === 'schemas');
  return major === 3 && segments.length === 3 && a === 'channels' && c === 'messages';
}

function explode(change: RawChange, major: 2 | 3): RawChange[] {
  const value = change.action === 'add' ? change.after : change.before;
  if (change.action === 'edit' || !isRecord(value) || !isEntityMap(pointerTokens(change.path), major)) return [change];
  return Object.entries(value).map(([key, entry]) => ({
    ...change,
    path: `${change.path}/${escapeToken(key)}`,
    before: change.action === 'remove' ? entry : undefined,
    after: change.action === 'add' ? entry : undefined,
  }));
}

/**
 * Every value that differs between the two reference forms, as JSON-pointer changes with
 * @asyncapi/diff's own class (its standard table for the document's major version).
 */
export function structuralChanges(oldForm: ReferenceForm, newForm: ReferenceForm, major: 2 | 3): RawChange[] {
  const output = diff(oldForm, newForm, { outputType: 'json' }).getOutput() as JSONOutput;
  return output.changes.flatMap((item: DiffOutputItem) => explode({ action: item.action, path: item.path, before: item.before, after: item.after, type: item.type }, major));
}
