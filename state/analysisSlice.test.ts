import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '@/lib/analysis/diagnostic';
import { selectDiagnostics, selectLastValid, selectStatusState, selectStatusText } from './selectors';
import { createStudioStore } from './store';
import { active, answerAnalysis, answerSyntax, outcome } from './testing';

const error: Diagnostic = { severity: 'error', code: 'x', message: 'broken', range: { startLine: 2, startColumn: 1, endLine: 2, endColumn: 5 } };

/** A store with the text edited twice, so versions 2 and 3 exist. */
function storeAtVersion3() {
  const store = createStudioStore('asyncapi: 3.0.0\n');
  store.getState().editText('asyncapi: 3.0.0\ninfo: {}\n');
  store.getState().editText('asyncapi: 3.0.0\ninfo: {title: t}\n');
  expect(active(store).version).toBe(3);
  return store;
}

describe('analysis results in the store', () => {
  it('drops a result computed for an older version, even when it arrives after the current one', () => {
    const store = storeAtVersion3();
    answerAnalysis(store, outcome([]), { version: 3 });
    answerAnalysis(store, outcome([error]), { version: 2 });
    expect(store.getState().analyses[store.getState().activeId]?.analysis?.version).toBe(3);
    expect(selectStatusState(store.getState())).toBe('valid');
    expect(selectDiagnostics(store.getState())).toEqual([]);
  });

  it('is analysing until the current version has a verdict', () => {
    const store = storeAtVersion3();
    answerAnalysis(store, outcome([]), { version: 2 });
    expect(selectStatusState(store.getState())).toBe('analyzing');
  });

  it('shows syntax errors from the fast pass before the full analysis answers', () => {
    const store = storeAtVersion3();
    answerSyntax(store, [error]);
    expect(selectStatusState(store.getState())).toBe('invalid');
    expect(selectDiagnostics(store.getState())).toEqual([error]);
    expect(selectStatusText(store.getState())).toBe('1 error');
  });

  it("shows the fast pass's schema errors beside the last full result, which stays until the new one lands", () => {
    const store = storeAtVersion3();
    const warning: Diagnostic = { ...error, severity: 'warning', code: 'w', range: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 2 } };
    const parserCopy: Diagnostic = { ...error, code: 'asyncapi-schema', message: 'the parser says so' };
    const fixed: Diagnostic = { ...error, message: 'fixed by this edit', range: { startLine: 3, startColumn: 1, endLine: 3, endColumn: 2 } };
    answerAnalysis(store, outcome([warning, parserCopy, fixed]));
    store.getState().editText('asyncapi: 3.0.0\ninfo: {title: t, x: 1}\n');
    answerSyntax(store, [error], { stage: 'structure' });
    expect(selectStatusState(store.getState())).toBe('invalid');
    // The parser's copy of the same problem (same spot) gives way to the fast one; the rest stay as they were.
    expect(selectDiagnostics(store.getState())).toEqual([warning, error, fixed]);
    expect(selectDiagnostics(store.getState())).toBe(selectDiagnostics(store.getState()));
    answerAnalysis(store, outcome([parserCopy, warning]));
    expect(selectDiagnostics(store.getState())).toEqual([parserCopy, warning]);
  });

  it('shows only the syntax errors of a text that does not read (the last result describes a document that is not there)', () => {
    const store = storeAtVersion3();
    answerAnalysis(store, outcome([{ ...error, severity: 'warning' }]));
    store.getState().editText('asyncapi: [');
    answerSyntax(store, [error]);
    expect(selectDiagnostics(store.getState())).toEqual([error]);
  });

  it('keeps the last valid version while the text is broken', () => {
    const store = storeAtVersion3();
    answerAnalysis(store, outcome([]));
    store.getState().editText('broken: [');
    answerAnalysis(store, outcome([error]));
    expect(selectLastValid(store.getState())?.version).toBe(3);
    expect(selectStatusState(store.getState())).toBe('invalid');
  });

  it('says "failed" with the reason when the worker failed on the current version only', () => {
    const store = storeAtVersion3();
    const fileId = store.getState().activeId;
    store.getState().receiveFailure({ fileId, version: 2, kind: 'timeout', reason: 'old', stage: 'analysis' });
    expect(selectStatusState(store.getState())).toBe('analyzing');
    store.getState().receiveFailure({ fileId, version: 3, kind: 'timeout', reason: 'Analysis took longer than 12 s', stage: 'analysis' });
    expect(selectStatusState(store.getState())).toBe('failed');
    expect(selectStatusText(store.getState())).toContain('longer than 12 s');
  });

  it('names the version and warnings of a valid document', () => {
    const store = storeAtVersion3();
    const warning: Diagnostic = { ...error, severity: 'warning' };
    answerAnalysis(store, outcome([warning], true));
    expect(selectStatusText(store.getState())).toBe('Valid AsyncAPI 3.0.0, 1 warning');
  });
});
