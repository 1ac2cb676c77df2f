'use client';

import { selectOutlineOpen } from '@/state/selectors';
import { useStudio, useStudioStore } from '@/state/useStudio';

/** Shows or hides the outline. */
export function OutlineToggle() {
  const open = useStudio(selectOutlineOpen);
  const store = useStudioStore();
  return (
    <button type="button" className="toolbar-button" data-testid="show-outline" aria-pressed={open} onClick={() => store.getState().togglePanel('outline')}>
      Outline
    </button>
  );
}
