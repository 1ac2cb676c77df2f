import { monaco } from '@/components/editor/monacoSetup';

/**
 * Opens the editor's own quick-fix menu (the one Ctrl/Cmd+. shows, from components/editor/registerQuickFixes.ts)
 * at the cursor of the main editor, which the caller has just moved onto the problem.
 */
export function openQuickFixMenu(): void {
  const main = monaco.editor.getEditors().find((candidate) => candidate.getContainerDomNode().closest('[data-testid="editor"]'));
  if (!main) return;
  main.focus();
  // After the click that asked for it has finished: the menu closes when focus moves while it opens.
  requestAnimationFrame(() => main.trigger('problems', 'editor.action.quickFix', null));
}
