import { useEffect } from 'react';
import type { editor } from 'monaco-editor/editor/editor.api';
import { subscribeExternalEdits } from '@/state/externalEdits';
import { useStudioStore } from '@/state/useStudio';

/** Replaces a model's whole text as one undoable edit (Ctrl/Cmd+Z restores); works on read-only documents too. */
export function replaceModelText(model: editor.ITextModel, text: string): void {
  if (model.getValue() === text) return;
  model.pushStackElement();
  model.pushEditOperations([], [{ range: model.getFullModelRange(), text, forceMoveMarkers: true }], () => null);
  model.pushStackElement();
}

/** Applies whole-text replacements from outside the editor to the active document's model. */
export function useExternalEdits(instance: editor.IStandaloneCodeEditor | null): void {
  const store = useStudioStore();
  useEffect(() => {
    if (!instance) return;
    return subscribeExternalEdits(store, (_fileId, edit) => {
      const model = instance.getModel();
      if (!model || model.getValue() === edit.text) return;
      replaceModelText(model, edit.text);
      instance.setPosition({ lineNumber: 1, column: 1 });
      instance.revealLine(1);
    });
  }, [instance, store]);
}
