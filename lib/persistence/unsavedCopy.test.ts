import { describe, expect, it } from 'vitest';
import { applyUnsavedCopies, readUnsavedCopies, UNSAVED_SUFFIX, writeUnsavedCopy } from './unsavedCopy';
import { fromStored, isChangedHere } from './workspaceMerge';

function memoryStorage(quota = Infinity) {
  const map = new Map<string, string>();
  const used = () => [...map].reduce((n, [k, v]) => n + k.length + v.length, 0);
  return {
    get length() {
      return map.size;
    },
    key: (i: number) => [...map.keys()][i] ?? null,
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => {
      if (used() - (map.get(k)?.length ?? 0) + k.length + v.length > quota) throw new DOMException('full', 'QuotaExceededError');
      map.set(k, v);
    },
    removeItem: (k: string) => void map.delete(k),
    map,
  };
}

const doc = (id: string, text: string, revision: number) => fromStored({ id, name: `${id}.yaml`, text, revision, updatedAt: 1 });
let n = 0;
const makeId = () => `new-${++n}`;

describe('unsaved copy written when the page goes away', () => {
  it('holds only the changed documents and comes back onto the stored revision it was made on', () => {
    const storage = memoryStorage();
    const stored = [doc('a', 'A', 2), doc('b', 'B', 5)];
    writeUnsavedCopy(storage, 'page-1', [{ ...stored[0]!, text: 'A typed' }, stored[1]!]);
    const copies = readUnsavedCopies(storage);
    expect(copies.documents.map((d) => d.id)).toEqual(['a']);
    const { documents, recovered } = applyUnsavedCopies(stored, copies.documents, makeId);
    expect(recovered).toBe(1);
    expect(documents.map((d) => d.text)).toEqual(['A typed', 'B']);
    expect(isChangedHere(documents[0]!)).toBe(true);
  });

  it('keeps both when storage moved on since, and ignores what storage already has', () => {
    const storage = memoryStorage();
    writeUnsavedCopy(storage, 'p', [{ ...doc('a', 'A', 2), text: 'mine' }, { ...doc('b', 'B', 1), text: 'B2' }]);
    const stored = [doc('a', 'someone else', 3), doc('b', 'B2', 2)];
    const { documents, recovered } = applyUnsavedCopies(stored, readUnsavedCopies(storage).documents, makeId);
    expect(recovered).toBe(1);
    expect(documents.map((d) => [d.path, d.text])).toEqual([
      ['a.yaml', 'someone else'],
      ['b.yaml', 'B2'],
      [`a.yaml${UNSAVED_SUFFIX}`, 'mine'],
    ]);
  });

  it('brings back a document storage never had, and survives damaged entries', () => {
    const storage = memoryStorage();
    storage.setItem('asyncapi-studio-unsaved:broken', '{not json');
    writeUnsavedCopy(storage, 'p', [{ ...doc('fresh', '', 0), text: 'new text', savedText: '' }]);
    const copies = readUnsavedCopies(storage);
    expect(copies.keys).toHaveLength(2);
    const { documents } = applyUnsavedCopies([doc('a', 'A', 1)], copies.documents, makeId);
    expect(documents.map((d) => d.id)).toEqual(['a', 'fresh']);
  });

  it('removes its entry when nothing is left unsaved', () => {
    const storage = memoryStorage();
    writeUnsavedCopy(storage, 'p', [{ ...doc('a', 'A', 1), text: 'x' }]);
    writeUnsavedCopy(storage, 'p', [doc('a', 'x', 2)]);
    expect(storage.map.size).toBe(0);
  });

  it('saves what fits, one document per entry, and says what did not', () => {
    const storage = memoryStorage(5_000);
    const docs = [
      { ...doc('big', '', 1), text: 'x'.repeat(10_000) },
      { ...doc('a', '', 1), text: 'small a' },
      { ...doc('b', '', 1), text: 'small b' },
    ];
    const outcome = writeUnsavedCopy(storage, 'p', docs);
    expect(outcome).toEqual({ kept: ['a.yaml', 'b.yaml'], notKept: ['big.yaml'] });
    expect(readUnsavedCopies(storage).documents.map((d) => d.text).sort()).toEqual(['small a', 'small b']);
  });

  it('reads the one-entry copies of the earlier studio', () => {
    const storage = memoryStorage();
    storage.setItem('asyncapi-studio-unsaved:old', JSON.stringify({ documents: [{ id: 'a', name: 'a.yaml', text: 'old copy', revision: 1, cursor: { line: 1, column: 1 }, readOnly: false }] }));
    expect(readUnsavedCopies(storage).documents.map((d) => d.text)).toEqual(['old copy']);
  });
});
