'use client';

import dynamic from 'next/dynamic';
import { PanelErrorBoundary } from '@/components/common/PanelErrorBoundary';
import PreviewPanel from '@/components/preview/PreviewPanel';
import { selectPanels } from '@/state/selectors';
import { useStudio } from '@/state/useStudio';
import { LazyVisualizer } from '@/components/visualizer/LazyVisualizer';

const loading = () => <p className="panel-placeholder">Loading…</p>;
// Each panel's code loads when it is first opened, so the studio starts with the editor alone.
const OutlinePanel = dynamic(() => import('@/components/outline/OutlinePanel'), { ssr: false, loading });
const MessageLabPanel = dynamic(() => import('@/components/messageLab/MessageLabPanel'), { ssr: false, loading });
const GeneratePanel = dynamic(() => import('@/components/generate/GeneratePanel'), { ssr: false, loading });

/** The panels beside the editor, shown when the user opens them. */
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
      {panels.visualizer ? <PanelErrorBoundary name="visualizer"><LazyVisualizer /></PanelErrorBoundary> : null}
      {panels.outline && (
        <section className="side-panel side-panel-narrow" data-testid="outline" aria-label="Outline">
          <header className="panel-header">
            <h2>Outline</h2>
          </header>
          <PanelErrorBoundary name="outline">
            <OutlinePanel />
          </PanelErrorBoundary>
        </section>
      )}
      {panels.lab && (
        <section className="side-panel" data-testid="message-lab" aria-label="Message lab">
          <header className="panel-header">
            <h2>Message lab</h2>
          </header>
          <PanelErrorBoundary name="message lab">
            <MessageLabPanel />
          </PanelErrorBoundary>
        </section>
      )}
      {panels.generate && (
        <section className="side-panel" data-testid="generate" aria-label="Generate code">
          <header className="panel-header">
            <h2>Generate models</h2>
          </header>
          <PanelErrorBoundary name="generate">
            <GeneratePanel />
          </PanelErrorBoundary>
        </section>
      )}
    </aside>
  );
}
