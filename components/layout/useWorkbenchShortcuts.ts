import { useEffect } from 'react';
import { filterProblems, nextProblem } from '@/components/problems/problemList';
import { selectActivePath, selectCursor, selectDiagnostics } from '@/state/selectors';
import { useStudioStore } from '@/state/useStudio';
import { useWorkbenchControls } from './WorkbenchControls';
import { workbenchShortcutFor } from './workbenchShortcuts';

/** The workbench's keys, heard on window in the capture phase so they work while an editor has focus. */
export function useWorkbenchShortcuts(): void {
  const store = useStudioStore();
  const controls = useWorkbenchControls();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      const inEditor = event.target instanceof Element && event.target.closest('.monaco-editor') !== null;
      const action = workbenchShortcutFor(event, inEditor);
      if (!action) return;
      event.preventDefault();
      event.stopPropagation();
      const state = store.getState();
      // An open dialog owns the keyboard; the shortcut still does not reach the browser.
      if (state.dialog !== null) return;
      if (action === 'toggle-sidebar') controls?.sidebar.toggle();
      else if (action === 'toggle-problems') controls?.problems.toggle();
      else if (action === 'settings') state.openDialog('settings');
      else {
        const path = selectActivePath(state);
        const shown = filterProblems(selectDiagnostics(state), { shown: state.settings.shownSeverities, query: '' }, path);
        const target = nextProblem(shown, path, selectCursor(state), action === 'next-problem' ? 1 : -1);
        if (target) state.goTo(target.range.startLine, target.range.startColumn);
      }
    };
    window.addEventListener('keydown', onKeyDown, { capture: true });
    return () => window.removeEventListener('keydown', onKeyDown, { capture: true });
  }, [store, controls]);
}
