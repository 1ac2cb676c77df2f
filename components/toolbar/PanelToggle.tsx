'use client';

import type { PanelDefinition } from '@/components/layout/panelRegistry';
import { selectPanels } from '@/state/selectors';
import { useStudio, useStudioStore } from '@/state/useStudio';
import { ToolbarButton } from './ToolbarButton';

/**
 * Opens one of the side panels, or brings its tab to the front; hides it when it is already in front
 * (test id `show-<panel>` unless the panel names another, pressed while open).
 */
export function PanelToggle({ panel }: { panel: PanelDefinition }) {
  const open = useStudio(selectPanels)[panel.name];
  const store = useStudioStore();
  return (
    <ToolbarButton
      testId={panel.toggleTestId ?? `show-${panel.name}`}
      icon={panel.icon}
      label={panel.label}
      hint={panel.title}
      aria-pressed={open}
      aria-label={panel.label}
      onClick={() => store.getState().togglePanel(panel.name)}
    />
  );
}
