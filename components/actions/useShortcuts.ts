import { useEffect } from 'react';
import { useStudioStore } from '@/state/useStudio';
import { shortcutFor } from './shortcuts';
import type { ShortcutAction } from './shortcuts';

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
}

/**
 * The studio's shortcuts, heard on window in the capture phase so they work while Monaco has focus
 * (and Ctrl/Cmd+S never opens the browser's own "Save page").
 */
export function useShortcuts(run: (action: ShortcutAction) => void): void {
  const store = useStudioStore();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      const action = shortcutFor(event, isEditable(event.target));
      if (!action) return;
      event.preventDefault();
      event.stopPropagation();
      // An open dialog owns the keyboard; the shortcut still does not reach the browser.
      if (store.getState().dialog !== null) return;
      run(action);
    };
    window.addEventListener('keydown', onKeyDown, { capture: true });
    return () => window.removeEventListener('keydown', onKeyDown, { capture: true });
  }, [run, store]);
}
