import { useEffect } from 'react';
import type { editor } from 'monaco-editor/editor/editor.api';
import { selectNavigation } from '@/state/selectors';
import { useStudioStore } from '@/state/useStudio';

/** Moves the cursor where another panel asked (a problem row, a graph node, an outline entry). */
export function useNavigation(instance: editor.IStandaloneCodeEditor | null): void {
  const store = useStudioStore();
  useEffect(() => {
    if (!instance) return;
    return store.subscribe(selectNavigation, (target) => {
      if (!target) return;
      const position = { lineNumber: target.line, column: target.column };
      instance.setPosition(position);
      instance.revealPositionInCenterIfOutsideViewport(position);
      if (!target.keepFocus) instance.focus();
    });
  }, [instance, store]);
}
