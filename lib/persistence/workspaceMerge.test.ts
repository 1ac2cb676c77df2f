import { describe, expect, it } from 'vitest';
import { FROM_ANOTHER_TAB, fromStored, isChangedHere, mergeRemoteDocuments, toStored } from './workspaceMerge';
import { planSave } from './workspacePlan';
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
  it('plans a record for each document changed here only, with its next revision', () => {
    const same = fromStored(stored('a', 'A', 3));
    const changed = edited(fromStored(stored('b', 'B', 7)), 'B2');
    const index = { formatVersion: 2 as const, documents: [{ id: 'a', name: 'a.yaml', revision: 3 }, { id: 'b', name: 'b.yaml', revision: 7 }], activeId: 'a', savedAt: 1 };
    const plan = planSave({ documents: [same, { ...changed, readOnly: true }], closed: [], discarded: [], activeId: 'b', tabs: ['a', 'b'], folder: null, stored: index, now: 100 });
    expect(plan.records.map((d) => [d.id, d.revision, d.text])).toEqual([['b', 8, 'B2']]);
    expect(plan.records[0]?.readOnly).toBe(true);
    expect(plan.saved.some(isChangedHere)).toBe(false);
    expect(plan.indexFor(new Set(['b'])).documents).toEqual([
      { id: 'a', name: 'a.yaml', revision: 3 },
      { id: 'b', name: 'b.yaml', revision: 8 },
    ]);
    // Not written: the index keeps the revision storage has.
    expect(plan.indexFor(new Set()).documents.map((d) => d.revision)).toEqual([3, 7]);
  });

  it('two tabs editing different documents both survive save → merge → save', () => {
    const base = [stored('a', 'A', 1), stored('b', 'B', 1)];
    const tab1 = base.map(fromStored).map((d) => (d.id === 'a' ? edited(d, 'A from tab 1') : d));
    const tab2 = base.map(fromStored).map((d) => (d.id === 'b' ? edited(d, 'B from tab 2') : d));
    const first = planSave({ documents: tab1, closed: [], discarded: [], activeId: 'a', tabs: [], folder: null, stored: null, now: 10 });
    const merged = mergeRemoteDocuments(tab2, first.saved.map(toStored), options()).documents;
    const second = planSave({ documents: merged, closed: [], discarded: [], activeId: 'b', tabs: [], folder: null, stored: first.indexFor(new Set(first.records.map((r) => r.id))), now: 11 });
    const texts = new Map([...first.records, ...second.records].map((r) => [r.id, r.text]));
    expect([...texts.values()]).toEqual(['A from tab 1', 'B from tab 2']);
  });

  it('a folder file keeps where it is on disk, storing the disk text only when it differs', () => {
    const doc = { ...fromStored(stored('f', 'a: 1', 1, 'common/x.yaml')), inFolder: true, disk: { path: 'common/x.yaml', text: 'a: 1', modified: 5 } };
    expect(toStored(doc)).toMatchObject({ inFolder: true, diskPath: 'common/x.yaml', onDisk: true, diskModified: 5 });
    expect(toStored(doc).diskText).toBeUndefined();
    expect(fromStored(toStored(doc))).toEqual(doc);
    expect(fromStored(toStored({ ...doc, text: 'a: 2' }))).toMatchObject({ text: 'a: 2', disk: { text: 'a: 1' } });
  });
});
