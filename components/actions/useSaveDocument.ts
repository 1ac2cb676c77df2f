import { useCallback } from 'react';
import { useStudioStore } from '@/state/useStudio';
import { convertClient } from '@/workers/convertClient';
import type { TextFormatName } from '@/workers/protocol';
import { canPickSaveFile, downloadText, saveWithPicker } from './fileSaving';

export interface SaveDocument {
  /** A plain download, in `format` (the document's own format when absent). */
  download: (format?: TextFormatName) => Promise<void>;
  /** Writes to a file on disk through the browser's file picker; a download where there is none. */
  saveToFile: (askAgain: boolean) => Promise<void>;
}

/** Saving the document: the worker writes the text (and converts the format when asked) and names the file. */
export function useSaveDocument(): SaveDocument {
  const store = useStudioStore();

  const prepare = useCallback(
    async (format?: TextFormatName) => {
      const { text, version, format: current } = store.getState();
      const outcome = await convertClient().prepareSave(version, { text, format: format ?? current });
      const notify = store.getState().notify;
      if (outcome.kind === 'superseded') return undefined;
      if (outcome.kind === 'failed') {
        notify('error', `The document was not saved: ${outcome.reason}`);
        return undefined;
      }
      if (!outcome.result.ok) {
        notify('error', `The document was not saved as ${(format ?? current).toUpperCase()}: ${outcome.result.message}`);
        return undefined;
      }
      return outcome.result;
    },
    [store],
  );

  const download = useCallback(
    async (format?: TextFormatName) => {
      const prepared = await prepare(format);
      if (prepared) downloadText(prepared.text, prepared.fileName, prepared.format);
    },
    [prepare],
  );

  const saveToFile = useCallback(
    async (askAgain: boolean) => {
      const prepared = await prepare();
      if (!prepared) return;
      if (!canPickSaveFile()) {
        downloadText(prepared.text, prepared.fileName, prepared.format);
        return;
      }
      const saved = await saveWithPicker(store.getState().activeId, prepared.text, prepared.fileName, prepared.format, askAgain);
      if (saved.ok) store.getState().notify('info', `Saved to “${saved.name}”.`);
      else if (!saved.cancelled) store.getState().notify('error', `The file was not written: ${saved.message}`);
    },
    [prepare, store],
  );

  return { download, saveToFile };
}
