import { useCallback } from 'react';
import { readDocumentFile } from '@/lib/files/documentFile';
import { useStudioStore } from '@/state/useStudio';

/** Opens a file from disk in a new tab beside the user's work, or says why it could not. */
export function useOpenFile(): (file: File) => Promise<void> {
  const store = useStudioStore();
  return useCallback(
    async (file: File) => {
      const result = await readDocumentFile(file);
      const state = store.getState();
      if (!result.ok) {
        state.notify('error', result.message);
        return;
      }
      state.openDocument(result.text, result.name);
      state.notify('info', `Opened “${result.name}” in a new tab.`);
    },
    [store],
  );
}
