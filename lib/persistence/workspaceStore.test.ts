import { describe, expect, it } from 'vitest';
import { readCorpus } from '@/lib/testing/corpus';
import { idbBackend, memoryBackend } from './storageBackend';
import { STORAGE_ERROR_MESSAGES } from './storageErrors';
import { WORKSPACE_FORMAT_VERSION } from './workspaceRecord';
import type { WorkspaceRecord } from './workspaceRecord';
import { createWorkspaceStore, WORKSPACE_KEY } from './workspaceStore';

const text = readCorpus('spec-examples/3.0.0/mercure-asyncapi.yml');
const NOW = 1_700_000_000_000;

const current: WorkspaceRecord = {
  formatVersion: WORKSPACE_FORMAT_VERSION,
  documents: [{ id: 'a', name: 'mercure.yaml', text, cursor: { line: 2, column: 1 }, updatedAt: 1, revision: 3 }],
  activeId: 'a',
  savedAt: 2,
};

function setup() {
  const backend = memoryBackend();
  const store = createWorkspaceStore({ backend, now: () => NOW });
  return { backend, store };
}

function quotaError(): DOMException {
  return new DOMException('The quota has been exceeded.', 'QuotaExceededError');
}

describe('createWorkspaceStore', () => {
  it('loads nothing from empty storage, then what it saved', async () => {
    const { store } = setup();
    expect(await store.loadWorkspace()).toEqual({ ok: true, record: null });
    expect(await store.saveWorkspace(current)).toEqual({ ok: true });
    expect(await store.loadWorkspace()).toEqual({ ok: true, record: current });
  });

  it('migrates a format-0 record on load', async () => {
    const { backend, store } = setup();
    backend.data.set(WORKSPACE_KEY, { text: 'asyncapi: 3.0.0', savedAt: 9 });
    const loaded = await store.loadWorkspace();
    expect(loaded).toMatchObject({ ok: true, migratedFrom: 0, record: { documents: [{ text: 'asyncapi: 3.0.0' }] } });
  });

  it('keeps a newer-format record aside under its own key before anything can overwrite it', async () => {
    const { backend, store } = setup();
    const newer = { formatVersion: 7, stuff: [1, 2, 3] };
    backend.data.set(WORKSPACE_KEY, newer);
    const loaded = await store.loadWorkspace();
    if (!loaded.ok || !loaded.keptAside) throw new Error('expected the record kept aside');
    expect(loaded.record).toBeNull();
    expect(loaded.keptAside.reason).toMatch(/newer version/);
    expect(backend.data.get(loaded.keptAside.key)).toEqual(newer);
    expect(await store.saveWorkspace(current)).toEqual({ ok: true });
    expect(backend.data.get(loaded.keptAside.key)).toEqual(newer);
  });

  it('refuses to save when a broken record could not be kept aside', async () => {
    const { backend, store } = setup();
    backend.data.set(WORKSPACE_KEY, { formatVersion: 1, documents: 'broken' });
    backend.failWith.set = quotaError();
    const loaded = await store.loadWorkspace();
    expect(loaded).toMatchObject({ ok: false, error: { code: 'kept-aside-failed' } });
    backend.failWith.set = undefined;
    expect(await store.saveWorkspace(current)).toMatchObject({ ok: false, error: { code: 'kept-aside-failed' } });
    expect(backend.data.get(WORKSPACE_KEY)).toEqual({ formatVersion: 1, documents: 'broken' });
  });

  it('returns storage failures as typed errors, never throws', async () => {
    const { backend, store } = setup();
    backend.failWith.set = quotaError();
    const saved = await store.saveWorkspace(current);
    expect(saved).toMatchObject({ ok: false, error: { code: 'quota-exceeded' } });
    if (!saved.ok) expect(saved.error.message).toBe(STORAGE_ERROR_MESSAGES['quota-exceeded']);
    expect(await store.keepAside({})).toMatchObject({ ok: false, error: { code: 'quota-exceeded' } });

    backend.failWith.get = new DOMException('denied', 'SecurityError');
    expect(await store.loadWorkspace()).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    backend.failWith.get = new Error('disk on fire');
    expect(await store.loadWorkspace()).toMatchObject({ ok: false, error: { code: 'read-failed', detail: 'disk on fire' } });
    backend.failWith.set = 'not even an Error';
    expect(await store.saveWorkspace(current)).toMatchObject({ ok: false, error: { code: 'write-failed' } });
  });

  it('reports IndexedDB missing (as in Node) as unavailable', async () => {
    expect(typeof indexedDB).toBe('undefined');
    const store = createWorkspaceStore({ backend: idbBackend() });
    expect(await store.loadWorkspace()).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    expect(await store.saveWorkspace(current)).toMatchObject({ ok: false, error: { code: 'unavailable' } });
  });

  it('keeps aside any value on request, under a fresh key', async () => {
    const { backend, store } = setup();
    const kept = await store.keepAside({ anything: true });
    if (!kept.ok) throw kept.error;
    expect(kept.key).toContain(String(NOW));
    expect(backend.data.get(kept.key)).toEqual({ anything: true });
  });
});

describe('loading the same unusable record twice', () => {
  it('sets it aside once', async () => {
    const backend = memoryBackend();
    backend.data.set('workspace', { formatVersion: 99, documents: [] });
    const store = createWorkspaceStore({ backend });
    const first = await store.loadWorkspace();
    const second = await store.loadWorkspace();
    expect(first.ok && second.ok && first.keptAside?.key === second.keptAside?.key).toBe(true);
    expect(second.ok && second.keptAside?.again).toBe(true);
    expect([...backend.data.keys()].filter((k) => k.startsWith('workspace-kept-aside:'))).toHaveLength(1);
  });
});
