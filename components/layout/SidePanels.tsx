'use client';

import { PanelErrorBoundary } from '@/components/common/PanelErrorBoundary';
import { selectPanels } from '@/state/selectors';
import { useStudio } from '@/state/useStudio';
import { PANELS } from './panelRegistry';
import type { PanelDefinition } from './panelRegistry';

/** The panels beside the editor, shown when the user opens them. */
export default function SidePanels() {
  const panels = useStudio(selectPanels);
  const open = PANELS.filter((panel) => panels[panel.name]);
  if (open.length === 0) return null;
  return (
    <aside className="side-panels" aria-label="Panels">
      {open.map((panel) => (
        <SidePanel key={panel.name} panel={panel} />
      ))}
    </aside>
  );
}

/** One panel whose failure stays inside it; framed with a title unless it brings its own header. */
function SidePanel({ panel }: { panel: PanelDefinition }) {
  const { frame } = panel;
  const content = <PanelErrorBoundary name={panel.label.toLowerCase()}>{panel.render()}</PanelErrorBoundary>;
  if (!frame) return content;
  return (
    <section className={frame.narrow ? 'side-panel side-panel-narrow' : 'side-panel'} data-testid={frame.testId} aria-label={frame.heading}>
      <header className="panel-header">
        <h2>{frame.heading}</h2>
      </header>
      {content}
    </section>
  );
}
