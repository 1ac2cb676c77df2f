import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCorpus } from '@/lib/testing/corpus';
import { selectDiagnostics, selectStatusState } from './selectors';
import { createStudioStore } from './store';
import { active, answerAnalysis, outcome, pathsOf, textsOf } from './testing';

const SIMPLE = readCorpus('spec-examples/3.0.0/simple-asyncapi.yml');
const MERCURE = readCorpus('spec-examples/3.0.0/mercure-asyncapi.yml');
const broken = { severity: 'error' as const, code: 'x', message: 'broken', range: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 2 } };

describe('workspace of files', () => {
  it('applies range edits to a file only at the version they were planned on', () => {
    const store = createStudioStore('title: a\nversion: 1\n');
    const { id, version } = active(store);
    const edits = [{ offset: 7, length: 1, text: 'b' }];
    expect(store.getState().applyFileEdits(id, version - 1, edits)).toBe(false);
    expect(store.getState().applyFileEdits(id, version, edits)).toBe(true);
    expect(active(store)).toMatchObject({ text: 'title: b\nversion: 1\n', version: version + 1 });
    // The editor gets the ranges with the whole text they produce (one undo step).
    expect(active(store).externalEdit).toEqual({ text: 'title: b\nversion: 1\n', revision: 1, edits });
    expect(store.getState().applyFileEdits(id, version, edits)).toBe(false);
  });

  it('opens a document beside the current one and keeps both texts', () => {
    const store = createStudioStore(SIMPLE);
    store.getState().editText(`${SIMPLE}# mine\n`);
    const id = store.getState().openDocument(MERCURE, 'mercure.yml');
    expect(store.getState().activeId).toBe(id);
    expect(active(store).text).toBe(MERCURE);
    expect(pathsOf(store)).toEqual(['asyncapi.yaml', 'mercure.yml']);
    expect(textsOf(store)).toEqual([`${SIMPLE}# mine\n`, MERCURE]);
  });

  it('switching tabs keeps each file its text, cursor, version and analysis', () => {
    const store = createStudioStore(SIMPLE);
    const first = store.getState().activeId;
    store.getState().setCursor(4, 2);
    answerAnalysis(store, outcome());
    const firstVersion = active(store).version;
    const second = store.getState().newDocument(MERCURE);
    expect(selectStatusState(store.getState())).toBe('analyzing');
    store.getState().editText(`${MERCURE}x: 1\n`);
    answerAnalysis(store, outcome([broken], false));
    store.getState().switchTo(first);
    expect(active(store)).toMatchObject({ text: SIMPLE, cursor: { line: 4, column: 2 }, version: firstVersion });
    // The first file's verdict is shown at once: nothing to parse again.
    expect(selectStatusState(store.getState())).toBe('valid');
    store.getState().switchTo(second);
    expect(active(store).text).toBe(`${MERCURE}x: 1\n`);
    expect(selectDiagnostics(store.getState())).toEqual([broken]);
  });

  it('drops a result for a file whose text moved on, even when another file is active', () => {
    const store = createStudioStore(SIMPLE);
    const first = store.getState().activeId;
    const version = active(store).version;
    store.getState().editText(`${SIMPLE}# more\n`);
    store.getState().newDocument(MERCURE);
    answerAnalysis(store, outcome([broken], false), { fileId: first, version });
    expect(store.getState().analyses[first]).toBeUndefined();
    answerAnalysis(store, outcome(), { fileId: first, version: version + 1 });
    expect(store.getState().analyses[first]?.analysis?.version).toBe(version + 1);
  });

  it('closing the active tab shows its neighbour, and reopen brings the closed text back', () => {
    const store = createStudioStore(SIMPLE);
    const a = store.getState().activeId;
    const b = store.getState().openDocument(MERCURE, 'b.yml');
    store.getState().editText('edited b');
    store.getState().closeDocument(b);
    expect(store.getState().activeId).toBe(a);
    expect(active(store).text).toBe(SIMPLE);
    expect(store.getState().tabs).toEqual([a]);
    expect(Object.keys(store.getState().files)).toEqual([a]);
    store.getState().reopenClosed();
    expect(store.getState().activeId).toBe(b);
    expect(active(store).text).toBe('edited b');
    expect(store.getState().closed).toHaveLength(0);
  });

  it('closing the last document leaves one blank document, never none', () => {
    const store = createStudioStore(SIMPLE);
    store.getState().closeDocument(store.getState().activeId);
    expect(store.getState().tabs).toHaveLength(1);
    expect(active(store).text).toBe('');
    store.getState().reopenClosed();
    expect(active(store).text).toBe(SIMPLE);
  });

  it('renames a document, ignoring blank names, and keeps paths unique on open', () => {
    const store = createStudioStore(SIMPLE);
    const id = store.getState().activeId;
    store.getState().renameDocument(id, '  orders.yaml ');
    store.getState().renameDocument(id, '   ');
    expect(active(store).path).toBe('orders.yaml');
    store.getState().openDocument('x', 'orders.yaml');
    expect(pathsOf(store)).toEqual(['orders.yaml', 'orders (2).yaml']);
  });

  it('replaces a file text only while it is still at the version a job read', () => {
    const store = createStudioStore(SIMPLE);
    const id = store.getState().activeId;
    const { version } = active(store);
    store.getState().newDocument('other');
    expect(store.getState().replaceFileText(id, version, 'converted')).toBe(true);
    expect(store.getState().files[id]).toMatchObject({ text: 'converted', version: version + 1, externalEdit: { text: 'converted' } });
    expect(store.getState().replaceFileText(id, version, 'late')).toBe(false);
    expect(store.getState().files[id]?.text).toBe('converted');
  });

  it('keeps every text through any sequence of tab actions (property)', () => {
    type Op = { kind: 'new' | 'edit' | 'switch' | 'close' | 'reopen'; n: number };
    const op = fc.record({ kind: fc.constantFrom<Op['kind']>('new', 'edit', 'switch', 'close', 'reopen'), n: fc.nat(10) });
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        const store = createStudioStore('start');
        // The model: id -> text of open documents, and the stack of closed ones.
        const open = new Map<string, string>([[store.getState().activeId, 'start']]);
        const closed: [string, string][] = [];
        let counter = 0;
        for (const { kind, n } of ops) {
          const s = store.getState();
          const pick = s.tabs[n % s.tabs.length]!;
          if (kind === 'new') {
            const text = `doc ${++counter}`;
            open.set(s.newDocument(text), text);
          } else if (kind === 'edit') {
            const text = `edit ${++counter}`;
            s.editText(text);
            open.set(s.activeId, text);
          } else if (kind === 'switch') {
            const version = s.files[pick]!.version;
            s.switchTo(pick);
            // A switch is not an edit: the file keeps its version (and so its analysis).
            expect(store.getState().files[pick]!.version).toBe(version);
          } else if (kind === 'close') {
            closed.push([pick, open.get(pick)!]);
            if (closed.length > 20) closed.shift();
            open.delete(pick);
            s.closeDocument(pick);
            if (open.size === 0) open.set(store.getState().activeId, '');
          } else if (closed.length > 0) {
            const [id, text] = closed.pop()!;
            s.reopenClosed();
            open.set(id, text);
          }
          const after = store.getState();
          expect(new Map(after.tabs.map((id) => [id, after.files[id]!.text]))).toEqual(open);
          expect(Object.keys(after.analyses).every((id) => id in after.files)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});
