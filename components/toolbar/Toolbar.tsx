'use client';

import { ShareButton } from '@/components/share/ShareButton';
import { OpenFileButton } from './OpenFileButton';

/** The studio's top bar: its name and the document-level actions. */
export default function Toolbar() {
  return (
    <header className="toolbar">
      <h1 className="toolbar-title">AsyncAPI Studio</h1>
      <nav className="toolbar-actions" aria-label="Document">
        <OpenFileButton />
        <ShareButton />
      </nav>
    </header>
  );
}
