import { useEffect } from 'react';
import { subscribeExternalEdits } from '@/state/externalEdits';
import { useStudioStore } from '@/state/useStudio';
import { onWholeTextReplaced } from './fileSaving';

/** A new document (file, template, other format) lets go of the file "Save to file" wrote last. */
export function useForgetSavedFile(): void {
  const store = useStudioStore();
  useEffect(() => subscribeExternalEdits(store, (fileId, edit) => onWholeTextReplaced(fileId, edit.text)), [store]);
}
