import type { EditOp, JsonValue } from './editOps';
import type { FormField } from './formModel';
import { refTo } from './pointer';

export type InputResult = { ok: true; value: JsonValue | undefined } | { ok: false; message: string };

/**
 * What the text a user typed in a field means for its kind: a number for `integer`/`number`, `true`/`false`
 * for `boolean`, the enum's own value for a select, the text otherwise. Empty input means "remove the field".
 */
export function valueFromInput(field: Pick<FormField, 'kind' | 'enum' | 'types'>, input: string): InputResult {
  if (input.trim() === '') return { ok: true, value: undefined };
  switch (field.kind) {
    case 'integer':
    case 'number': {
      const n = Number(input.trim());
      if (!Number.isFinite(n)) return { ok: false, message: 'must be a number' };
      if (field.kind === 'integer' && !Number.isInteger(n)) return { ok: false, message: 'must be a whole number' };
      return { ok: true, value: n };
    }
    case 'boolean':
      if (input === 'true' || input === 'false') return { ok: true, value: input === 'true' };
      return { ok: false, message: 'must be true or false' };
    case 'enum': {
      const match = field.enum?.find((v) => String(v) === input);
      return match === undefined ? { ok: false, message: `must be one of ${(field.enum ?? []).map(String).join(', ')}` } : { ok: true, value: match };
    }
    default:
      return { ok: true, value: input };
  }
}

/** The ops that give a field a new value (or remove it, for undefined). */
export function setFieldOps(field: Pick<FormField, 'pointer' | 'value'>, value: JsonValue | undefined): EditOp[] {
  if (value === undefined) return field.value === undefined ? [] : [{ op: 'remove', pointer: field.pointer }];
  return [{ op: 'set', pointer: field.pointer, value }];
}

/**
 * The ops that point a reference field (or a value that may be a reference) at `target` (a pointer among
 * `reference.choices`). An existing `$ref` keeps its place: only its string changes.
 */
export function pickReferenceOps(field: Pick<FormField, 'pointer' | 'isReference'>, target: string): EditOp[] {
  if (field.isReference) return [{ op: 'set', pointer: `${field.pointer}/$ref`, value: refTo(target) }];
  return [{ op: 'set', pointer: field.pointer, value: { $ref: refTo(target) } }];
}
