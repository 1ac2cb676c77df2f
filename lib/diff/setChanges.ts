import { formatPointer, pointerTokens } from '@/lib/jsonPointer/jsonPointer';
import { messageSetClass } from './classify';
import { definitionOf, refOf } from './documentModel';
import type { DocumentModel } from './documentModel';
import { placeOf, subjectOf } from './entities';
import { isRecord, valueAt } from './pointer';
import type { ReferenceForm } from './referenceForm';
import type { ClassifiedChange } from './structuralRules';
import type { Direction } from './types';
import { deepEqual, showList } from './values';

/** A 2.x message's identity inside an operation: the component it names, else its messageId or name, else where it is. */
function identity(model: DocumentModel, pointer: string): string {
  if (model.major === 3) return pointer;
  const definition = definitionOf(model.form, pointer);
  if (definition !== pointer) return definition;
  const value = valueAt(model.form, pointerTokens(pointer));
  if (isRecord(value) && typeof value.messageId === 'string') return `id:${value.messageId}`;
  if (isRecord(value) && typeof value.name === 'string') return `name:${value.name}`;
  return pointer;
}

export interface SetComparison {
  changes: ClassifiedChange[];
  /** Pointers under which @asyncapi/diff's own entries are replaced by these changes. */
  replaced: string[];
  /** Messages that moved inside an operation (2.x oneOf reordered): new pointer → old pointer. */
  moved: Map<string, string>;
  /** Messages at the same place on both sides: @asyncapi/diff's entries below them stand. */
  kept: string[];
}

function verb(direction: Direction, negative: boolean): string {
  if (direction === 'send') return negative ? 'no longer sends' : 'now also sends';
  return negative ? 'no longer receives' : 'now also receives';
}

/** The messages each operation moves, compared as sets (an index shift in a list is no change). */
export function compareOperationMessages(oldModel: DocumentModel, newModel: DocumentModel): SetComparison {
  const result: SetComparison = { changes: [], replaced: [], moved: new Map(), kept: [] };
  for (const before of oldModel.operations.values()) {
    const after = [...newModel.operations.values()].find((op) => op.pointer === before.pointer);
    if (!after) continue;
    result.replaced.push(`${after.pointer}/message${newModel.major === 3 ? 's' : ''}`, `${before.pointer}/message${oldModel.major === 3 ? 's' : ''}`);
    const oldIds = new Map(before.messages.map((p) => [identity(oldModel, p), p]));
    const newIds = new Map(after.messages.map((p) => [identity(newModel, p), p]));
    const place = placeOf(pointerTokens(after.pointer), newModel.major, newModel.form);
    for (const [id, pointer] of oldIds) {
      const kept = newIds.get(id);
      if (kept !== undefined) {
        if (kept !== pointer) result.moved.set(kept, pointer);
        else result.kept.push(pointer);
        continue;
      }
      const label = placeOf(pointerTokens(pointer), oldModel.major, oldModel.form).entity;
      result.changes.push({
        group: 'operation', entity: place.entity, path: pointer, kind: 'removed', before: pointer,
        class: messageSetClass('removed', [before.action]),
        description: `${subjectOf(place)} ${verb(before.action, true)} message “${label}”`, classifiedBy: 'studio',
      });
    }
    for (const [id, pointer] of newIds) {
      if (oldIds.has(id)) continue;
      const label = placeOf(pointerTokens(pointer), newModel.major, newModel.form).entity;
      result.changes.push({
        group: 'operation', entity: place.entity, path: pointer, kind: 'added', after: pointer,
        class: messageSetClass('added', [after.action]),
        description: `${subjectOf(place)} ${verb(after.action, false)} message “${label}”`, classifiedBy: 'studio',
      });
    }
  }
  return result;
}

function serverNames(channel: unknown): string[] | undefined {
  if (!isRecord(channel) || !Array.isArray(channel.servers)) return undefined;
  return channel.servers.map((s) => (typeof s === 'string' ? s : (pointerTokens(refOf(s) ?? '').pop() ?? JSON.stringify(s))));
}

/** The servers each channel is on: an absent list means every server, so adding one restricts the channel. */
export function compareChannelServers(oldForm: ReferenceForm, newForm: ReferenceForm, major: 2 | 3): SetComparison {
  const result: SetComparison = { changes: [], replaced: [], moved: new Map(), kept: [] };
  const channels = isRecord(oldForm.channels) ? Object.keys(oldForm.channels) : [];
  for (const key of channels) {
    const oldPointer = formatPointer(['channels', key]);
    const newPointer = oldPointer;
    const before = serverNames(valueAt(oldForm, pointerTokens(oldPointer)));
    const after = serverNames(valueAt(newForm, pointerTokens(newPointer)));
    if (valueAt(newForm, pointerTokens(newPointer)) === undefined) continue;
    result.replaced.push(`${oldPointer}/servers`, `${newPointer}/servers`);
    if (deepEqual(before, after)) continue;
    const place = placeOf(pointerTokens(newPointer), major, newForm);
    const path = `${newPointer}/servers`;
    const base = { group: 'channel' as const, entity: place.entity, classifiedBy: 'studio' as const };
    if (!before || before.length === 0) {
      result.changes.push({ ...base, path, kind: 'added', after, class: 'breaking', description: `${subjectOf(place)} is now only on servers ${showList(after ?? [])} (it was on every server)` });
      continue;
    }
    if (!after || after.length === 0) {
      result.changes.push({ ...base, path, kind: 'removed', before, class: 'non-breaking', description: `${subjectOf(place)} is now on every server` });
      continue;
    }
    const lost = before.filter((s) => !after.includes(s));
    const gained = after.filter((s) => !before.includes(s));
    if (lost.length > 0) result.changes.push({ ...base, path, kind: 'changed', before, after, class: 'breaking', description: `${subjectOf(place)} is no longer on servers ${showList(lost)}` });
    if (gained.length > 0) result.changes.push({ ...base, path, kind: 'changed', before, after, class: 'non-breaking', description: `${subjectOf(place)} is now also on servers ${showList(gained)}` });
  }
  return result;
}
