'use client';

import { PanelErrorBoundary } from '@/components/common/PanelErrorBoundary';
import PreviewPanel from '@/components/preview/PreviewPanel';
import { selectPanels } from '@/state/selectors';
import { useStudio } from '@/state/useStudio';

/** The panels beside the editor (documentation preview, visualizer), shown when the user opens them. */
export default function SidePanels() {
  const panels = useStudio(selectPanels);
  const open = Object.values(panels).some(Boolean);
  if (!open) return null;
  return (
    <aside className="side-panels" aria-label="Panels">
      {panels.preview && (
        <PanelErrorBoundary name="preview">
          <PreviewPanel />
        </PanelErrorBoundary>
      )}
    </aside>
  );
}
