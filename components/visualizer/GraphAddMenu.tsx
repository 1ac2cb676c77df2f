'use client';

import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { choiceLabel } from '@/components/inspector/fieldDisplay';
import { selectIsBeforeV3, selectReadOnly } from '@/state/selectors';
import { useStudio, useStudioStore } from '@/state/useStudio';
import type { GuideState } from '@/state/visualEditSlice';
import { ADD_KINDS, addAction, addFields } from './addObjectForms';
import type { AddKind } from './addObjectForms';

/** The form for one kind: a few questions, then the object is added (one undo step) and opened in the inspector. */
function AddForm({ kind, onClose }: { kind: AddKind; onClose: () => void }) {
  const store = useStudioStore();
  const beforeV3 = useStudio(selectIsBeforeV3);
  // undefined while the document's channels and messages are being read; null when that failed.
  const [guide, setGuide] = useState<GuideState | null | undefined>(undefined);
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const first = useRef<HTMLInputElement>(null);

  useEffect(() => {
    let current = true;
    void store.getState().loadGuide().then((loaded) => {
      if (current) setGuide(loaded);
    });
    first.current?.focus();
    return () => {
      current = false;
    };
  }, [store]);

  const fields = addFields(kind, guide ?? null);
  const loading = guide === undefined;
  // A channel starts on the newest one (the graph draws a message only once a channel or operation has it);
  // other required selects on their first value, optional ones on none.
  const valueOf = (name: string) => answers[name] ?? (() => {
    const field = fields.find((f) => f.name === name);
    if (!field?.options?.length) return '';
    if (name === 'channel') return field.options.at(-1)!;
    return field.required ? field.options[0]! : '';
  })();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const planned = addAction(kind, Object.fromEntries(fields.map((f) => [f.name, valueOf(f.name)])), beforeV3);
    if ('missing' in planned) return setProblem(`Missing: ${planned.missing.join(', ')}.`);
    setBusy(true);
    setProblem(null);
    void store
      .getState()
      .runVisualAction(planned.action, { select: planned.pointer, quiet: true })
      .then((result) => {
        setBusy(false);
        if (!result.ok) return setProblem(result.message);
        store.getState().showInspectorBesideGraph();
        onClose();
      });
  };

  const title = ADD_KINDS.find((k) => k.kind === kind)!;
  return (
    <form className="graph-add-form" data-testid="graph-add-form" data-kind={kind} onSubmit={submit} onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <h3>New {title.label.toLowerCase()}</h3>
      {fields.map((field, index) => (
        <label key={field.name} className="graph-add-field">
          <span>
            {field.label}
            {field.required && <span className="inspector-required"> *</span>}
          </span>
          {field.options ? (
            <select
              data-testid="graph-add-field"
              data-name={field.name}
              value={valueOf(field.name)}
              disabled={loading}
              onChange={(e) => setAnswers({ ...answers, [field.name]: e.currentTarget.value })}
            >
              {loading ? (
                <option value="">Reading the document…</option>
              ) : (
                (!field.required || field.options.length === 0) && <option value="">{field.options.length === 0 ? `no ${field.name} yet` : '(none)'}</option>
              )}
              {field.options.map((option) => (
                <option key={option} value={option}>
                  {option.startsWith('/') ? choiceLabel(option) : option}
                </option>
              ))}
            </select>
          ) : (
            <input
              ref={index === 0 ? first : undefined}
              data-testid="graph-add-field"
              data-name={field.name}
              value={valueOf(field.name)}
              placeholder={field.placeholder}
              onChange={(e) => setAnswers({ ...answers, [field.name]: e.currentTarget.value })}
            />
          )}
        </label>
      ))}
      {problem && (
        <p className="inspector-error" role="alert" data-testid="graph-add-problem">
          {problem}
        </p>
      )}
      <div className="graph-add-actions">
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
        <button type="submit" className="button button-primary" data-testid="graph-add-submit" disabled={busy || loading}>
          Add
        </button>
      </div>
    </form>
  );
}

/** The graph's "Add" control: a server, channel, operation or message, each asked for in a small form. */
export function GraphAddMenu() {
  const readOnly = useStudio(selectReadOnly);
  const [open, setOpen] = useState(false);
  const [kind, setKind] = useState<AddKind | null>(null);
  const root = useRef<HTMLDivElement>(null);

  // A click elsewhere closes the menu (not a form being filled in).
  useEffect(() => {
    if (!open || kind) return;
    const onPointer = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open, kind]);

  const close = () => {
    setOpen(false);
    setKind(null);
  };
  return (
    <div className="graph-add" ref={root}>
      <button
        type="button"
        className="toolbar-button"
        data-testid="graph-add"
        aria-haspopup="menu"
        aria-expanded={open}
        disabled={readOnly}
        title={readOnly ? 'This document is read-only' : 'Add a server, channel, operation or message'}
        onClick={() => (open ? close() : setOpen(true))}
      >
        + Add
      </button>
      {open && !kind && (
        <div className="graph-add-menu" role="menu">
          {ADD_KINDS.map((entry) => (
            <button key={entry.kind} type="button" role="menuitem" className="graph-add-item" data-testid="graph-add-item" data-kind={entry.kind} onClick={() => setKind(entry.kind)}>
              <span className={`graph-add-swatch graph-node-${entry.kind}`} aria-hidden="true" />
              <span className="graph-add-label">{entry.label}</span>
              <span className="graph-add-help">{entry.help}</span>
            </button>
          ))}
        </div>
      )}
      {open && kind && <AddForm key={kind} kind={kind} onClose={close} />}
    </div>
  );
}
