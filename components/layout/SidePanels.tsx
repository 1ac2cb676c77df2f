'use client';

import dynamic from 'next/dynamic';
import type { ReactNode } from 'react';
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
        <SidePanel testId="outline" label="Outline" title="Outline" name="outline" narrow>
          <OutlinePanel />
        </SidePanel>
      )}
      {panels.lab && (
        <SidePanel testId="message-lab" label="Message lab" title="Message lab" name="message lab">
          <MessageLabPanel />
        </SidePanel>
      )}
      {panels.generate && (
        <SidePanel testId="generate" label="Generate code" title="Generate models" name="generate">
          <GeneratePanel />
        </SidePanel>
      )}
    </aside>
  );
}

interface SidePanelProps {
  testId: string;
  label: string;
  title: string;
  name: string;
  narrow?: boolean;
  children: ReactNode;
}

/** A titled panel whose failure stays inside it. */
function SidePanel({ testId, label, title, name, narrow = false, children }: SidePanelProps) {
  return (
    <section className={narrow ? 'side-panel side-panel-narrow' : 'side-panel'} data-testid={testId} aria-label={label}>
      <header className="panel-header">
        <h2>{title}</h2>
      </header>
      <PanelErrorBoundary name={name}>{children}</PanelErrorBoundary>
    </section>
  );
}
