'use client';

import { useCallback, useEffect, useState } from 'react';
import type { GuideAnswers, GuideField, GuideStep, GuideStepId, PayloadField } from '@/lib/edit/newApiGuide';
import { Modal } from '@/components/dialogs/Modal';
import { choiceLabel } from '@/components/inspector/fieldDisplay';
import type { GuideState } from '@/state/visualEditSlice';
import { useStudioStore } from '@/state/useStudio';
import { PayloadFields } from './PayloadFields';
import './guide.css';

/** Selects start on a sensible choice: the newest channel or message (the one the previous step made). */
function defaultsFor(step: GuideStep): GuideAnswers {
  const answers: GuideAnswers = {};
  for (const field of step.fields) {
    if (field.kind !== 'select' || !field.options?.length) continue;
    answers[field.name] = field.name === 'channel' || field.name === 'message' ? field.options.at(-1) : field.options[0];
  }
  return answers;
}

function FieldInput({ field, value, onChange }: { field: GuideField; value: GuideAnswers[string]; onChange: (value: GuideAnswers[string]) => void }) {
  const id = `guide-${field.name}`;
  let control;
  if (field.kind === 'properties') {
    control = <PayloadFields value={Array.isArray(value) ? value : []} onChange={onChange} />;
  } else if (field.kind === 'select') {
    const options = field.options ?? [];
    control = (
      <select id={id} className="guide-input" value={typeof value === 'string' ? value : ''} onChange={(e) => onChange(e.currentTarget.value || undefined)}>
        {(!field.required || options.length === 0) && <option value="">{options.length === 0 ? 'none yet' : '(none)'}</option>}
        {options.map((option) => (
          <option key={option} value={option}>
            {option.startsWith('/') ? choiceLabel(option) : option}
          </option>
        ))}
      </select>
    );
  } else {
    control = <input id={id} className="guide-input" value={typeof value === 'string' ? value : ''} placeholder={field.placeholder} onChange={(e) => onChange(e.currentTarget.value)} />;
  }
  return (
    <div className="guide-field" data-testid="guide-field" data-name={field.name}>
      <label htmlFor={id} className="guide-label">
        {field.label}
        {field.required && <span className="inspector-required"> *</span>}
      </label>
      {control}
      <p className="guide-help">{field.help}</p>
    </div>
  );
}

/** The step after `from` that the document does not satisfy yet, else any such step, else none (finished). */
function nextStep(guide: GuideState, from: GuideStepId | null): GuideStepId | null {
  const order = guide.steps.map((s) => s.id);
  const after = from === null ? order : order.slice(order.indexOf(from) + 1);
  return after.find((id) => !guide.done.includes(id)) ?? guide.next;
}

/**
 * The new API guide: a few steps (the API, a server, a channel, a message with its payload, an operation)
 * that write a valid AsyncAPI 3.1 document through visual edits, each one undo step; no YAML typed.
 */
export default function GuideDialog() {
  const store = useStudioStore();
  const [guide, setGuide] = useState<GuideState | null>(null);
  const [current, setCurrent] = useState<GuideStepId | null>(null);
  const [answers, setAnswers] = useState<Partial<Record<GuideStepId, GuideAnswers>>>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const close = () => store.getState().closeDialog();

  const show = useCallback((loaded: GuideState | null, after: GuideStepId | null) => {
    if (!loaded) return setError('The guide could not read the document.');
    setGuide(loaded);
    setCurrent(nextStep(loaded, after));
  }, []);

  useEffect(() => {
    let open = true;
    void store.getState().loadGuide().then((loaded) => open && show(loaded, null));
    return () => {
      open = false;
    };
  }, [store, show]);

  const step = guide?.steps.find((s) => s.id === current) ?? null;
  const stepAnswers = step ? { ...defaultsFor(step), ...answers[step.id] } : {};
  const setAnswer = (name: string, value: GuideAnswers[string]) => step && setAnswers((all) => ({ ...all, [step.id]: { ...stepAnswers, [name]: value as string | PayloadField[] | undefined } }));

  const run = async () => {
    if (!step) return;
    setBusy(true);
    setError(null);
    const result = await store.getState().runGuideStep(step.id, stepAnswers);
    setBusy(false);
    if (!result.ok) return setError(result.message);
    show(await store.getState().loadGuide(), step.id);
  };

  const footer = (
    <>
      <span className="guide-note">Each step is one undo step in the editor.</span>
      <span className="spacer" />
      {step && step.id !== 'info' && (
        <button type="button" className="button" data-testid="guide-skip" onClick={() => guide && setCurrent(nextStep(guide, step.id) === step.id ? null : nextStep(guide, step.id))}>
          Skip
        </button>
      )}
      {step ? (
        <button type="button" className="button button-primary" data-testid="guide-apply" disabled={busy} onClick={() => void run()}>
          {guide?.done.includes(step.id) ? (step.id === 'info' ? 'Update' : 'Add another') : 'Add'}
        </button>
      ) : (
        <button type="button" className="button button-primary" data-testid="guide-finish" onClick={close}>
          Done
        </button>
      )}
    </>
  );

  return (
    <Modal title="New API guide" testId="new-api-guide" onClose={close} footer={footer}>
      <div className="guide">
        <ol className="guide-steps" aria-label="Steps">
          {(guide?.steps ?? []).map((s) => (
            <li key={s.id}>
              <button
                type="button"
                className="guide-step-link"
                data-testid="guide-step"
                data-step={s.id}
                data-done={guide?.done.includes(s.id) || undefined}
                aria-current={s.id === current ? 'step' : undefined}
                onClick={() => setCurrent(s.id)}
              >
                <span className="guide-step-mark" aria-hidden="true">{guide?.done.includes(s.id) ? '✓' : '•'}</span> {s.title}
              </button>
            </li>
          ))}
        </ol>
        <section className="guide-body" aria-live="polite">
          {!guide && !error && <p className="panel-placeholder">Reading the document…</p>}
          {guide && !step && (
            <div data-testid="guide-complete">
              <h3>Your API is described</h3>
              <p>
                {guide.next === null
                  ? 'The document has its info, a server, a channel, a message with its payload and an operation.'
                  : `Skipped: ${guide.steps.filter((s) => !guide.done.includes(s.id)).map((s) => s.title.toLowerCase()).join(', ')} (pick a step on the left to add it).`}{' '}
                The status bar says whether it is valid. Add more from the graph’s “+ Add”, or edit any object in the inspector.
              </p>
            </div>
          )}
          {step && (
            <>
              <h3 className="guide-title">{step.title}</h3>
              <p className="guide-help">{step.help}</p>
              {step.fields.map((field) => (
                <FieldInput key={`${step.id}:${field.name}`} field={field} value={stepAnswers[field.name]} onChange={(value) => setAnswer(field.name, value)} />
              ))}
            </>
          )}
          {error && (
            <p className="inspector-error" data-testid="guide-error" role="alert">
              {error}
            </p>
          )}
        </section>
      </div>
    </Modal>
  );
}
