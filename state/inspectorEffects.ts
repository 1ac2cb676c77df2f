import { activeFile } from './filesSlice';
import type { StudioStore } from './store';

/** Typing changes the text often: the inspector's form follows after a short pause, not per keystroke. */
export const INSPECTOR_REFRESH_MS = 150;

/**
 * Keeps the inspector on the active file: its form follows every change of the text (typing, undo, a visual
 * edit), and switching to another file clears it (that file's objects are others). Returns the disposer.
 */
export function startInspectorEffects(store: StudioStore, delayMs = INSPECTOR_REFRESH_MS): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const cancel = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
  const unsubscribe = store.subscribe(
    (s) => `${s.activeId}:${activeFile(s).version}`,
    () => {
      const s = store.getState();
      cancel();
      if (!s.inspector) return;
      if (s.inspector.fileId !== s.activeId) {
        s.clearInspector();
        return;
      }
      timer = setTimeout(() => {
        timer = null;
        void store.getState().refreshInspector();
      }, delayMs);
    },
  );
  return () => {
    cancel();
    unsubscribe();
  };
}
