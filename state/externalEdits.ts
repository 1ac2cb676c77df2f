import { activeFile } from './filesSlice';
import type { ExternalEdit } from './filesSlice';
import type { StudioStore } from './store';

/**
 * Calls `listener` for each new whole-text replacement of the active file (a conversion, a file, a
 * merge from another tab). A tab switch is not an edit: the file shown has its own model already.
 */
export function subscribeExternalEdits(store: StudioStore, listener: (fileId: string, edit: ExternalEdit) => void): () => void {
  return store.subscribe(
    (s) => ({ fileId: s.activeId, edit: activeFile(s).externalEdit }),
    (next, previous) => {
      if (next.edit && next.fileId === previous.fileId) listener(next.fileId, next.edit);
    },
    { equalityFn: (a, b) => a.fileId === b.fileId && a.edit === b.edit },
  );
}
