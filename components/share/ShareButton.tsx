'use client';

import { useState } from 'react';
import { ShareDialog } from './ShareDialog';
import './share.css';

/** Opens the share dialog for the active document. */
export function ShareButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" data-testid="share-button" className="toolbar-button" aria-haspopup="dialog" onClick={() => setOpen(true)} title="Share a link to this document">
        Share…
      </button>
      {open && <ShareDialog onClose={() => setOpen(false)} />}
    </>
  );
}
