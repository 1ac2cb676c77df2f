'use client';

import { LabToggle } from '@/components/messageLab/LabToggle';
import { OutlineToggle } from '@/components/outline/OutlineToggle';
import DocumentActions from '@/components/actions/DocumentActions';
import { PreviewToggle } from '@/components/preview/PreviewToggle';
import { ShareButton } from '@/components/share/ShareButton';
import { OpenFileButton } from './OpenFileButton';
import { VisualizerToggle } from '@/components/visualizer/VisualizerToggle';

/** The studio's top bar: its name and the document-level actions. */
export default function Toolbar() {
  return (
    <header className="toolbar">
      <h1 className="toolbar-title">AsyncAPI Studio</h1>
      <nav className="toolbar-actions" aria-label="Document">
        <OpenFileButton />
        <DocumentActions />
        <ShareButton />
      </nav>
      <nav className="toolbar-actions toolbar-panels" aria-label="Panels">
        <PreviewToggle />
        <VisualizerToggle />
        <OutlineToggle />
        <LabToggle />
      </nav>
    </header>
  );
}
