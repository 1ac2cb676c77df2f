import type { editor, IRange } from 'monaco-editor/editor/editor.api';
import { applyEdits } from '@/lib/edit/textEdit';
import type { ExternalEdit } from '@/state/filesSlice';

/** The part of a Monaco text model an external edit uses (a real model in the app and in tests). */
export type EditableModel = Pick<editor.ITextModel, 'getValue' | 'getPositionAt' | 'getFullModelRange' | 'pushStackElement' | 'pushEditOperations'>;

/** What an external edit did to the model: changed only its ranges, replaced the whole text, or nothing. */
export interface AppliedEdit {
  how: 'ranges' | 'replaced' | 'unchanged';
  /** Where the first change sits after it was applied (to reveal it). */
  firstChange?: IRange;
}

/** Replaces a model's whole text as one undoable edit (Ctrl/Cmd+Z restores); works on read-only documents too. */
export function replaceModelText(model: EditableModel, text: string): void {
  if (model.getValue() === text) return;
  model.pushStackElement();
  model.pushEditOperations([], [{ range: model.getFullModelRange(), text, forceMoveMarkers: true }], () => null);
  model.pushStackElement();
}

function rangeOf(model: EditableModel, offset: number, length: number): IRange {
  const start = model.getPositionAt(offset);
  const end = model.getPositionAt(offset + length);
  return { startLineNumber: start.lineNumber, startColumn: start.column, endLineNumber: end.lineNumber, endColumn: end.column };
}

/**
 * Applies an external edit as one undo step. Range edits (a visual edit) change only their ranges, so
 * Monaco keeps the cursor, folding and decorations elsewhere; they apply only when the model holds the
 * text they were planned on, otherwise (and for whole-text changes) the whole text is replaced.
 */
export function applyExternalEdit(model: EditableModel, edit: Pick<ExternalEdit, 'text' | 'edits'>): AppliedEdit {
  const current = model.getValue();
  if (current === edit.text) return { how: 'unchanged' };
  const edits = edit.edits;
  if (!edits || edits.length === 0 || applyEdits(current, edits) !== edit.text) {
    replaceModelText(model, edit.text);
    return { how: 'replaced' };
  }
  // Every range is computed on the text before the edit, as Monaco expects of one batch.
  const operations = edits.map((e) => ({ range: rangeOf(model, e.offset, e.length), text: e.text }));
  model.pushStackElement();
  model.pushEditOperations([], operations, () => null);
  model.pushStackElement();
  const first = [...edits].sort((a, b) => a.offset - b.offset)[0]!;
  return { how: 'ranges', firstChange: rangeOf(model, first.offset, first.text.length) };
}
