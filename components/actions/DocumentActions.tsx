'use client';

import { useCallback } from 'react';
import { selectFormat } from '@/state/selectors';
import { useStudio, useStudioStore } from '@/state/useStudio';
import '@/components/dialogs/dialogs.css';
import { DownloadMenu } from './DownloadMenu';
import { formatFocusedEditor } from './formatFocusedEditor';
import type { ShortcutAction } from './shortcuts';
import { useForgetSavedFile } from './useForgetSavedFile';
import { useFormatSwap } from './useFormatSwap';
import { useSaveDocument } from './useSaveDocument';
import { useShortcuts } from './useShortcuts';
import { useYamlFormatter } from './useYamlFormatter';

/** New, convert, YAML↔JSON, download and the shortcuts that reach them. */
export default function DocumentActions() {
  const store = useStudioStore();
  const format = useStudio(selectFormat);
  const save = useSaveDocument();
  const { busy, swap } = useFormatSwap();
  useYamlFormatter();
  useForgetSavedFile();

  const run = useCallback(
    (action: ShortcutAction) => {
      const state = store.getState();
      if (action === 'open') document.querySelector<HTMLInputElement>('input[type="file"][data-testid="open-file-input"]')?.click();
      else if (action === 'download') void save.download();
      else if (action === 'save-to-file') void save.saveToFile(false);
      else if (action === 'convert') state.openDialog('convert');
      else if (action === 'format') formatFocusedEditor();
      else state.openDialog('shortcuts');
    },
    [save, store],
  );
  useShortcuts(run);

  return (
    <>
      <button type="button" data-testid="new-document" className="toolbar-button" onClick={() => store.getState().openDialog('templates')}>
        New…
      </button>
      <button type="button" data-testid="convert-button" className="toolbar-button" onClick={() => store.getState().openDialog('convert')} title="Convert to another AsyncAPI version (Ctrl/Cmd+Shift+U)">
        Convert…
      </button>
      <button type="button" data-testid="format-swap" className="toolbar-button" disabled={busy} onClick={() => void swap()} title="Rewrite the document in the other format (one undoable edit)">
        {busy ? 'Converting…' : format === 'json' ? 'To YAML' : 'To JSON'}
      </button>
      <DownloadMenu format={format} save={save} />
      <button type="button" data-testid="shortcuts-help" className="toolbar-button" aria-label="Keyboard shortcuts" title="Keyboard shortcuts (?)" onClick={() => store.getState().openDialog('shortcuts')}>
        ?
      </button>
    </>
  );
}
