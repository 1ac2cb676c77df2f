import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DOCUMENT } from '@/lib/defaultDocument';
import { templates } from '@/lib/templates';
import { analyzeDocument } from './analyzeDocument';
import { createParser } from './createParser';

// Real documents, edited as a user types: a line cut short after some column, optionally with a half-typed
// value (`$ref: `, a lone quote, an opening bracket) where the rest of the line was.
const sources = [DEFAULT_DOCUMENT, ...templates.map((t) => t.text)];
const tails = ['', ' ', "'", '"', '[', '{', '- ', '#', "'#/", "'#/components/", '~', '1', '!!'];

const halfTyped = fc
  .record({
    source: fc.constantFrom(...sources),
    line: fc.nat(),
    column: fc.nat(),
    tail: fc.constantFrom(...tails),
    ref: fc.boolean(),
  })
  .map(({ source, line, column, tail, ref }) => {
    const lines = source.split('\n');
    const at = line % lines.length;
    const current = lines[at]!;
    const indent = current.length - current.trimStart().length;
    // Either the line is cut short, or its value is replaced by the start of a $ref (the reported crash).
    lines[at] = ref ? `${' '.repeat(indent)}$ref: ${tail}` : current.slice(0, column % (current.length + 1)) + tail;
    return { text: lines.join('\n'), line: at + 1 };
  });

describe('analysis of half-typed documents', () => {
  const parser = createParser({ isOriginAllowed: () => false });

  it('explains every problem in plain words (no parser crash, no stack trace) at a line of the document', async () => {
    await fc.assert(
      fc.asyncProperty(halfTyped, async ({ text }) => {
        const outcome = await analyzeDocument(parser, text);
        const lineCount = text.split('\n').length;
        for (const d of outcome.diagnostics) {
          expect(d.code).not.toBe('uncaught-error');
          expect(d.message).not.toMatch(/stack:|Error thrown during|\n\s+at /);
          expect(d.range.startLine).toBeGreaterThanOrEqual(1);
          expect(d.range.startLine).toBeLessThanOrEqual(lineCount);
        }
      }),
      { numRuns: 40 },
    );
  }, 120_000);

  it('reports a $ref with no value yet at its own line, in plain words', async () => {
    const lines = DEFAULT_DOCUMENT.split('\n');
    const at = lines.findIndex((l) => l.trim() === "$ref: '#/channels/parcelLocation'");
    lines[at] = lines[at]!.replace(/\$ref: .*/, '$ref: ');
    const outcome = await analyzeDocument(parser, lines.join('\n'));
    const errors = outcome.diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((d) => [d.code, d.range.startLine, d.message])).toEqual([
      ['incomplete-ref', at + 1, `"$ref" has no value yet: write a reference, e.g. '#/components/messages/name'.`],
    ]);
  }, 30_000);

  it('reports a crash it cannot explain at the line that changed since the last analysis', async () => {
    const own = createParser({ isOriginAllowed: () => false });
    await analyzeDocument(own, DEFAULT_DOCUMENT);
    // A stand-in for a crash no check foresees: the parser's own report of an exception.
    const crash = new TypeError('Cannot read properties of null (reading "x")');
    const parse = own.parse.bind(own);
    own.parse = async (...args) => ({ ...(await parse(...args)), document: undefined, diagnostics: [{ code: 'uncaught-error', message: `Error thrown during AsyncAPI document parsing. Name: TypeError, message: ${crash.message}, stack: ${crash.stack}`, path: [], severity: 0, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }] });
    const edited = DEFAULT_DOCUMENT.replace('version: 1.2.0', 'version: 1.2.');
    const outcome = await analyzeDocument(own, edited);
    expect(outcome.diagnostics.map((d) => [d.code, d.range.startLine])).toEqual([['parser-crash', 4]]);
    expect(outcome.diagnostics[0]?.message).toBe(
      'The parser could not read the document as it is now (TypeError: Cannot read properties of null (reading "x")). Finish the value you are typing, or undo the last change.',
    );
  }, 30_000);
});
