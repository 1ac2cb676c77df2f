import { describe, expect, it } from 'vitest';
import { readCorpus } from '@/lib/testing/corpus';
import { documentKey, FORMAT_1_BACKUP_KEY, INDEX_FORMAT_VERSION } from './documentRecords';
import type { WorkspaceIndex } from './documentRecords';
import { idbBackend, memoryBackend } from './storageBackend';
import { STORAGE_ERROR_MESSAGES } from './storageErrors';
import type { StoredDocument } from './workspaceRecord';
import { createWorkspaceStore, WORKSPACE_KEY } from './workspaceStore';

const text = readCorpus('spec-examples/3.0.0/mercure-asyncapi.yml');
const NOW = 1_700_000_000_000;

const doc = (id: string, body = text, revision = 1): StoredDocument => ({ id, name: `${id}.yaml`, text: body, cursor: { line: 2, column: 1 }, updatedAt: 1, revision });
const indexOf = (docs: StoredDocument[], extra: Partial<WorkspaceIndex> = {}): WorkspaceIndex => ({
  formatVersion: INDEX_FORMAT_VERSION,
  documents: docs.map((d) => ({ id: d.id, name: d.name, revision: d.revision })),
  activeId: docs[0]!.id,
  savedAt: 2,
  ...extra,
});

function setup() {
  const backend = memoryBackend();
  const store = createWorkspaceStore({ backend, now: () => NOW });
  return { backend, store };
}

function quotaError(): DOMException {
  return new DOMException('The quota has been exceeded.', 'QuotaExceededError');
}

describe('one record per document', () => {
  it('loads nothing from empty storage, then what it saved', async () => {
    const { store, backend } = setup();
    expect(await store.loadWorkspace()).toEqual({ ok: true, record: null });
    const docs = [doc('a'), doc('b', 'asyncapi: 2.6.0')];
    expect(await store.saveDocuments(docs)).toEqual({ saved: ['a', 'b'], failed: [] });
    expect(await store.saveIndex(indexOf(docs, { tabs: ['b'] }))).toEqual({ ok: true });
    expect(backend.data.get(documentKey('b'))).toEqual(docs[1]);
    expect(await store.loadWorkspace()).toEqual({ ok: true, record: { documents: docs, closed: [], activeId: 'a', tabs: ['b'], savedAt: 2 } });
  });

  it('one oversized or failing document does not keep the others from being saved', async () => {
    const { store, backend } = setup();
    backend.failWhen.set = (key) => (key === documentKey('huge') ? quotaError() : undefined);
    const docs = [doc('a'), doc('huge', 'x'.repeat(1000)), doc('c')];
    const result = await store.saveDocuments(docs);
    expect(result.saved).toEqual(['a', 'c']);
    expect(result.failed).toMatchObject([{ id: 'huge', error: { code: 'quota-exceeded' } }]);
    expect([...backend.data.keys()].sort()).toEqual([documentKey('a'), documentKey('c')]);
  });

  it('loads the documents it can; an unusable record is kept aside and named', async () => {
    const { store, backend } = setup();
    const docs = [doc('a'), doc('b')];
    await store.saveDocuments(docs);
    await store.saveIndex(indexOf(docs));
    backend.data.set(documentKey('b'), { id: 'b', name: 'b.yaml', text: 42 });
    const loaded = await store.loadWorkspace();
    if (!loaded.ok || !loaded.record) throw new Error('expected a workspace');
    expect(loaded.record.documents.map((d) => d.id)).toEqual(['a']);
    expect(loaded.unreadable).toEqual([{ id: 'b', name: 'b.yaml', reason: 'stored document b has no text' }]);
    expect([...backend.data.values()]).toContainEqual({ id: 'b', name: 'b.yaml', text: 42 });
  });

  it('keeps closed documents with when they were closed, and a folder with its skipped files', async () => {
    const { store } = setup();
    const docs = [doc('a'), doc('gone')];
    await store.saveDocuments(docs);
    const folder = { name: 'proj', skipped: [{ path: 'big.yaml', reason: 'too-large' as const, size: 9 }], removed: [] };
    await store.saveIndex(indexOf(docs, { closed: [{ id: 'gone', closedAt: 5 }], folder }));
    const loaded = await store.loadWorkspace();
    expect(loaded).toMatchObject({ ok: true, record: { documents: [{ id: 'a' }], closed: [{ id: 'gone', closedAt: 5 }], folder } });
  });
});

