'use client';

import { selectPreviewOpen } from '@/state/selectors';
import { useStudio, useStudioStore } from '@/state/useStudio';

/** Shows or hides the documentation preview beside the editor. */
export function PreviewToggle() {
  const open = useStudio(selectPreviewOpen);
  const store = useStudioStore();
  return (
    <button
      type="button"
      className="toolbar-button"
      data-testid="show-preview"
      aria-pressed={open}
      title="Show the rendered documentation beside the editor"
      onClick={() => store.getState().togglePanel('preview')}
    >
      Documentation
    </button>
  );
}
