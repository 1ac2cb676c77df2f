import type { StudioStore } from '@/state/store';

/** Opens text as a new document in its own tab, beside the user's work. */
export function openAsNewDocument(store: StudioStore, text: string, name: string): void {
  const state = store.getState();
  state.openDocument(text, `${name}.yaml`);
  state.notify('info', `Opened the “${name}” template in a new tab.`);
}