describe('migration of the one-record workspace', () => {
  it('reads a format-1 record, copies it aside before anything replaces it, and the next save writes format 2', async () => {
    const { store, backend } = setup();
    const v1 = { formatVersion: 1, documents: [doc('a', 'A', 3), doc('b', 'B', 1)], activeId: 'b', tabs: ['b', 'a'], ruleSettings: { 'x-rule': 'off' }, savedAt: 7 };
    backend.data.set(WORKSPACE_KEY, v1);
    const loaded = await store.loadWorkspace();
    expect(loaded).toMatchObject({ ok: true, migratedFrom: 1, record: { activeId: 'b', tabs: ['b', 'a'], ruleSettings: { 'x-rule': 'off' } } });
    if (!loaded.ok || !loaded.record) throw new Error('expected a workspace');
    expect(loaded.record.documents.map((d) => [d.id, d.text, d.revision])).toEqual([
      ['a', 'A', 3],
      ['b', 'B', 1],
    ]);
    expect(backend.data.get(FORMAT_1_BACKUP_KEY)).toEqual(v1);
    await store.saveDocuments(loaded.record.documents);
    await store.saveIndex(indexOf(loaded.record.documents, { activeId: 'b' }));
    const again = await createWorkspaceStore({ backend }).loadWorkspace();
    expect(again).toMatchObject({ ok: true, record: { activeId: 'b' } });
    expect(again.ok && again.migratedFrom).toBeFalsy();
    expect(again.ok && again.record?.documents.map((d) => d.text)).toEqual(['A', 'B']);
    expect(backend.data.get(FORMAT_1_BACKUP_KEY)).toEqual(v1);
  });

  it('migrates a format-0 record ({ text }) too', async () => {
    const { backend, store } = setup();
    backend.data.set(WORKSPACE_KEY, { text: 'asyncapi: 3.0.0', savedAt: 9 });
    const loaded = await store.loadWorkspace();
    expect(loaded).toMatchObject({ ok: true, migratedFrom: 0, record: { documents: [{ text: 'asyncapi: 3.0.0' }] } });
  });

  it('refuses to save when the old record could not be copied aside', async () => {
    const { backend, store } = setup();
    backend.data.set(WORKSPACE_KEY, { formatVersion: 1, documents: [doc('a')], activeId: 'a', savedAt: 1 });
    backend.failWith.set = quotaError();
    expect(await store.loadWorkspace()).toMatchObject({ ok: false, error: { code: 'kept-aside-failed' } });
    backend.failWith.set = undefined;
    expect(await store.saveIndex(indexOf([doc('a')]))).toMatchObject({ ok: false, error: { code: 'kept-aside-failed' } });
    expect(backend.data.get(WORKSPACE_KEY)).toMatchObject({ formatVersion: 1 });
  });
});

describe('unusable stored workspaces', () => {
  it('keeps a newer-format record aside under its own key before anything can overwrite it', async () => {
    const { backend, store } = setup();
    const newer = { formatVersion: 7, stuff: [1, 2, 3] };
    backend.data.set(WORKSPACE_KEY, newer);
    const loaded = await store.loadWorkspace();
    if (!loaded.ok || !loaded.keptAside) throw new Error('expected the record kept aside');
    expect(loaded.record).toBeNull();
    expect(loaded.keptAside.reason).toMatch(/newer version/);
    expect(backend.data.get(loaded.keptAside.key)).toEqual(newer);
    expect(await store.saveIndex(indexOf([doc('a')]))).toEqual({ ok: true });
    expect(backend.data.get(loaded.keptAside.key)).toEqual(newer);
  });

  it('sets a broken index aside once per session', async () => {
    const backend = memoryBackend();
    backend.data.set(WORKSPACE_KEY, { formatVersion: 2, documents: 'broken' });
    const store = createWorkspaceStore({ backend });
    const first = await store.loadWorkspace();
    const second = await store.loadWorkspace();
    expect(first.ok && second.ok && first.keptAside?.key === second.keptAside?.key).toBe(true);
    expect(second.ok && second.keptAside?.again).toBe(true);
    expect([...backend.data.keys()].filter((k) => k.startsWith('workspace-kept-aside:'))).toHaveLength(1);
  });

  it('returns storage failures as typed errors, never throws', async () => {
    const { backend, store } = setup();
    backend.failWith.set = quotaError();
    const saved = await store.saveIndex(indexOf([doc('a')]));
    expect(saved).toMatchObject({ ok: false, error: { code: 'quota-exceeded' } });
    if (!saved.ok) expect(saved.error.message).toBe(STORAGE_ERROR_MESSAGES['quota-exceeded']);
    expect(await store.keepAside({})).toMatchObject({ ok: false, error: { code: 'quota-exceeded' } });
    backend.failWith.get = new DOMException('denied', 'SecurityError');
    expect(await store.loadWorkspace()).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    backend.failWith.get = new Error('disk on fire');
    expect(await store.loadWorkspace()).toMatchObject({ ok: false, error: { code: 'read-failed', detail: 'disk on fire' } });
  });

  it('reports IndexedDB missing (as in Node) as unavailable', async () => {
    expect(typeof indexedDB).toBe('undefined');
    const store = createWorkspaceStore({ backend: idbBackend() });
    expect(await store.loadWorkspace()).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    expect(await store.saveIndex(indexOf([doc('a')]))).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    expect((await store.saveDocuments([doc('a')])).failed).toMatchObject([{ id: 'a', error: { code: 'unavailable' } }]);
  });
});
