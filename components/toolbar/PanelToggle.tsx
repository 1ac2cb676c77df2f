'use client';

import type { PanelName } from '@/state/uiSlice';
import { selectPanels } from '@/state/selectors';
import { useStudio, useStudioStore } from '@/state/useStudio';

/** Shows or hides one of the panels beside the editor (test id `show-<panel>` unless given, pressed while shown). */
export function PanelToggle({ panel, label, title, testId }: { panel: PanelName; label: string; title: string; testId?: string }) {
  const open = useStudio(selectPanels)[panel];
  const store = useStudioStore();
  return (
    <button type="button" className="toolbar-button" data-testid={testId ?? `show-${panel}`} aria-pressed={open} title={title} onClick={() => store.getState().togglePanel(panel)}>
      {label}
    </button>
  );
}
