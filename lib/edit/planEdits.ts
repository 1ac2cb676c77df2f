import { detectFormat } from '@/lib/analysis/documentFormat';
import type { DocumentFormat } from '@/lib/analysis/documentFormat';
import type { EditOp } from './editOps';
import { JsonEditor } from './jsonEdits';
import { applyEdits, EditComposer } from './textEdit';
import type { TextEdit } from './textEdit';
import { YamlEditor } from './yamlEdits';

/** Edits against the original text, and the text they produce. */
export interface EditPlan {
  edits: TextEdit[];
  text: string;
}

/** A parsed document that turns structural ops into text edits (YAML through `yaml`, JSON through jsonc-parser). */
export interface StructuralEditor {
  readonly text: string;
  edits(op: EditOp): TextEdit[];
  has(pointer: string): boolean;
  /** The document as plain data (YAML aliases resolved). */
  value(): unknown;
}

export function openEditor(text: string, format: DocumentFormat = detectFormat(text)): StructuralEditor {
  return format === 'json' ? new JsonEditor(text) : new YamlEditor(text);
}

function overlaps(edits: ReadonlyArray<TextEdit>): boolean {
  const sorted = [...edits].sort((a, b) => a.offset - b.offset);
  for (let i = 1; i < sorted.length; i++) {
    const previous = sorted[i - 1]!;
    const current = sorted[i]!;
    if (current.offset < previous.offset + previous.length || current.offset === previous.offset) return true;
  }
  return false;
}

/** Ops on what exists (sets of existing values, key renames, removals) can share one parse. */
function inPlace(editor: StructuralEditor, op: EditOp): boolean {
  return (op.op === 'set' || op.op === 'rename' || op.op === 'remove') && editor.has(op.pointer);
}

function parentOf(pointer: string): string {
  return pointer.slice(0, pointer.lastIndexOf('/'));
}

/** Neither op is inside the other, and no two removals share a container (their indexes and emptiness interact). */
function independent(a: EditOp, b: EditOp): boolean {
  const [p, q] = [a.pointer, b.pointer];
  if (p === q || p.startsWith(`${q}/`) || q.startsWith(`${p}/`)) return false;
  return !((a.op === 'remove' || b.op === 'remove') && parentOf(p) === parentOf(q));
}

/**
 * Turns ops, applied in order, into one list of minimal edits against `text` (one undo step in the editor).
 * Every byte outside the nodes the ops touch is kept. Throws an {@link EditError} when an op cannot apply.
 */
export function planEdits(text: string, ops: ReadonlyArray<EditOp>, format: DocumentFormat = detectFormat(text), parsed?: StructuralEditor): EditPlan {
  const composer = new EditComposer(text.length);
  let current = text;
  let i = 0;
  while (i < ops.length) {
    // The caller's parse of the original text saves one parse of a large document.
    const editor = i === 0 && parsed && parsed.text === current ? parsed : openEditor(current, format);
    // A run of in-place ops on unrelated nodes is computed on this one parse; anything else parses anew.
    const batch: EditOp[] = [ops[i]!];
    if (inPlace(editor, ops[i]!)) {
      while (i + batch.length < ops.length) {
        const next = ops[i + batch.length]!;
        if (!inPlace(editor, next) || !batch.every((b) => independent(b, next))) break;
        batch.push(next);
      }
    }
    let edits = batch.flatMap((op) => editor.edits(op));
    if (batch.length > 1 && overlaps(edits)) {
      batch.length = 1;
      edits = editor.edits(batch[0]!);
    }
    composer.apply(edits);
    current = applyEdits(current, edits);
    i += batch.length;
  }
  return { edits: composer.edits(), text: current };
}
