/** A value that can be written into a document (what JSON can hold). */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** Where a new map entry goes among its siblings. The default is after the last one. */
export type InsertPosition = 'start' | 'end' | { before: string } | { after: string };

/**
 * One structural change, addressed by JSON pointer (RFC 6901, no leading `#`). Plain data, so it can
 * cross postMessage.
 * - `set`: replace the value at `pointer`, or create it (and any missing parent maps) when absent.
 * - `add`: create the map entry `pointer` (its last key is the new key); fails when it exists.
 * - `remove`: delete the map entry or sequence item at `pointer`.
 * - `rename`: change the key of the map entry at `pointer` to `key` (its value and place stay).
 * - `append`: add `value` at the end of the sequence at `pointer` (created when absent).
 */
export type EditOp =
  | { op: 'set'; pointer: string; value: JsonValue; position?: InsertPosition }
  | { op: 'add'; pointer: string; value: JsonValue; position?: InsertPosition }
  | { op: 'remove'; pointer: string }
  | { op: 'rename'; pointer: string; key: string }
  | { op: 'append'; pointer: string; value: JsonValue };

export type EditErrorCode =
  | 'syntax'
  | 'not-found'
  | 'exists'
  | 'alias'
  | 'not-a-map'
  | 'not-a-sequence'
  | 'unsupported'
  | 'invalid-name'
  | 'upgrade-needed'
  | 'incomplete';

/** Why an edit cannot be made; `code` is stable, `message` is for the user. */
export class EditError extends Error {
  constructor(
    readonly code: EditErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'EditError';
  }
}

/** The pointer an op touches (for `add`/`rename`, the entry itself). */
export function opPointer(op: EditOp): string {
  return op.pointer;
}
