'use client';

import { selectLabOpen } from '@/state/selectors';
import { useStudio, useStudioStore } from '@/state/useStudio';

/** Shows or hides the message lab. */
export function LabToggle() {
  const open = useStudio(selectLabOpen);
  const store = useStudioStore();
  return (
    <button type="button" className="toolbar-button" data-testid="show-lab" aria-pressed={open} onClick={() => store.getState().togglePanel('lab')}>
      Message lab
    </button>
  );
}
