import { useEffect } from 'react';
import { selectExternalEdit } from '@/state/selectors';
import { useStudioStore } from '@/state/useStudio';
import { onWholeTextReplaced } from './fileSaving';

/** A new document (file, template, other format) lets go of the file "Save to file" wrote last. */
export function useForgetSavedFile(): void {
  const store = useStudioStore();
  useEffect(
    () =>
      store.subscribe(selectExternalEdit, (edit) => {
        if (edit) onWholeTextReplaced(store.getState().activeId, edit.text);
      }),
    [store],
  );
}
