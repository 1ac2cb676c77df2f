import { useCallback } from 'react';
import type { DocumentFormat } from '@/lib/analysis/documentFormat';
import { useStudioStore } from '@/state/useStudio';
import { canPickSaveFile, downloadText, saveWithPicker } from './fileSaving';

export interface SaveDocument {
  /** A plain download, in `format` (the document's own format when absent). */
  download: (format?: DocumentFormat) => Promise<void>;
  /** Writes to a file on disk through the browser's file picker; a download where there is none. */
  saveToFile: (askAgain: boolean) => Promise<void>;
}

/** Saving the document: the worker writes the text (and converts the format when asked) and names the file. */
export function useSaveDocument(): SaveDocument {
  const store = useStudioStore();

  const download = useCallback(
    async (format?: DocumentFormat) => {
      const prepared = await store.getState().prepareSave(format);
      if (prepared) downloadText(prepared.text, prepared.fileName, prepared.format);
    },
    [store],
  );

  const saveToFile = useCallback(
    async (askAgain: boolean) => {
      // The prepared text names the file it was prepared from: a tab switched meanwhile changes nothing.
      const prepared = await store.getState().prepareSave();
      if (!prepared) return;
      if (!canPickSaveFile()) {
        downloadText(prepared.text, prepared.fileName, prepared.format);
        return;
      }
      const saved = await saveWithPicker(prepared.fileId, prepared.text, prepared.fileName, prepared.format, askAgain);
      if (saved.ok) store.getState().notify('info', `Saved to “${saved.name}”.`);
      else if (!saved.cancelled) store.getState().notify('error', `The file was not written: ${saved.message}`);
    },
    [store],
  );

  return { download, saveToFile };
}
