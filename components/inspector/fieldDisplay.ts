import type { JsonValue } from '@/lib/edit/editOps';
import type { FormField } from '@/lib/edit/formModel';
import { formatPointer, parsePointer } from '@/lib/edit/pointer';

/** The text a field's input shows for its value ('' when absent). JSON for what is not a scalar. */
export function displayValue(field: Pick<FormField, 'value'>): string {
  const { value } = field;
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value, null, 2);
}

/** The last key of a pointer, as a person names the object (`/channels/a~1b` → `a/b`). */
export function nameOf(pointer: string): string {
  const path = parsePointer(pointer);
  return path[path.length - 1] ?? '';
}

/** A short label for a pointer among choices: `lightTurnOn` for a channel, `schemas/payload` for a component. */
export function choiceLabel(pointer: string): string {
  const path = parsePointer(pointer);
  if (path[0] === 'components' && path.length === 3) return `${path[1]}/${path[2]}`;
  if (path.length === 4 && path[0] === 'channels' && path[2] === 'messages') return `${path[1]} › ${path[3]}`;
  return path[path.length - 1] ?? pointer;
}

/** Ancestors worth opening on their own (objects, not section maps): `/channels/a/bindings/kafka` → `/channels/a`, `/channels/a/bindings`. */
export function openableAncestors(pointer: string): string[] {
  const path = parsePointer(pointer);
  const out: string[] = [];
  for (let length = 2; length < path.length; length++) {
    out.push(formatPointer(path.slice(0, length)));
  }
  return out;
}

/** Objects the engine can rename (their key is a name other parts refer to). */
export function isRenamable(pointer: string): boolean {
  const path = parsePointer(pointer);
  if (path.length === 2) return ['servers', 'channels', 'operations'].includes(path[0]!);
  if (path.length === 3) return path[0] === 'components';
  return path.length === 4 && path[0] === 'channels' && path[2] === 'messages';
}

/** Objects a user may delete as a whole (a named entry, not the document's sections or `info`). */
export function isDeletable(pointer: string): boolean {
  const path = parsePointer(pointer);
  return path.length >= 2 && path[0] !== 'info';
}

/** The JSON a field's text holds, for kinds without a dedicated control (arrays, `any`); undefined for empty. */
export function parseJsonInput(input: string): { ok: true; value: JsonValue | undefined } | { ok: false; message: string } {
  if (input.trim() === '') return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(input) as JsonValue };
  } catch {
    return { ok: false, message: 'must be JSON, e.g. ["a", "b"] or {"key": "value"}' };
  }
}
