import { describe, expect, it } from 'vitest';
import { memoryBackend } from '@/lib/persistence/storageBackend';
import { createWorkspaceStore } from '@/lib/persistence/workspaceStore';
import { documentKey, FORMAT_1_BACKUP_KEY } from '@/lib/persistence/documentRecords';
import type { SyncStorage } from '@/lib/persistence/unsavedCopy';
import { CLOSED_KEPT_MS, restoreWorkspace } from './restoreWorkspace';
import { createStudioStore } from './store';
import { workspaceDocuments } from './filesSlice';
import { active, pathsOf } from './testing';
import { createWorkspaceSync } from './workspaceSync';
import type { ChannelLike } from './workspaceSync';

/** Two in-process "browser tabs" sharing one backend, like two pages sharing IndexedDB. */
function twoTabs() {
  const backend = memoryBackend();
  const listeners: ((event: MessageEvent) => void)[] = [];
  const channel = (): ChannelLike => {
    const mine: ((event: MessageEvent) => void)[] = [];
    return {
      postMessage: (data) => listeners.filter((l) => !mine.includes(l)).forEach((l) => l({ data } as MessageEvent)),
      addEventListener: (_type, l) => {
        mine.push(l);
        listeners.push(l);
      },
      removeEventListener: () => {},
    };
  };
  return { backend, channel };
}

/** One lock for both tabs, as navigator.locks gives every tab of an origin. */
function sharedLock() {
  let tail: Promise<void> = Promise.resolve();
  return (job: () => Promise<void>) => {
    const run = tail.then(job);
    tail = run.catch(() => undefined);
    return run;
  };
}

/** A page's localStorage, with a quota. */
function pageStorage(quota = Infinity): SyncStorage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    get length() {
      return map.size;
    },
    key: (i) => [...map.keys()][i] ?? null,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => {
      if ([...map].reduce((n, [key, value]) => n + key.length + value.length, 0) + k.length + v.length > quota) throw new DOMException('full', 'QuotaExceededError');
      map.set(k, v);
    },
    removeItem: (k) => void map.delete(k),
  };
}

/** A studio page opening on the shared storage, the way StudioProvider restores it. */
async function openTab(shared: ReturnType<typeof twoTabs>, exclusive?: (job: () => Promise<void>) => Promise<void>, options: { unsaved?: SyncStorage; now?: number } = {}) {
  const workspaceStore = createWorkspaceStore({ backend: shared.backend });
  const restored = await restoreWorkspace(workspaceStore, options.unsaved ?? null, options.now);
  const store = createStudioStore(typeof restored.workspace === 'string' ? 'first' : restored.workspace, { ruleSettings: restored.ruleSettings });
  const sync = createWorkspaceSync(store, { workspaceStore, channel: shared.channel(), unsavedStorage: options.unsaved ?? null, ...(exclusive ? { exclusive } : {}) });
  return { store, sync, workspaceStore, restored };
}

