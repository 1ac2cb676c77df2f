import { monaco } from '@/components/editor/monacoSetup';

/** Runs Monaco's "Format Document" in the editor that has the keyboard, if any. */
export function formatFocusedEditor(): void {
  const focused = monaco.editor.getEditors().find((candidate) => candidate.hasTextFocus());
  void focused?.getAction('editor.action.formatDocument')?.run();
}
