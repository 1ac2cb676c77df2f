import { useEffect } from 'react';
import type { editor } from 'monaco-editor/editor/editor.api';
import { subscribeExternalEdits } from '@/state/externalEdits';
import { useStudioStore } from '@/state/useStudio';
import { applyExternalEdit } from './applyExternalEdit';

/**
 * Applies changes from outside the editor to the active document's model, each as one undo step: a whole
 * text (a conversion, a file) puts the cursor at the top; range edits (a visual edit) keep it and show the change.
 */
export function useExternalEdits(instance: editor.IStandaloneCodeEditor | null): void {
  const store = useStudioStore();
  useEffect(() => {
    if (!instance) return;
    return subscribeExternalEdits(store, (_fileId, edit) => {
      const model = instance.getModel();
      if (!model) return;
      const applied = applyExternalEdit(model, edit);
      if (applied.how === 'replaced') {
        instance.setPosition({ lineNumber: 1, column: 1 });
        instance.revealLine(1);
      } else if (applied.firstChange) {
        instance.revealRangeInCenterIfOutsideViewport(applied.firstChange);
      }
    });
  }, [instance, store]);
}
