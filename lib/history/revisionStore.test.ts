import { describe, expect, it } from 'vitest';
import { StorageError } from '@/lib/persistence/storageErrors';
import { memoryRevisionBackend } from './revisionBackend';
import { DEFAULT_HISTORY_POLICY, textHash } from './revisionPolicy';
import { createRevisionStore } from './revisionStore';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const T0 = Date.UTC(2026, 10, 27, 9, 0, 0);

function doc(lines: number): string {
  return Array.from({ length: lines }, (_, i) => `line ${i}`).join('\n');
}

describe('revision store: revisions of each file, with their texts apart', () => {
  it('lists a file’s revisions newest first, each summarised against the one before it', async () => {
    const backend = memoryRevisionBackend();
    const store = createRevisionStore(backend);
    await store.add({ fileId: 'a', path: 'a.yaml', text: doc(3), reason: 'opened', takenAt: T0 });
    await store.add({ fileId: 'b', path: 'b.yaml', text: 'other', reason: 'opened', takenAt: T0 + 1 });
    const list = await store.add({ fileId: 'a', path: 'a.yaml', text: `${doc(3)}\nline 3\nline 4`, reason: 'edited', takenAt: T0 + 3 * MINUTE });
    expect(list.map((r) => r.reason)).toEqual(['edited', 'opened']);
    expect(list.map((r) => r.summary)).toEqual(['+2 −0 lines', 'First revision · 3 lines']);
    expect(list[0]!.hash).toBe(textHash(`${doc(3)}\nline 3\nline 4`));
    expect(await store.list('a')).toEqual(list);
    expect(await store.read(list[1]!.id)).toBe(doc(3));
    expect((await store.list('b')).map((r) => r.path)).toEqual(['b.yaml']);
    expect(await store.list('never')).toEqual([]);
  });

  it('drops the oldest past the count bound, deletes their texts and summarises the new oldest again', async () => {
    const backend = memoryRevisionBackend();
    const store = createRevisionStore(backend, { policy: { ...DEFAULT_HISTORY_POLICY, maxCount: 3 } });
    const ids: string[] = [];
    for (let i = 1; i <= 5; i++) {
      const list = await store.add({ fileId: 'a', path: 'a.yaml', text: doc(i), reason: 'edited', takenAt: T0 + i * MINUTE });
      ids.push(list[0]!.id);
    }
    const list = await store.list('a');
    expect(list.map((r) => r.id)).toEqual([ids[4], ids[3], ids[2]]);
    expect(await store.read(ids[0]!)).toBeUndefined();
    expect(await store.read(ids[1]!)).toBeUndefined();
    expect([...backend.data.keys()].filter((k) => k.startsWith('text:'))).toHaveLength(3);
    // The oldest kept has no revision before it any more.
    expect(list[2]!.summary).toBe('First revision · 3 lines');
    expect(list[0]!.summary).toBe('+1 −0 line');
  });

  it('thins older revisions to one per hour and stays under the byte bound', async () => {
    const store = createRevisionStore(memoryRevisionBackend(), { policy: { ...DEFAULT_HISTORY_POLICY, maxBytes: 200 } });
    // Four revisions in the same hour, three hours ago: after thinning one of them stays.
    for (let i = 0; i < 4; i++) await store.add({ fileId: 'a', path: 'a.yaml', text: `v${i}`, reason: 'edited', takenAt: T0 + i * MINUTE });
    let list = await store.add({ fileId: 'a', path: 'a.yaml', text: 'now', reason: 'edited', takenAt: T0 + 3 * HOUR });
    expect(list.map((r) => r.id)).toHaveLength(2);
    expect(await store.read(list[1]!.id)).toBe('v3');
    // 60 characters take 120 bytes: two such revisions exceed 200 bytes, so only the newest stays.
    list = await store.add({ fileId: 'a', path: 'a.yaml', text: 'x'.repeat(60), reason: 'edited', takenAt: T0 + 3 * HOUR + MINUTE });
    list = await store.add({ fileId: 'a', path: 'a.yaml', text: 'y'.repeat(60), reason: 'edited', takenAt: T0 + 3 * HOUR + 2 * MINUTE });
    expect(list.map((r) => r.size)).toEqual([120]);
  });

  it('keeps the histories of the files edited most recently, up to maxFiles', async () => {
    const backend = memoryRevisionBackend();
    const store = createRevisionStore(backend, { maxFiles: 2 });
    await store.add({ fileId: 'a', path: 'a', text: 'a', reason: 'opened', takenAt: T0 });
    await store.add({ fileId: 'b', path: 'b', text: 'b', reason: 'opened', takenAt: T0 + 1 });
    await store.add({ fileId: 'a', path: 'a', text: 'a2', reason: 'edited', takenAt: T0 + 2 });
    await store.add({ fileId: 'c', path: 'c', text: 'c', reason: 'opened', takenAt: T0 + 3 });
    expect(await store.list('b')).toEqual([]);
    expect(await store.list('a')).toHaveLength(2);
    expect([...backend.data.values()]).not.toContain('b');
  });

  it('leaves out what a damaged index holds instead of trusting it', async () => {
    const backend = memoryRevisionBackend();
    backend.data.set('index:a', [{ id: 1 }, 'junk', { id: 'r', fileId: 'a', takenAt: T0, size: 2, hash: 'h', summary: 's', path: 'a', reason: 'opened' }]);
    backend.data.set('files', 'not a catalogue');
    const store = createRevisionStore(backend);
    expect((await store.list('a')).map((r) => r.id)).toEqual(['r']);
    const list = await store.add({ fileId: 'a', path: 'a', text: 'next', reason: 'saved', takenAt: T0 + MINUTE });
    expect(list.map((r) => r.reason)).toEqual(['saved', 'opened']);
  });

  it('rejects with a typed StorageError when the storage is full or unreadable', async () => {
    const backend = memoryRevisionBackend();
    const store = createRevisionStore(backend);
    backend.failWith.set = Object.assign(new Error('full'), { name: 'QuotaExceededError' });
    await expect(store.add({ fileId: 'a', path: 'a', text: 't', reason: 'opened', takenAt: T0 })).rejects.toMatchObject({ code: 'quota-exceeded' });
    backend.failWith.get = new Error('broken');
    await expect(store.list('a')).rejects.toBeInstanceOf(StorageError);
    // A failed job does not block the next one.
    delete backend.failWith.get;
    delete backend.failWith.set;
    await expect(store.add({ fileId: 'a', path: 'a', text: 't', reason: 'opened', takenAt: T0 })).resolves.toHaveLength(1);
  });

  it('runs its writes one at a time, inside the cross-tab lock', async () => {
    const events: string[] = [];
    const store = createRevisionStore(memoryRevisionBackend(), {
      exclusive: async (job) => {
        events.push('lock');
        await job();
        events.push('unlock');
      },
    });
    const [first, second] = await Promise.all([
      store.add({ fileId: 'a', path: 'a', text: 'one', reason: 'opened', takenAt: T0 }),
      store.add({ fileId: 'a', path: 'a', text: 'two', reason: 'edited', takenAt: T0 + MINUTE }),
    ]);
    expect(first).toHaveLength(1);
    expect(second.map((r) => r.summary)).toEqual(['+1 −1 lines', 'First revision · 1 line']);
    expect(events).toEqual(['lock', 'unlock', 'lock', 'unlock']);
  });
});
