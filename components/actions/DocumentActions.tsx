'use client';

import { useCallback } from 'react';
import { ArrowLeftRight, FilePlus, Repeat } from 'lucide-react';
import { ToolbarButton } from '@/components/toolbar/ToolbarButton';
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
      <ToolbarButton testId="new-document" icon={FilePlus} label="New" labelMode="optional" hint="A new document from a template" onClick={() => store.getState().openDialog('templates')} />
      <ToolbarButton
        testId="convert-button"
        icon={Repeat}
        label="Convert"
        labelMode="optional"
        hint="Convert to another AsyncAPI version"
        shortcut="Ctrl/Cmd+Shift+U"
        onClick={() => store.getState().openDialog('convert')}
      />
      <ToolbarButton
        testId="format-swap"
        icon={ArrowLeftRight}
        label={busy ? 'Converting…' : format === 'json' ? 'To YAML' : 'To JSON'}
        labelMode="optional"
        hint="Rewrite the document in the other format (one undoable edit)"
        disabled={busy}
        onClick={() => void swap()}
      />
      <DownloadMenu format={format} save={save} />
    </>
  );
}
