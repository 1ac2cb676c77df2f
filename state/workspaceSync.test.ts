import { describe, expect, it } from 'vitest';
import { memoryBackend } from '@/lib/persistence/storageBackend';
import { createWorkspaceStore } from '@/lib/persistence/workspaceStore';
import { fromStored } from '@/lib/persistence/workspaceMerge';
import { createStudioStore } from './store';
import { workspaceDocuments } from './filesSlice';
import { active } from './testing';
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

async function openTab(shared: ReturnType<typeof twoTabs>, exclusive?: (job: () => Promise<void>) => Promise<void>) {
  const workspaceStore = createWorkspaceStore({ backend: shared.backend });
  const loaded = await workspaceStore.loadWorkspace();
  if (!loaded.ok) throw loaded.error;
  const store = loaded.record
    ? createStudioStore({ documents: loaded.record.documents.map(fromStored), activeId: loaded.record.activeId })
    : createStudioStore('first');
  const sync = createWorkspaceSync(store, { workspaceStore, channel: shared.channel(), ...(exclusive ? { exclusive } : {}) });
  return { store, sync, workspaceStore };
}

describe('autosave shared by two tabs', () => {
  it('migrates the one-document record of the first studio version', async () => {
    const shared = twoTabs();
    shared.backend.data.set('workspace', { text: 'old text', savedAt: 5 });
    const tab = await openTab(shared);
    expect(active(tab.store).text).toBe('old text');
    await tab.sync.save();
    const stored = shared.backend.data.get('workspace') as { formatVersion: number; documents: { text: string }[] };
    expect(stored.formatVersion).toBe(1);
    expect(stored.documents.map((d) => d.text)).toEqual(['old text']);
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
});
