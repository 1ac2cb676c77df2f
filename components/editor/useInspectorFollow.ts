import { useEffect } from 'react';
import type { editor } from 'monaco-editor/editor/editor.api';
import { useStudioStore } from '@/state/useStudio';

/** The cursor settles before the inspector asks for the form of the object around it. */
const FOLLOW_DELAY_MS = 200;

/**
 * While the inspector is open, placing the cursor in the editor (by keyboard or mouse) opens the form of
 * the object around it. Moves caused by edits (a visual edit, undo) or by navigation do not: the inspector
 * keeps what the user chose.
 */
export function useInspectorFollow(instance: editor.IStandaloneCodeEditor | null): void {
  const store = useStudioStore();
  useEffect(() => {
    if (!instance) return;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const listener = instance.onDidChangeCursorPosition((event) => {
      if (event.source !== 'mouse' && event.source !== 'keyboard') return;
      if (!store.getState().panels.inspector) return;
      if (timer) clearTimeout(timer);
      const { lineNumber, column } = event.position;
      timer = setTimeout(() => {
        timer = null;
        void store.getState().inspect({ line: lineNumber, column });
      }, FOLLOW_DELAY_MS);
    });
    return () => {
      if (timer) clearTimeout(timer);
      listener.dispose();
    };
  }, [instance, store]);
}
