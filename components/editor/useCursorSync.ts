import { useEffect } from 'react';
import type { editor } from 'monaco-editor/editor/editor.api';
import { useStudioStore } from '@/state/useStudio';

/** Reports the cursor to the store at most once per animation frame (panels highlight what it is in). */
export function useCursorSync(instance: editor.IStandaloneCodeEditor | null): void {
  const store = useStudioStore();
  useEffect(() => {
    if (!instance) return;
    let frame = 0;
    const listener = instance.onDidChangeCursorPosition((event) => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => store.getState().setCursor(event.position.lineNumber, event.position.column));
    });
    return () => {
      cancelAnimationFrame(frame);
      listener.dispose();
    };
  }, [instance, store]);
}
