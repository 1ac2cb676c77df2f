'use client';

import { selectPanels } from '@/state/selectors';
import { useStudio, useStudioStore } from '@/state/useStudio';

/** Shows or hides the topology graph beside the editor. */
export function VisualizerToggle() {
  const open = useStudio(selectPanels).visualizer;
  const store = useStudioStore();
  return (
    <button
      type="button"
      className="toolbar-button"
      data-testid="show-visualizer"
      aria-pressed={open}
      title="Show who produces and who consumes what"
      onClick={() => store.getState().togglePanel('visualizer')}
    >
      Visualizer
    </button>
  );
}
