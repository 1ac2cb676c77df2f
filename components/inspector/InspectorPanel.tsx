'use client';

import { useState } from 'react';
import type { FormModel } from '@/lib/edit/formModel';
import { childPointer, parentPointer } from '@/lib/edit/pointer';
import { selectInspector, selectIsBeforeV3, selectReadOnly } from '@/state/selectors';
import { useStudio, useStudioStore } from '@/state/useStudio';
import { isDeletable, isRenamable, nameOf, openableAncestors } from './fieldDisplay';
import { InspectorField } from './InspectorField';
import { InspectorOverview } from './InspectorOverview';
import { UpgradeOffer } from './UpgradeOffer';
import './inspector.css';

/** Renames the object in place: every reference to it follows (one undo step). */
function RenameForm({ pointer, onDone }: { pointer: string; onDone: () => void }) {
  const store = useStudioStore();
  const [name, setName] = useState(nameOf(pointer));
  const submit = () => {
    const next = name.trim();
    if (!next || next === nameOf(pointer)) return onDone();
    const renamed = childPointer(parentPointer(pointer), next);
    void store.getState().runVisualAction({ kind: 'rename', pointer, name: next }, { select: renamed }).then((result) => {
      if (result.ok) onDone();
    });
  };
  return (
    <form
      className="inspector-rename"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <input className="inspector-input" data-testid="inspector-rename-input" aria-label="New name" value={name} autoFocus onChange={(e) => setName(e.currentTarget.value)} onKeyDown={(e) => e.key === 'Escape' && onDone()} />
      <button type="submit" className="inspector-link" data-testid="inspector-rename-apply">
        Rename
      </button>
      <button type="button" className="inspector-link" onClick={onDone}>
        Cancel
      </button>
    </form>
  );
}

function Header({ pointer, form, readOnly }: { pointer: string; form: FormModel | null; readOnly: boolean }) {
  const store = useStudioStore();
  const [renaming, setRenaming] = useState(false);
  return (
    <div className="inspector-header">
      <nav className="inspector-path" aria-label="Where this object is">
        {openableAncestors(pointer).map((ancestor) => (
          <span key={ancestor}>
            <button type="button" className="inspector-crumb" onClick={() => void store.getState().inspect({ pointer: ancestor })}>
              {nameOf(ancestor)}
            </button>
            <span aria-hidden="true"> › </span>
          </span>
        ))}
      </nav>
      {renaming ? (
        <RenameForm key={pointer} pointer={pointer} onDone={() => setRenaming(false)} />
      ) : (
        <div className="inspector-title-row">
          {form && <span className={`inspector-kind inspector-kind-${form.kind}`}>{form.kind}</span>}
          <h3 className="inspector-title" data-testid="inspector-title" title={pointer}>
            {nameOf(pointer)}
          </h3>
          <span className="spacer" />
          {!readOnly && isRenamable(pointer) && (
            <button type="button" className="inspector-link" data-testid="inspector-rename" onClick={() => setRenaming(true)}>
              Rename
            </button>
          )}
          {!readOnly && isDeletable(pointer) && (
            <button type="button" className="inspector-link inspector-danger" data-testid="inspector-delete" onClick={() => store.getState().askToDelete(pointer)}>
              Delete
            </button>
          )}
        </div>
      )}
      {form?.description && (
        <p className="inspector-help inspector-object-help" title={form.description}>
          {form.description}
        </p>
      )}
    </div>
  );
}

function Fields({ form, readOnly }: { form: FormModel; readOnly: boolean }) {
  const store = useStudioStore();
  // What the object has comes first, then what it must have; the rest of what the specification allows after.
  // The split is kept while the same object is shown, so a field that gets a value does not jump away from the user.
  const shownFirst = (f: FormModel['fields'][number]) => f.value !== undefined || f.required;
  const [split, setSplit] = useState(() => ({ pointer: form.pointer, first: new Set(form.fields.filter(shownFirst).map((f) => f.name)) }));
  if (split.pointer !== form.pointer) setSplit({ pointer: form.pointer, first: new Set(form.fields.filter(shownFirst).map((f) => f.name)) });
  const basic = form.fields.filter((f) => !f.advanced);
  const first = split.pointer === form.pointer ? split.first : new Set(form.fields.filter(shownFirst).map((f) => f.name));
  const main = basic.filter((f) => first.has(f.name));
  const unset = basic.filter((f) => !first.has(f.name));
  const advanced = form.fields.filter((f) => f.advanced);
  return (
    <div className="inspector-fields">
      {form.isReference && form.referenceTarget && (
        <p className="inspector-note">
          This is a reference.{' '}
          <button type="button" className="inspector-link" data-testid="inspector-open" onClick={() => void store.getState().inspect({ pointer: form.referenceTarget! })}>
            Edit what it refers to
          </button>
        </p>
      )}
      {main.map((field) => (
        <InspectorField key={field.pointer} field={field} readOnly={readOnly} />
      ))}
      {unset.length > 0 && main.length > 0 && <h4 className="inspector-section">Not set yet</h4>}
      {unset.map((field) => (
        <InspectorField key={field.pointer} field={field} readOnly={readOnly} />
      ))}
      {advanced.length > 0 && (
        <details className="inspector-more">
          <summary>More keywords ({advanced.length})</summary>
          {advanced.map((field) => (
            <InspectorField key={field.pointer} field={field} readOnly={readOnly} />
          ))}
        </details>
      )}
    </div>
  );
}

/** The form of the selected object: generated from the specification of the document's own version. */
export default function InspectorPanel() {
  const inspector = useStudio(selectInspector);
  const readOnly = useStudio(selectReadOnly);
  const beforeV3 = useStudio(selectIsBeforeV3);
  if (!inspector || inspector.pointer === null) {
    return (
      <div className="inspector">
        <UpgradeOffer />
        <InspectorOverview />
      </div>
    );
  }
  const { pointer, form, loading, error } = inspector;
  return (
    <div className="inspector" aria-busy={loading} data-pointer={pointer}>
      <Header pointer={pointer} form={form} readOnly={readOnly} />
      <UpgradeOffer />
      {beforeV3 && <p className="inspector-note">AsyncAPI 2.x: the forms edit what 2.x allows. Connecting operations and messages freely needs 3.x.</p>}
      {readOnly && <p className="inspector-note">This document is read-only.</p>}
      {error && <p className="inspector-error">{error}</p>}
      {form ? <Fields form={form} readOnly={readOnly} /> : loading ? <p className="panel-placeholder">Loading the form…</p> : null}
    </div>
  );
}
