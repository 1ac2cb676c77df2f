import { buildWorkspaceRecord, isChangedHere, mergeRemoteDocuments } from '@/lib/persistence/workspaceMerge';
import type { WorkspaceRecord } from '@/lib/persistence/workspaceRecord';
import { removeUnsavedCopies, UNSAVED_PREFIX, writeUnsavedCopy } from '@/lib/persistence/unsavedCopy';
import type { SyncStorage } from '@/lib/persistence/unsavedCopy';
import type { WorkspaceStore } from '@/lib/persistence/workspaceStore';
import type { StorageError } from '@/lib/persistence/storageErrors';
import type { StudioStore } from './store';
import { newDocumentId, workspaceDocuments } from './filesSlice';

/** The channel every studio tab of this origin listens on. */
export const STUDIO_CHANNEL = 'asyncapi-studio';

export interface ChannelLike {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  close?(): void;
}

interface SavedMessage {
  type: 'workspace-saved';
  from: string;
}

export interface WorkspaceSync {
  /** Merges what other tabs stored, then stores the whole workspace. Calls run one after another. */
  save(): Promise<void>;
  /** Merges what other tabs stored, without writing. */
  pull(): Promise<void>;
  /** Synchronously keeps what is not saved yet where the next start finds it (page going away). */
  stashUnsaved(): void;
  /** The page is back (from the back/forward cache): its stash is no longer a leftover. */
  dropStash(): void;
  dispose(): void;
}

export interface WorkspaceSyncDeps {
  workspaceStore: WorkspaceStore;
  channel?: ChannelLike | null;
  now?: () => number;
  /**
   * Runs a job while no other tab runs one (Web Locks), so two tabs' read-merge-write cycles never
   * interleave and one write never erases what the other just stored.
   */
  exclusive?: (job: () => Promise<void>) => Promise<void>;
  /** Where `stashUnsaved` writes (localStorage in the page). */
  unsavedStorage?: SyncStorage | null;
  /** Leftover stashes merged into this workspace at start: removed once it is stored. */
  recoveredKeys?: string[];
}

/** The Web Locks API where the browser has it; otherwise jobs run unguarded (the pull check below still repairs). */
export function webLock(name = 'asyncapi-studio-workspace'): (job: () => Promise<void>) => Promise<void> {
  return (job) => (typeof navigator !== 'undefined' && navigator.locks ? navigator.locks.request(name, job).then(() => undefined) : job());
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * Keeps this tab's workspace and the stored one in step. Before each write it merges the stored
 * record (another tab may have saved since), so neither tab overwrites the other's documents; after
 * each write it tells the other tabs, which merge at once.
 */
export function createWorkspaceSync(store: StudioStore, deps: WorkspaceSyncDeps): WorkspaceSync {
  const { workspaceStore, channel } = deps;
  const now = deps.now ?? Date.now;
  const pageId = newDocumentId();
  let chain: Promise<void> = Promise.resolve();
  let reported = false;
  let leftovers = deps.recoveredKeys ?? [];
  const unsavedStorage = deps.unsavedStorage ?? null;

  const exclusive = deps.exclusive ?? ((job: () => Promise<void>) => job());
  const enqueue = (job: () => Promise<void>): Promise<void> => {
    const guarded = () => exclusive(job);
    chain = chain.then(guarded, guarded);
    return chain;
  };

  const fail = (error: StorageError) => {
    const s = store.getState();
    const message = error.detail ? `${error.message} (${error.detail})` : error.message;
    s.setStorage({ state: 'failed', message });
    // One notice per failure streak; the status bar keeps saying it.
    if (!reported) s.notify('warning', message);
    reported = true;
  };

  /** Merges a stored record in; true when storage lacks something this tab holds as saved. */
  const merge = (record: WorkspaceRecord): boolean => {
    const s = store.getState();
    const storedRevision = new Map(record.documents.map((d) => [d.id, d.revision]));
    const local = workspaceDocuments(s);
    const behind = local.some((d) => d.revision > 0 && (storedRevision.get(d.id) ?? -1) < d.revision);
    const outcome = mergeRemoteDocuments(local, record.documents, {
      closed: new Map(s.closed.map((d) => [d.id, d.revision])),
      makeId: newDocumentId,
    });
    if (outcome.updated.length === 0 && outcome.added.length === 0 && outcome.conflicts.length === 0) {
      // Revisions may still have moved (same text saved elsewhere): keep them without a re-render storm.
      if (outcome.documents.some((d, i) => d.revision !== local[i]?.revision)) s.applyMerge(outcome);
      return behind;
    }
    s.applyMerge(outcome);
    for (const conflict of outcome.conflicts) {
      s.notify(
        'warning',
        `“${conflict.path}” was changed in another tab of the studio too. Both versions are kept: the other tab's version is open as a separate tab.`,
      );
    }
    if (outcome.updated.includes(s.activeId)) {
      const name = outcome.documents.find((d) => d.id === s.activeId)?.path ?? 'This document';
      s.notify('info', `“${name}” was updated from another tab of the studio.`);
    }
    if (outcome.added.length > 0) s.notify('info', `${plural(outcome.added.length, 'document')} from another tab of the studio added.`);
    return behind;
  };

  /** Reads and merges the stored workspace: null when it could not be read, else whether storage is behind. */
  const load = async (): Promise<boolean | null> => {
    const loaded = await workspaceStore.loadWorkspace();
    if (!loaded.ok) {
      fail(loaded.error);
      return null;
    }
    if (loaded.keptAside && !loaded.keptAside.again) {
      store.getState().notify('warning', `A stored workspace could not be opened (${loaded.keptAside.reason}); it was kept aside in this browser's storage.`);
    }
    return loaded.record ? merge(loaded.record) : true;
  };

  const write = async () => {
    if ((await load()) === null) return;
    const s = store.getState();
    const { record, saved } = buildWorkspaceRecord(workspaceDocuments(s), s.activeId, now(), { tabs: s.tabs, ruleSettings: s.ruleSettings });
    const result = await workspaceStore.saveWorkspace(record);
    if (!result.ok) {
      fail(result.error);
      return;
    }
    reported = false;
    store.getState().markSaved(saved);
    removeUnsavedCopies(unsavedStorage, [...leftovers, UNSAVED_PREFIX + pageId]);
    leftovers = [];
    // Typing while the write was under way leaves newer text to save: still pending, not "saved".
    if (!workspaceDocuments(store.getState()).some(isChangedHere)) store.getState().setStorage({ state: 'saved' });
    const message: SavedMessage = { type: 'workspace-saved', from: pageId };
    channel?.postMessage(message);
  };
  const save = () => enqueue(write);

  // A write of another tab that raced ours (no Web Locks) may have dropped what we stored: store it again.
  const pull = () =>
    enqueue(async () => {
      if ((await load()) === true) await write();
    });

  const onMessage = (event: MessageEvent) => {
    const data = event.data as Partial<SavedMessage> | null;
    if (data?.type === 'workspace-saved' && data.from !== pageId) void pull();
  };
  channel?.addEventListener('message', onMessage);

  return {
    save,
    pull,
    stashUnsaved: () => writeUnsavedCopy(unsavedStorage, pageId, workspaceDocuments(store.getState())),
    dropStash: () => removeUnsavedCopies(unsavedStorage, [UNSAVED_PREFIX + pageId]),
    dispose: () => {
      channel?.removeEventListener('message', onMessage);
      channel?.close?.();
    },
  };
}
