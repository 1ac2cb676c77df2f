import { useEffect } from 'react';
import type { editor } from 'monaco-editor/editor/editor.api';
import { selectActiveFile } from '@/state/selectors';
import { useStudioStore } from '@/state/useStudio';
import { replaceModelText } from './applyExternalEdit';

/**
 * When the editor shows another document's model (a tab switch), makes sure the model holds the
 * document's text (another browser tab may have updated it meanwhile) and puts the cursor back.
 */
export function useActiveModel(instance: editor.IStandaloneCodeEditor | null): void {
  const store = useStudioStore();
  useEffect(() => {
    if (!instance) return;
    const listener = instance.onDidChangeModel(() => {
      const model = instance.getModel();
      if (!model) return;
      const { text, cursor } = selectActiveFile(store.getState());
      replaceModelText(model, text);
      const position = { lineNumber: cursor.line, column: cursor.column };
      instance.setPosition(position);
      instance.revealPositionInCenterIfOutsideViewport(position);
    });
    return () => listener.dispose();
  }, [instance, store]);
}
