'use client';

import DocumentActions from '@/components/actions/DocumentActions';
import { ShareButton } from '@/components/share/ShareButton';
import { OpenFileButton } from './OpenFileButton';
import { PanelToggle } from './PanelToggle';

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
        <PanelToggle panel="preview" label="Documentation" title="Show the rendered documentation beside the editor" />
        <PanelToggle panel="visualizer" label="Visualizer" title="Show who produces and who consumes what" />
        <PanelToggle panel="outline" label="Outline" title="Servers, channels, operations, messages and schemas" />
        <PanelToggle panel="lab" label="Message lab" title="Check example messages against the document's schemas" />
        <PanelToggle panel="generate" label="Generate" title="Typed models of the messages in TypeScript, Java, Python, Go, C#, Rust or Kotlin" />
      </nav>
    </header>
  );
}
