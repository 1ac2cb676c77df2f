import { useEffect } from 'react';
import type { RefObject } from 'react';
import { keyAtLine, sectionIdsForKey } from '@/lib/preview/previewSections';
import { selectCursorLine, selectSourceLines } from '@/state/selectors';
import { useStudioStore } from '@/state/useStudio';

/** Scrolls the preview to the element the editor's cursor is in, when that element changes. */
export function useFollowCursor(root: RefObject<HTMLElement | null>): void {
  const store = useStudioStore();
  useEffect(() => {
    let shown: string | undefined;
    return store.subscribe(selectCursorLine, (line) => {
      const element = root.current;
      const lines = selectSourceLines(store.getState());
      if (!element || !lines) return;
      const key = keyAtLine(lines, line);
      if (!key || key === shown) return;
      shown = key;
      const wanted = new Set(sectionIdsForKey(key, lines));
      for (const candidate of element.querySelectorAll('[id]')) {
        if (!wanted.has(candidate.id)) continue;
        // A section whose top is already in view (e.g. the one just clicked) stays where it is.
        const top = candidate.getBoundingClientRect().top;
        const view = element.getBoundingClientRect();
        if (top < view.top || top > view.bottom - 40) candidate.scrollIntoView({ block: 'start' });
        return;
      }
    });
  }, [root, store]);
}
