'use client';

import { useEffect, useState } from 'react';
import type { Reference } from '@/lib/edit/references';
import { Modal } from '@/components/dialogs/Modal';
import { selectDeleteRequest } from '@/state/selectors';
import { useStudio, useStudioStore } from '@/state/useStudio';
import { choiceLabel, nameOf } from './fieldDisplay';
import './inspector.css';

/** Where a reference sits, as a person reads it: the object that holds it, then the place inside it. */
function describe(reference: Reference): { owner: string; place: string } {
  const inside = reference.pointer.slice(reference.owner.length).replace(/\/\$ref$/, '');
  return { owner: choiceLabel(reference.owner), place: inside.split('/').filter(Boolean).join(' › ') };
}

/**
 * Deleting an object: the list of what refers to it, and the choice to remove those references too
 * (otherwise they are left pointing at nothing, and the problems panel lists them). One undo step.
 */
export default function DeleteDialog() {
  const store = useStudioStore();
  const request = useStudio(selectDeleteRequest);
  const pointer = request?.pointer ?? null;
  const [references, setReferences] = useState<{ pointer: string; list: Reference[] | null } | null>(null);
  const [removeReferences, setRemoveReferences] = useState(true);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!pointer) return;
    let current = true;
    void store.getState().referencesTo(pointer).then((list) => {
      if (current) setReferences({ pointer, list });
    });
    return () => {
      current = false;
    };
  }, [pointer, store]);

  if (!pointer) return null;
  const close = () => store.getState().closeDeleteRequest();
  const list = references?.pointer === pointer ? references.list : undefined;
  const confirm = () => {
    setBusy(true);
    void store
      .getState()
      .runVisualAction({ kind: 'delete', pointer, removeReferences: removeReferences && (list?.length ?? 0) > 0 }, { select: null })
      .then((result) => {
        setBusy(false);
        if (result.ok) close();
      });
  };
  const footer = (
    <>
      <button type="button" className="button" onClick={close}>
        Cancel
      </button>
      <button type="button" className="button button-danger" data-testid="delete-confirm" disabled={busy || list === undefined} onClick={confirm}>
        Delete
      </button>
    </>
  );
  return (
    <Modal title={`Delete “${nameOf(pointer)}”?`} testId="delete-dialog" onClose={close} footer={footer}>
      <p className="delete-what">
        <code>{pointer}</code>
      </p>
      {list === undefined && <p className="panel-placeholder">Looking for references…</p>}
      {list === null && <p className="inspector-error">The references could not be listed; deleting removes only the object.</p>}
      {list && list.length === 0 && <p data-testid="delete-no-references">Nothing else in the document refers to it.</p>}
      {list && list.length > 0 && (
        <>
          <p>
            {list.length === 1 ? 'One place refers' : `${list.length} places refer`} to it:
          </p>
          <ul className="delete-references">
            {list.map((reference) => {
              const { owner, place } = describe(reference);
              return (
                <li key={reference.pointer} data-testid="delete-reference" data-path={reference.pointer}>
                  <strong>{owner}</strong>
                  {place && <span className="delete-place"> › {place}</span>}
                </li>
              );
            })}
          </ul>
          <label className="check">
            <input type="checkbox" data-testid="delete-remove-references" checked={removeReferences} onChange={(e) => setRemoveReferences(e.currentTarget.checked)} />
            Remove these references too (an operation goes with its channel reference)
          </label>
        </>
      )}
    </Modal>
  );
}
