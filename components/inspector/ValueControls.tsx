'use client';

import { useState } from 'react';
import type { KeyboardEvent } from 'react';
import { setFieldOps, valueFromInput } from '@/lib/edit/fieldEdits';
import type { JsonValue } from '@/lib/edit/editOps';
import type { FormField } from '@/lib/edit/formModel';
import { displayValue, parseJsonInput } from './fieldDisplay';
import { useApplyOps } from './useApplyOps';
import { useFieldCheck } from './useFieldCheck';

export interface ControlProps {
  id: string;
  field: FormField;
  readOnly: boolean;
}

type Parse = (text: string) => { ok: true; value: JsonValue | undefined } | { ok: false; message: string };

/** What the user typed, tied to the value it was typed over: a new value from the document drops it. */
interface Draft {
  text: string;
  base: string;
}

/**
 * A typed value committed on Enter or when focus leaves (one visual edit per commit, not per keystroke),
 * checked against the specification as it is typed. Escape brings the document's value back.
 */
function useDraftValue(field: FormField, parse: Parse) {
  const apply = useApplyOps();
  const shown = displayValue(field);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [inputError, setInputError] = useState<string | null>(null);
  const { messages, check, reset } = useFieldCheck(field);
  const live = draft !== null && draft.base === shown ? draft : null;

  const change = (text: string) => {
    setDraft({ text, base: shown });
    const parsed = parse(text);
    if (parsed.ok) {
      setInputError(null);
      check(parsed.value);
    } else {
      setInputError(parsed.message);
      reset();
    }
  };
  const commit = () => {
    if (!live) return;
    if (live.text === shown) {
      setDraft(null);
      return;
    }
    const parsed = parse(live.text);
    // A value that is not of the field's type stays in the input with its message, uncommitted.
    if (!parsed.ok) return;
    void apply(setFieldOps(field, parsed.value)).then((result) => {
      if (result.ok) reset();
    });
  };
  const revert = () => {
    setDraft(null);
    setInputError(null);
    reset();
  };
  const problems = inputError ? [inputError] : live ? messages : [];
  return { text: live ? live.text : shown, change, commit, revert, problems };
}

function Problems({ id, problems }: { id: string; problems: string[] }) {
  if (problems.length === 0) return null;
  return (
    <ul className="inspector-problems" id={`${id}-problems`} data-testid="inspector-field-problem" aria-live="polite">
      {problems.map((p) => (
        <li key={p}>{p}</li>
      ))}
    </ul>
  );
}

/** Strings and numbers: one line, or a text area for descriptions and multi-line values. */
export function TextControl({ id, field, readOnly }: ControlProps) {
  const { text, change, commit, revert, problems } = useDraftValue(field, (input) => valueFromInput(field, input));
  const multiline = field.name === 'description' || text.includes('\n');
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') revert();
    else if (event.key === 'Enter' && (!multiline || event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      commit();
    }
  };
  const common = {
    id,
    value: text,
    readOnly,
    placeholder: field.default !== undefined ? `default: ${String(field.default)}` : field.required ? 'required' : 'not set',
    'aria-invalid': problems.length > 0 || undefined,
    'aria-describedby': problems.length > 0 ? `${id}-problems` : undefined,
    onBlur: commit,
    onKeyDown,
    className: 'inspector-input',
  };
  return (
    <>
      {multiline ? (
        <textarea {...common} rows={3} onChange={(e) => change(e.currentTarget.value)} />
      ) : (
        <input {...common} type="text" inputMode={field.kind === 'string' ? undefined : 'decimal'} spellCheck={field.kind === 'string'} onChange={(e) => change(e.currentTarget.value)} />
      )}
      <Problems id={id} problems={problems} />
    </>
  );
}

/** Values with no dedicated control (lists of plain values, `any`): JSON, checked as it is typed. */
export function JsonControl({ id, field, readOnly }: ControlProps) {
  const { text, change, commit, revert, problems } = useDraftValue(field, parseJsonInput);
  return (
    <>
      <textarea
        id={id}
        className="inspector-input inspector-json"
        value={text}
        readOnly={readOnly}
        rows={Math.min(6, Math.max(1, text.split('\n').length))}
        placeholder="not set (JSON)"
        spellCheck={false}
        aria-invalid={problems.length > 0 || undefined}
        onChange={(e) => change(e.currentTarget.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Escape') revert();
          else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) commit();
        }}
      />
      <Problems id={id} problems={problems} />
    </>
  );
}

/** Enums and booleans: a select, applied when chosen. */
export function ChoiceControl({ id, field, readOnly }: ControlProps) {
  const apply = useApplyOps();
  const options = field.kind === 'boolean' ? ['true', 'false'] : (field.enum ?? []).map(String);
  const current = field.value === undefined ? '' : String(field.value);
  return (
    <select
      id={id}
      className="inspector-input"
      value={current}
      disabled={readOnly}
      onChange={(event) => {
        const parsed = valueFromInput(field, event.currentTarget.value);
        if (parsed.ok) void apply(setFieldOps(field, parsed.value));
      }}
    >
      {(!field.required || field.value === undefined) && <option value="">{field.default !== undefined ? `(default: ${String(field.default)})` : '(not set)'}</option>}
      {current !== '' && !options.includes(current) && <option value={current}>{current}</option>}
      {options.map((option) => (
        <option key={option} value={option}>
          {option}
        </option>
      ))}
    </select>
  );
}
