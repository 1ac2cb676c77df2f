import type { SourceRange } from '@/lib/analysis/sourceMap';

/**
 * One replacement in a text: `length` UTF-16 code units from `offset` (0-based) become `text`.
 * Every list of edits this module returns is against one and the same original text, sorted by
 * offset and non-overlapping, so it can be handed to Monaco's `executeEdits` as one undo step.
 */
export interface TextEdit {
  offset: number;
  length: number;
  text: string;
}

/** The same edit in Monaco's terms: a 1-based range (end exclusive) and its new text. */
export interface RangeEdit {
  range: SourceRange;
  text: string;
}

/** Applies edits made against `text` (sorted, non-overlapping). */
export function applyEdits(text: string, edits: ReadonlyArray<TextEdit>): string {
  let out = '';
  let at = 0;
  for (const edit of [...edits].sort((a, b) => a.offset - b.offset)) {
    if (edit.offset < at) throw new Error('Edits overlap');
    out += text.slice(at, edit.offset) + edit.text;
    at = edit.offset + edit.length;
  }
  return out + text.slice(at);
}

type Piece = { kind: 'original'; start: number; end: number } | { kind: 'inserted'; text: string };

function pieceLength(piece: Piece): number {
  return piece.kind === 'original' ? piece.end - piece.start : piece.text.length;
}

/**
 * Tracks a text as slices of the original and inserted strings, so edits made one after another
 * (each against the text the previous ones produced) become one list against the original.
 */
export class EditComposer {
  private pieces: Piece[];

  constructor(private readonly originalLength: number) {
    this.pieces = originalLength > 0 ? [{ kind: 'original', start: 0, end: originalLength }] : [];
  }

  /** Applies edits made against the current text (sorted, non-overlapping). */
  apply(edits: ReadonlyArray<TextEdit>): void {
    // Last edit first: earlier offsets stay valid.
    for (const edit of [...edits].sort((a, b) => b.offset - a.offset)) this.applyOne(edit);
  }

  private applyOne({ offset, length, text }: TextEdit): void {
    const from = offset;
    const to = offset + length;
    const out: Piece[] = [];
    let at = 0;
    let inserted = false;
    const insert = () => {
      if (!inserted && text) out.push({ kind: 'inserted', text });
      inserted = true;
    };
    for (const piece of this.pieces) {
      const size = pieceLength(piece);
      const pStart = at;
      const pEnd = at + size;
      at = pEnd;
      if (pEnd <= from) {
        out.push(piece);
      } else if (pStart >= to) {
        insert();
        out.push(piece);
      } else {
        if (pStart < from) out.push(slicePiece(piece, 0, from - pStart));
        insert();
        if (pEnd > to) out.push(slicePiece(piece, to - pStart, size));
      }
    }
    insert();
    this.pieces = out;
  }

  /** The edits against the original text that produce the current text. */
  edits(): TextEdit[] {
    const result: TextEdit[] = [];
    let originalAt = 0;
    let pending = '';
    const flush = (nextStart: number) => {
      if (nextStart > originalAt || pending) result.push({ offset: originalAt, length: nextStart - originalAt, text: pending });
      pending = '';
    };
    for (const piece of this.pieces) {
      if (piece.kind === 'inserted') {
        pending += piece.text;
        continue;
      }
      if (piece.start !== originalAt || pending) flush(piece.start);
      originalAt = piece.end;
    }
    flush(this.originalLength);
    return result;
  }
}

function slicePiece(piece: Piece, from: number, to: number): Piece {
  return piece.kind === 'original'
    ? { kind: 'original', start: piece.start + from, end: piece.start + to }
    : { kind: 'inserted', text: piece.text.slice(from, to) };
}

/** Folds `second` (made against the result of `first`) into `first`: one list against the original. */
export function composeEdits(originalLength: number, first: ReadonlyArray<TextEdit>, second: ReadonlyArray<TextEdit>): TextEdit[] {
  const composer = new EditComposer(originalLength);
  composer.apply(first);
  composer.apply(second);
  return composer.edits();
}

/** Line starts of a text, for offset ↔ line/column conversion. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

function position(starts: number[], offset: number): { line: number; column: number } {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: offset - starts[low]! + 1 };
}

/** The edits as Monaco range edits (1-based lines and columns, end exclusive) against `text`. */
export function toRangeEdits(text: string, edits: ReadonlyArray<TextEdit>): RangeEdit[] {
  const starts = lineStarts(text);
  return edits.map((edit) => {
    const start = position(starts, edit.offset);
    const end = position(starts, edit.offset + edit.length);
    return { range: { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column }, text: edit.text };
  });
}
