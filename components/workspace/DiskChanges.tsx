'use client';

import { useStudio, useStudioStore } from '@/state/useStudio';
import type { StudioState } from '@/state/studioState';

const selectDiskChanges = (s: StudioState) => s.diskChanges;

/** Files changed on disk since the studio read them: each offered for reload, or kept as they are here. */
export default function DiskChanges() {
  const store = useStudioStore();
  const changes = useStudio(selectDiskChanges);
  if (changes.length === 0) return null;
  return (
    <ul className="disk-changes" aria-label="Files changed on disk">
      {changes.map((change) => (
        <li key={change.id} data-testid="disk-change" data-path={change.path} className="disk-change">
          <span>
            “{change.path}” changed on disk{change.changedHere ? ' (and here: reloading drops your changes)' : ''}.
          </span>
          <button type="button" data-testid="disk-reload" className="tab-action" onClick={() => store.getState().reloadDiskChange(change.id)}>
            Reload
          </button>
          <button type="button" data-testid="disk-keep" className="tab-action" onClick={() => store.getState().keepMine(change.id)}>
            Keep mine
          </button>
        </li>
      ))}
    </ul>
  );
}
