'use client';

import DocumentActions from '@/components/actions/DocumentActions';
import { PANELS } from '@/components/layout/panelRegistry';
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
        {PANELS.map((panel) => (
          <PanelToggle key={panel.name} panel={panel.name} label={panel.label} title={panel.title} testId={panel.toggleTestId} />
        ))}
      </nav>
    </header>
  );
}
