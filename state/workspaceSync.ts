import type { WorkspaceIndex } from '@/lib/persistence/documentRecords';
import { isChangedHere, mergeRemoteDocuments } from '@/lib/persistence/workspaceMerge';
import type { StoredDocument } from '@/lib/persistence/workspaceRecord';
import { removePageCopies, removeUnsavedCopies, writeUnsavedCopy } from '@/lib/persistence/unsavedCopy';
import type { StashOutcome, SyncStorage } from '@/lib/persistence/unsavedCopy';
import { planSave } from '@/lib/persistence/workspacePlan';
import type { SaveInput } from '@/lib/persistence/workspacePlan';
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
  /** Synchronously keeps what is not saved yet where the next start finds it (page going away); says what did not fit. */
  stashUnsaved(): StashOutcome;
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

  /** Merges stored documents in; true when storage lacks something this tab holds as saved. */
  const merge = (stored: ReadonlyArray<{ id: string; revision: number }>, documents: StoredDocument[]): boolean => {
    const s = store.getState();
    const storedRevision = new Map(stored.map((d) => [d.id, d.revision]));
    const local = workspaceDocuments(s);
    const behind = local.some((d) => d.revision > 0 && (storedRevision.get(d.id) ?? -1) < d.revision);
    const closed = new Map<string, number>([...s.closed.map((d) => [d.id, d.revision] as const), ...Object.entries(s.discarded)]);
    const outcome = mergeRemoteDocuments(local, documents, { closed, makeId: newDocumentId });
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

  /**
   * Reads the stored index and merges what other tabs stored: only documents stored at a newer revision than
   * this tab knows are read. Null when storage could not be read; else the index (null when there is none or
   * it is of an older format, whose documents are then all written) and whether storage is behind this tab.
   */
  const load = async (): Promise<{ index: WorkspaceIndex | null; behind: boolean; othersClosed: NonNullable<SaveInput['othersClosed']> } | null> => {
    const loaded = await workspaceStore.loadIndex();
    if (!loaded.ok) {
      fail(loaded.error);
      return null;
    }
    if (loaded.keptAside && !loaded.keptAside.again) {
      store.getState().notify('warning', `A stored workspace could not be opened (${loaded.keptAside.reason}); it was kept aside in this browser's storage.`);
    }
    if (loaded.legacy) {
      merge(loaded.legacy.documents, loaded.legacy.documents);
      return { index: null, behind: true, othersClosed: [] };
    }
    const index = loaded.index;
    if (!index) return { index: null, behind: true, othersClosed: [] };
    const s = store.getState();
    const mine = new Map(workspaceDocuments(s).map((d) => [d.id, d.revision]));
    const gone = new Map<string, number>([...s.closed.map((d) => [d.id, d.revision] as const), ...Object.entries(s.discarded)]);
    // Documents another tab closed stay closed (and reopenable after a reload): not merged in as open ones.
    const closedThere = new Map((index.closed ?? []).filter((c) => !mine.has(c.id) && !gone.has(c.id)).map((c) => [c.id, c.closedAt]));
    const othersClosed = index.documents.filter((e) => closedThere.has(e.id)).map((entry) => ({ entry, closedAt: closedThere.get(entry.id)! }));
    const newer = index.documents.filter((e) => !closedThere.has(e.id) && e.revision > (mine.get(e.id) ?? -1) && !(gone.has(e.id) && e.revision <= gone.get(e.id)!));
    const fetched = await workspaceStore.loadDocuments(newer.map((e) => e.id));
    if (!fetched.ok) {
      fail(fetched.error);
      return null;
    }
    // Documents not read are at a revision this tab has already: the merge keeps this tab's copy of them.
    const read = new Set(fetched.documents.map((d) => d.id));
    const others: StoredDocument[] = index.documents.filter((e) => !read.has(e.id) && mine.has(e.id)).map((e) => ({ id: e.id, name: e.name, text: '', revision: e.revision, updatedAt: 0 }));
    const behind = merge(index.documents.filter((e) => !closedThere.has(e.id)), [...fetched.documents, ...others]);
    if (!store.getState().folder && index.folder && workspaceDocuments(store.getState()).some((d) => d.inFolder)) store.getState().adoptFolder(index.folder);
    return { index, behind, othersClosed };
  };

  const write = async () => {
    const loaded = await load();
    if (loaded === null) return;
    const s = store.getState();
    const plan = planSave({
      documents: workspaceDocuments(s),
      closed: s.closed,
      discarded: Object.keys(s.discarded),
      activeId: s.activeId,
      tabs: s.tabs,
      ruleSettings: s.ruleSettings,
      folder: s.folder ? { name: s.folder.name, skipped: s.folder.skipped, removed: s.folder.removed } : null,
      stored: loaded.index,
      othersClosed: loaded.othersClosed,
      now: now(),
    });
    const written = await workspaceStore.saveDocuments(plan.records);
    const savedIds = new Set(written.saved);
    const indexed = await workspaceStore.saveIndex(plan.indexFor(savedIds));
    if (!indexed.ok) {
      fail(indexed.error);
      return;
    }
    await workspaceStore.deleteDocuments(plan.deletions);
    store.getState().forgetDiscarded(plan.deletions);
    store.getState().markSaved(plan.saved.filter((d) => savedIds.has(d.id)));
    if (written.failed.length > 0) {
      failDocuments(written.failed);
    } else {
      reported = false;
      removeUnsavedCopies(unsavedStorage, leftovers);
      leftovers = [];
      removePageCopies(unsavedStorage, pageId);
      // Typing while the write was under way leaves newer text to save: still pending, not "saved".
      if (!workspaceDocuments(store.getState()).some(isChangedHere)) store.getState().setStorage({ state: 'saved' });
    }
    const message: SavedMessage = { type: 'workspace-saved', from: pageId };
    channel?.postMessage(message);
  };

  /** Some documents could not be stored (the others were): say which, and keep them in the fallback stash as far as it goes. */
  const failDocuments = (failed: ReadonlyArray<{ id: string; error: StorageError }>) => {
    const s = store.getState();
    const names = failed.map((f) => `“${s.files[f.id]?.path ?? s.closed.find((d) => d.id === f.id)?.path ?? f.id}”`);
    const reason = failed[0]!.error.detail ?? failed[0]!.error.message;
    const stash = writeUnsavedCopy(unsavedStorage, pageId, workspaceDocuments(s));
    const notKept = stash.notKept.length > 0 ? ` Not even a fallback copy fits for ${stash.notKept.map((p) => `“${p}”`).join(', ')}: download ${stash.notKept.length === 1 ? 'it' : 'them'} before closing the tab.` : ` A fallback copy of ${failed.length === 1 ? 'it' : 'them'} is kept in this browser until it can be stored.`;
    const message = `${names.join(', ')} could not be saved in this browser (${reason}); every other document is saved.${notKept}`;
    s.setStorage({ state: 'failed', message });
    if (!reported) s.notify('warning', message);
    reported = true;
  };
  const save = () => enqueue(write);

  // A write of another tab that raced ours (no Web Locks) may have dropped what we stored: store it again.
  const pull = () =>
    enqueue(async () => {
      if ((await load())?.behind === true) await write();
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
    dropStash: () => removePageCopies(unsavedStorage, pageId),
    dispose: () => {
      channel?.removeEventListener('message', onMessage);
      channel?.close?.();
    },
  };
}