describe('autosave shared by two tabs', () => {
  it('migrates the one-document record of the first studio version', async () => {
    const shared = twoTabs();
    shared.backend.data.set('workspace', { text: 'old text', savedAt: 5 });
    const tab = await openTab(shared);
    expect(active(tab.store).text).toBe('old text');
    expect(tab.restored.saveNow).toBe(true);
    await tab.sync.save();
    const stored = shared.backend.data.get('workspace') as { formatVersion: number; documents: { id: string }[] };
    expect(stored.formatVersion).toBe(2);
    expect(shared.backend.data.get(documentKey(stored.documents[0]!.id))).toMatchObject({ text: 'old text' });
  });

  it('migrates the one-record workspace of format 1: every document, its tabs and rules, one record each; the old record kept', async () => {
    const shared = twoTabs();
    const v1 = {
      formatVersion: 1,
      documents: [
        { id: 'a', name: 'a.yaml', text: 'A', revision: 2, updatedAt: 1 },
        { id: 'b', name: 'b.yaml', text: 'B', revision: 1, updatedAt: 1, readOnly: true },
      ],
      activeId: 'b',
      tabs: ['b', 'a'],
      ruleSettings: { 'some-rule': 'off' },
      savedAt: 3,
    };
    shared.backend.data.set('workspace', v1);
    const tab = await openTab(shared);
    await tab.sync.save();
    expect(shared.backend.data.get(FORMAT_1_BACKUP_KEY)).toEqual(v1);
    expect(shared.backend.data.get(documentKey('a'))).toMatchObject({ text: 'A' });
    const again = await openTab(shared);
    expect(again.store.getState().tabs).toEqual(['b', 'a']);
    expect(active(again.store)).toMatchObject({ id: 'b', text: 'B', readOnly: true });
    expect(again.store.getState().ruleSettings).toEqual({ 'some-rule': 'off' });
    expect(again.restored.saveNow).toBe(false);
  });

  it.each([
    ['with Web Locks', sharedLock()],
    ['without locks (the racing write is repaired when the other tab hears of it)', undefined],
  ])('two tabs editing different documents at once lose nothing, %s', async (_name, lock) => {
    const shared = twoTabs();
    const one = await openTab(shared, lock);
    one.store.getState().newDocument('second');
    await one.sync.save();
    const two = await openTab(shared, lock);
    const [a, b] = two.store.getState().tabs;
    one.store.getState().switchTo(a!);
    one.store.getState().editText('first, edited in tab one');
    two.store.getState().switchTo(b!);
    two.store.getState().editText('second, edited in tab two');
    await Promise.all([one.sync.save(), two.sync.save()]);
    // Let the broadcast pulls (and any repair write) finish.
    await Promise.all([one.sync.pull(), two.sync.pull()]);
    await Promise.all([one.sync.pull(), two.sync.pull()]);
    const fresh = await openTab(shared);
    expect(workspaceDocuments(fresh.store.getState()).map((d) => d.text)).toEqual(['first, edited in tab one', 'second, edited in tab two']);
    expect(workspaceDocuments(one.store.getState()).map((d) => d.text)).toEqual(['first, edited in tab one', 'second, edited in tab two']);
  });

  it('the same document changed in both tabs is kept twice, and the user is told', async () => {
    const shared = twoTabs();
    const one = await openTab(shared);
    await one.sync.save();
    const two = await openTab(shared);
    one.store.getState().editText('one says');
    two.store.getState().editText('two says');
    await one.sync.save();
    await two.sync.save();
    const texts = workspaceDocuments(two.store.getState()).map((d) => d.text);
    expect(texts).toEqual(['two says', 'one says']);
    expect(workspaceDocuments(two.store.getState())[1]?.path).toContain('(from another tab)');
    expect(two.store.getState().notices.some((n) => n.tone === 'warning' && n.message.includes('another tab'))).toBe(true);
    const fresh = await openTab(shared);
    expect(workspaceDocuments(fresh.store.getState()).map((d) => d.text).sort()).toEqual(['one says', 'two says']);
  });

  it('a save failure is reported once and the studio keeps the text in memory', async () => {
    const shared = twoTabs();
    const tab = await openTab(shared);
    shared.backend.failWith.set = Object.assign(new Error('full'), { name: 'QuotaExceededError' });
    tab.store.getState().editText('typed');
    await tab.sync.save();
    await tab.sync.save();
    expect(tab.store.getState().storage.state).toBe('failed');
    expect(tab.store.getState().notices.filter((n) => n.tone === 'warning')).toHaveLength(1);
    expect(active(tab.store).text).toBe('typed');
  });

  it('one document that cannot be stored does not stop the others; its fallback copy is kept as far as it fits', async () => {
    const shared = twoTabs();
    const unsaved = pageStorage(10_000);
    const tab = await openTab(shared, undefined, { unsaved });
    const big = tab.store.getState().newDocument('x'.repeat(50_000), 'big.yaml');
    const small = tab.store.getState().newDocument('small', 'small.yaml');
    await tab.sync.save();
    shared.backend.failWhen.set = (key) => (key === documentKey(big) ? Object.assign(new Error('too large'), { name: 'QuotaExceededError' }) : undefined);
    tab.store.getState().switchTo(big);
    tab.store.getState().editText('y'.repeat(60_000));
    tab.store.getState().switchTo(small);
    tab.store.getState().editText('small, edited');
    await tab.sync.save();
    expect(tab.store.getState().storage).toMatchObject({ state: 'failed', message: expect.stringContaining('“big.yaml” could not be saved') });
    expect(tab.store.getState().storage.message).toContain('Not even a fallback copy fits for “big.yaml”');
    const reloaded = await openTab(shared);
    const texts = new Map(workspaceDocuments(reloaded.store.getState()).map((d) => [d.path, d.text]));
    expect(texts.get('small.yaml')).toBe('small, edited');
    expect(texts.get('big.yaml')).toBe('x'.repeat(50_000));
  });

  it('closed documents stay reopenable after a reload, for a while', async () => {
    const shared = twoTabs();
    const tab = await openTab(shared);
    const closing = tab.store.getState().newDocument('closed text', 'closed.yaml');
    await tab.sync.save();
    tab.store.getState().closeDocument(closing);
    await tab.sync.save();
    const reloaded = await openTab(shared);
    expect(pathsOf(reloaded.store)).not.toContain('closed.yaml');
    reloaded.store.getState().reopenClosed();
    expect(active(reloaded.store)).toMatchObject({ path: 'closed.yaml', text: 'closed text' });

    const later = await openTab(shared, undefined, { now: Date.now() + CLOSED_KEPT_MS + 1000 });
    expect(later.store.getState().closed).toEqual([]);
    await later.sync.save();
    expect(shared.backend.data.has(documentKey(closing))).toBe(false);
  });

  it('a folder workspace comes back after a reload: its files at their paths, its tabs, what was skipped', async () => {
    const shared = twoTabs();
    const tab = await openTab(shared);
    tab.store.getState().beginFolder('proj', { writable: false, total: 2 });
    tab.store.getState().addFolderFiles(
      [
        { path: 'api/asyncapi.yaml', text: 'asyncapi: 3.0.0\n', modified: 4 },
        { path: 'common/m.yaml', text: 'm: 1\n', modified: 4 },
      ],
      [{ path: 'big.yaml', reason: 'too-large', size: 30_000_000 }],
    );
    tab.store.getState().finishFolder();
    await tab.sync.save();
    const reloaded = await openTab(shared);
    const s = reloaded.store.getState();
    expect(s.folder).toMatchObject({ name: 'proj', skipped: [{ path: 'big.yaml', reason: 'too-large' }] });
    expect(pathsOf(reloaded.store).sort()).toEqual(['api/asyncapi.yaml', 'asyncapi.yaml', 'common/m.yaml']);
    expect(active(reloaded.store)).toMatchObject({ path: 'api/asyncapi.yaml', inFolder: true, disk: { path: 'api/asyncapi.yaml', modified: 4 } });
    // Closing the folder lets its files go, in storage too.
    reloaded.store.getState().closeFolder();
    await reloaded.sync.save();
    const third = await openTab(shared);
    expect(pathsOf(third.store)).toEqual(['asyncapi.yaml']);
    expect(third.store.getState().folder).toBeNull();
  });
});
