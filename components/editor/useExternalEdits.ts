import { useEffect } from 'react';
import type { editor } from 'monaco-editor/editor/editor.api';
import { selectExternalEdit } from '@/state/selectors';
import { useStudioStore } from '@/state/useStudio';

/** Applies whole-text replacements from outside the editor as one undoable edit (Ctrl/Cmd+Z restores). */
export function useExternalEdits(instance: editor.IStandaloneCodeEditor | null): void {
  const store = useStudioStore();
  useEffect(() => {
    if (!instance) return;
    return store.subscribe(selectExternalEdit, (edit) => {
      const model = instance.getModel();
      if (!edit || !model || model.getValue() === edit.text) return;
      instance.pushUndoStop();
      instance.executeEdits('studio', [{ range: model.getFullModelRange(), text: edit.text, forceMoveMarkers: true }]);
      instance.pushUndoStop();
      instance.setPosition({ lineNumber: 1, column: 1 });
      instance.revealLine(1);
    });
  }, [instance, store]);
}
