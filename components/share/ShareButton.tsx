'use client';

import { useState } from 'react';
import { Share2 } from 'lucide-react';
import { ToolbarButton } from '@/components/toolbar/ToolbarButton';
import { ShareDialog } from './ShareDialog';
import './share.css';

/** Opens the share dialog for the active document. */
export function ShareButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <ToolbarButton testId="share-button" icon={Share2} label="Share" labelMode="optional" hint="Share a link to this document" aria-haspopup="dialog" onClick={() => setOpen(true)} />
      {open && <ShareDialog onClose={() => setOpen(false)} />}
    </>
  );
}
