'use client';

import { useEffect, useRef, useState } from 'react';
import { ChevronDown, Download } from 'lucide-react';
import { ToolbarButton } from '@/components/toolbar/ToolbarButton';
import type { DocumentFormat } from '@/lib/analysis/documentFormat';
import { canPickSaveFile, rememberedFileName } from './fileSaving';
import type { SaveDocument } from './useSaveDocument';
import { selectActiveId } from '@/state/selectors';
import { useStudio } from '@/state/useStudio';

/**
 * Download (the document's own format, always a plain download) plus a small menu: the other format,
 * and "Save to file…" through the browser's file picker, which remembers the file for the next save.
 */
export function DownloadMenu({ format, save }: { format: DocumentFormat; save: SaveDocument }) {
  const activeId = useStudio(selectActiveId);
  const [open, setOpen] = useState(false);
  const anchor = useRef<HTMLDivElement>(null);
  const other: DocumentFormat = format === 'json' ? 'yaml' : 'json';

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!anchor.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  const choose = (run: () => Promise<void>) => {
    setOpen(false);
    void run();
  };
  const remembered = open ? rememberedFileName(activeId) : undefined;

  return (
    <div className="split-button">
      <ToolbarButton testId="download-button" icon={Download} label="Download" labelMode="optional" hint={`Download as ${format.toUpperCase()}`} shortcut="Ctrl/Cmd+S" onClick={() => void save.download()} />
      <div className="menu-anchor" ref={anchor}>
        <button type="button" data-testid="download-menu" className="toolbar-button" aria-haspopup="menu" aria-expanded={open} aria-label="More ways to save" title="More ways to save" onClick={() => setOpen(!open)}>
          <ChevronDown size={14} aria-hidden="true" />
        </button>
        {open && (
          <div className="menu" role="menu">
            <button type="button" role="menuitem" data-testid="download-other-format" onClick={() => choose(() => save.download(other))}>
              Download as {other.toUpperCase()}
            </button>
            <button type="button" role="menuitem" data-testid="save-to-file" onClick={() => choose(() => save.saveToFile(false))}>
              {remembered ? `Save to “${remembered}”` : canPickSaveFile() ? 'Save to file…' : 'Save to file… (downloads here)'}
            </button>
            {remembered && (
              <button type="button" role="menuitem" data-testid="save-as" onClick={() => choose(() => save.saveToFile(true))}>
                Save as another file…
              </button>
            )}
          </div>
        )}
      </div>
    </div>
  );
}
