import { useCallback } from 'react';
import { readDocumentFile } from '@/lib/files/documentFile';
import { useStudioStore } from '@/state/useStudio';

/** Opens a file from disk into the editor (one undoable edit), or says why it could not. */
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
      state.replaceText(result.text);
      state.notify('info', `Opened “${result.name}”.`);
    },
    [store],
  );
}
