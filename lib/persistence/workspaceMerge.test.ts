import { describe, expect, it } from 'vitest';
import { buildWorkspaceRecord, FROM_ANOTHER_TAB, fromStored, isChangedHere, mergeRemoteDocuments } from './workspaceMerge';
import type { WorkspaceDocument } from './workspaceMerge';
import type { StoredDocument } from './workspaceRecord';

const stored = (id: string, text: string, revision: number, name = `${id}.yaml`): StoredDocument => ({ id, name, text, revision, updatedAt: 1 });
const edited = (doc: WorkspaceDocument, text: string): WorkspaceDocument => ({ ...doc, text });

let next = 0;
const options = (closed: [string, number][] = []) => ({ closed: new Map(closed), makeId: () => `copy-${++next}` });

describe('merging another tab\'s saved workspace', () => {
  it('takes the newer revision of a document unchanged here', () => {
    const mine = fromStored(stored('a', 'v1', 1));
    const outcome = mergeRemoteDocuments([mine], [stored('a', 'v2', 2)], options());
    expect(outcome.documents).toHaveLength(1);
    expect(outcome.documents[0]).toMatchObject({ id: 'a', text: 'v2', revision: 2 });
    expect(isChangedHere(outcome.documents[0]!)).toBe(false);
    expect(outcome.updated).toEqual(['a']);
    expect(outcome.conflicts).toEqual([]);
  });

  it('keeps both versions when both tabs changed the same document', () => {
    const mine = edited(fromStored(stored('a', 'v1', 1, 'orders.yaml')), 'mine');
    const outcome = mergeRemoteDocuments([mine], [stored('a', 'theirs', 2, 'orders.yaml')], options());
    expect(outcome.documents.map((d) => [d.path, d.text])).toEqual([
      ['orders.yaml', 'mine'],
      [`orders.yaml${FROM_ANOTHER_TAB}`, 'theirs'],
    ]);
    // Ours stays changed (it will be saved as revision 3); the copy is new, so it is saved too.
    expect(outcome.documents.every(isChangedHere)).toBe(true);
    expect(outcome.documents[0]?.revision).toBe(2);
    expect(outcome.conflicts).toEqual([{ id: 'a', path: 'orders.yaml', copyId: outcome.documents[1]!.id }]);
  });

  it('ignores an older or equal revision, whatever it holds', () => {
    const mine = edited(fromStored(stored('a', 'v3', 3)), 'typing');
    const outcome = mergeRemoteDocuments([mine], [stored('a', 'old', 2)], options());
    expect(outcome.documents).toEqual([mine]);
  });

  it('adds documents only the other tab has, and keeps documents only this tab has', () => {
    const mine = fromStored(stored('a', 'A', 1));
    const local = edited({ ...fromStored(stored('new-here', 'N', 0)), savedText: '' }, 'N');
    const outcome = mergeRemoteDocuments([mine, local], [stored('a', 'A', 1), stored('b', 'B', 4)], options());
    expect(outcome.documents.map((d) => d.id)).toEqual(['a', 'new-here', 'b']);
    expect(outcome.added).toEqual(['b']);
  });

  it('does not bring back a document this tab closed, unless the other tab changed it since', () => {
    const closedHere = mergeRemoteDocuments([], [stored('gone', 'x', 3)], options([['gone', 3]]));
    expect(closedHere.documents).toEqual([]);
    const editedThere = mergeRemoteDocuments([], [stored('gone', 'y', 4)], options([['gone', 3]]));
    expect(editedThere.documents.map((d) => d.text)).toEqual(['y']);
  });

  it('adopts the other tab\'s revision when both hold the same text', () => {
    const mine = edited(fromStored(stored('a', 'v1', 1)), 'same');
    const outcome = mergeRemoteDocuments([mine], [stored('a', 'same', 5)], options());
    expect(outcome.documents[0]).toMatchObject({ text: 'same', revision: 5 });
    expect(isChangedHere(outcome.documents[0]!)).toBe(false);
    expect(outcome.conflicts).toEqual([]);
  });
});

describe('the record a tab stores', () => {
  it('gives changed documents the next revision and leaves the others alone', () => {
    const same = fromStored(stored('a', 'A', 3));
    const changed = edited(fromStored(stored('b', 'B', 7)), 'B2');
    const { record, saved } = buildWorkspaceRecord([same, { ...changed, readOnly: true }], 'b', 100);
    expect(record.documents.map((d) => [d.id, d.revision, d.text])).toEqual([
      ['a', 3, 'A'],
      ['b', 8, 'B2'],
    ]);
    expect(record.documents[1]?.readOnly).toBe(true);
    expect(record.activeId).toBe('b');
    expect(saved.some(isChangedHere)).toBe(false);
  });

  it('two tabs editing different documents both survive save → merge → save', () => {
    const base = [stored('a', 'A', 1), stored('b', 'B', 1)];
    const tab1 = base.map(fromStored).map((d) => (d.id === 'a' ? edited(d, 'A from tab 1') : d));
    const tab2 = base.map(fromStored).map((d) => (d.id === 'b' ? edited(d, 'B from tab 2') : d));
    const first = buildWorkspaceRecord(tab1, 'a', 10).record;
    const merged = mergeRemoteDocuments(tab2, first.documents, options()).documents;
    const second = buildWorkspaceRecord(merged, 'b', 11).record;
    expect(second.documents.map((d) => d.text)).toEqual(['A from tab 1', 'B from tab 2']);
  });
});
