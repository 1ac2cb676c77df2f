import type { StudioStore } from '@/state/store';

/**
 * Opens text as a new document. For now it replaces the current text as one undoable edit;
 * when documents get tabs, this is the one place to switch to "open in a new tab".
 */
export function openAsNewDocument(store: StudioStore, text: string, name: string): void {
  const state = store.getState();
  state.replaceText(text);
  state.notify('info', `New document from “${name}”. Undo (Ctrl/Cmd+Z in the editor) brings the previous text back.`);
}
