import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCorpus } from '@/lib/testing/corpus';
import { createStudioStore } from './store';
import { snapshotDocuments } from './workspaceSlice';

const SIMPLE = readCorpus('spec-examples/3.0.0/simple-asyncapi.yml');
const MERCURE = readCorpus('spec-examples/3.0.0/mercure-asyncapi.yml');

function textsOf(store: ReturnType<typeof createStudioStore>) {
  return snapshotDocuments(store.getState()).map((d) => d.text);
}

describe('workspace of several documents', () => {
  it('opens a document beside the current one and keeps both texts', () => {
    const store = createStudioStore(SIMPLE);
    store.getState().editText(`${SIMPLE}# mine\n`);
    const before = store.getState().version;
    const id = store.getState().openDocument(MERCURE, 'mercure.yml');
    const s = store.getState();
    expect(s.activeId).toBe(id);
    expect(s.text).toBe(MERCURE);
    expect(s.version).toBeGreaterThan(before);
    expect(s.documents.map((d) => d.name)).toEqual(['asyncapi.yaml', 'mercure.yml']);
    expect(textsOf(store)).toEqual([`${SIMPLE}# mine\n`, MERCURE]);
  });

  it('switching tabs restores each text and cursor, bumps the version and drops the old results', () => {
    const store = createStudioStore(SIMPLE);
    const first = store.getState().activeId;
    store.getState().setCursor(4, 2);
    store.getState().receiveAnalysis({
      type: 'analyze-result',
      id: 1,
      version: store.getState().version,
      result: { format: 'yaml', specVersion: '3.0.0', stage: 'parser', diagnostics: [], valid: true, views: {} },
      elapsedMs: 1,
    });
    const second = store.getState().newDocument(MERCURE);
    expect(store.getState().analysis).toBeNull();
    expect(store.getState().lastValid).toBeNull();
    store.getState().editText(`${MERCURE}x: 1\n`);
    const version = store.getState().version;
    store.getState().switchTo(first);
    expect(store.getState().text).toBe(SIMPLE);
    expect(store.getState().cursor).toEqual({ line: 4, column: 2 });
    expect(store.getState().version).toBe(version + 1);
    store.getState().switchTo(second);
    expect(store.getState().text).toBe(`${MERCURE}x: 1\n`);
  });

  it('closing the active tab shows its neighbour, and reopen brings the closed text back', () => {
    const store = createStudioStore(SIMPLE);
    const a = store.getState().activeId;
    const b = store.getState().openDocument(MERCURE, 'b.yml');
    store.getState().editText('edited b');
    store.getState().closeDocument(b);
    expect(store.getState().activeId).toBe(a);
    expect(store.getState().text).toBe(SIMPLE);
    expect(store.getState().documents).toHaveLength(1);
    const version = store.getState().version;
    store.getState().reopenClosed();
    expect(store.getState().activeId).toBe(b);
    expect(store.getState().text).toBe('edited b');
    expect(store.getState().version).toBe(version + 1);
    expect(store.getState().closed).toHaveLength(0);
  });

  it('closing the last document leaves one blank document, never none', () => {
    const store = createStudioStore(SIMPLE);
    store.getState().closeDocument(store.getState().activeId);
    expect(store.getState().documents).toHaveLength(1);
    expect(store.getState().text).toBe('');
    store.getState().reopenClosed();
    expect(store.getState().text).toBe(SIMPLE);
  });

  it('renames a document, ignoring blank names, and keeps names unique on open', () => {
    const store = createStudioStore(SIMPLE);
    const id = store.getState().activeId;
    store.getState().renameDocument(id, '  orders.yaml ');
    store.getState().renameDocument(id, '   ');
    expect(store.getState().documents[0]?.name).toBe('orders.yaml');
    store.getState().openDocument('x', 'orders.yaml');
    expect(store.getState().documents.map((d) => d.name)).toEqual(['orders.yaml', 'orders (2).yaml']);
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
          const ids = s.documents.map((d) => d.id);
          const pick = ids[n % ids.length]!;
          const version = s.version;
          if (kind === 'new') {
            const text = `doc ${++counter}`;
            open.set(s.newDocument(text), text);
          } else if (kind === 'edit') {
            const text = `edit ${++counter}`;
            s.editText(text);
            open.set(s.activeId, text);
          } else if (kind === 'switch') {
            s.switchTo(pick);
            if (pick !== s.activeId) expect(store.getState().version).toBe(version + 1);
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
          expect(new Map(snapshotDocuments(after).map((d) => [d.id, d.text]))).toEqual(open);
          expect(after.text).toBe(open.get(after.activeId));
        }
      }),
      { numRuns: 200 },
    );
  });
});
