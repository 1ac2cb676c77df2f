import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEdits, composeEdits, EditComposer, toRangeEdits } from './textEdit';
import type { TextEdit } from './textEdit';

/** Random non-overlapping edits against a text of this length. */
function editsFor(length: number) {
  return fc.array(fc.tuple(fc.nat(length), fc.nat(3), fc.string({ maxLength: 4 })), { maxLength: 5 }).map((raw) => {
    const sorted = raw.map(([offset, size, text]) => ({ offset: Math.min(offset, length), length: Math.min(size, length - Math.min(offset, length)), text })).sort((a, b) => a.offset - b.offset);
    const out: TextEdit[] = [];
    let at = -1;
    for (const e of sorted) {
      if (e.offset <= at) continue;
      out.push(e);
      at = e.offset + e.length;
    }
    return out;
  });
}

describe('composing edits', () => {
  it('edits made one after another fold into one list against the original', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 20 }).chain((text) => fc.tuple(fc.constant(text), editsFor(text.length))),
        fc.integer({ min: 0, max: 1000 }),
        ([text, first], seed) => {
          const middle = applyEdits(text, first);
          const second = fc.sample(editsFor(middle.length), { numRuns: 1, seed })[0]!;
          const composed = composeEdits(text.length, first, second);
          expect(applyEdits(text, composed)).toBe(applyEdits(middle, second));
          for (let i = 1; i < composed.length; i++) expect(composed[i]!.offset).toBeGreaterThan(composed[i - 1]!.offset + composed[i - 1]!.length - 1);
        },
      ),
    );
  });

  it('keeps two inserts at one place in the order they were made', () => {
    const composer = new EditComposer(3);
    composer.apply([{ offset: 1, length: 0, text: 'B' }]);
    composer.apply([{ offset: 1, length: 0, text: 'A' }]);
    expect(applyEdits('xyz', composer.edits())).toBe('xAByz');
    expect(composer.edits()).toEqual([{ offset: 1, length: 0, text: 'AB' }]);
  });

  it('gives Monaco 1-based ranges', () => {
    expect(toRangeEdits('ab\ncd', [{ offset: 4, length: 1, text: 'X' }])).toEqual([{ range: { startLine: 2, startColumn: 2, endLine: 2, endColumn: 3 }, text: 'X' }]);
  });
});
