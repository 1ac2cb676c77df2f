import { documentKey, FORMAT_1_BACKUP_KEY, INDEX_FORMAT_VERSION, restoreDocumentRecord, restoreIndex } from './documentRecords';
import type { StoredFolder, WorkspaceIndex } from './documentRecords';
import { idbBackend } from './storageBackend';
import type { KeyValueBackend } from './storageBackend';
import { StorageError, toStorageError } from './storageErrors';
import { restoreWorkspaceRecord } from './workspaceRecord';
import type { StoredDocument, WorkspaceRecord } from './workspaceRecord';

export const WORKSPACE_KEY = 'workspace';
export const FOLDER_HANDLE_KEY = 'folder-handle';
const KEPT_ASIDE_PREFIX = 'workspace-kept-aside:';
/** Documents per IndexedDB transaction when saving; a failed batch is retried one document at a time. */
const BATCH = 50;

export interface KeptAside {
  key: string;
  reason: string;
  /** This session had already set this very record aside (and reported it). */
  again?: boolean;
}

/** The workspace as stored, assembled from the index and the document records. */
export interface LoadedWorkspace {
  documents: StoredDocument[];
  /** Closed documents still reopenable, newest last. */
  closed: Array<StoredDocument & { closedAt: number }>;
  activeId: string;
  tabs?: string[];
  ruleSettings?: WorkspaceRecord['ruleSettings'];
  folder?: StoredFolder;
  savedAt: number;
}

/**
 * `record` is null when nothing was stored, or when the stored record could not be used: then
 * `keptAside` says where it went and why, for the UI to report. `unreadable`: document records that could
 * not be used (each kept aside); the others load.
 */
export type LoadResult =
  | { ok: true; record: LoadedWorkspace | null; migratedFrom?: number; keptAside?: KeptAside; unreadable?: Array<{ id: string; name: string; reason: string }> }
  | { ok: false; error: StorageError };

/** What a save cycle reads first: the index, or a whole record of an older format that the save will migrate. */
export type IndexResult = { ok: true; index: WorkspaceIndex | null; legacy?: LoadedWorkspace; keptAside?: KeptAside } | { ok: false; error: StorageError };

export type SaveResult = { ok: true } | { ok: false; error: StorageError };
export type KeepAsideResult = { ok: true; key: string } | { ok: false; error: StorageError };
export interface DocumentsSaved {
  saved: string[];
  failed: Array<{ id: string; error: StorageError }>;
}

export interface WorkspaceStore {
  loadWorkspace(): Promise<LoadResult>;
  loadIndex(): Promise<IndexResult>;
  loadDocuments(ids: string[]): Promise<{ ok: true; documents: StoredDocument[] } | { ok: false; error: StorageError }>;
  /** Writes each document's record independently of the others: one that fails does not stop the rest. */
  saveDocuments(documents: StoredDocument[]): Promise<DocumentsSaved>;
  saveIndex(index: WorkspaceIndex): Promise<SaveResult>;
  /** Best effort: a record left behind costs space, never data. */
  deleteDocuments(ids: string[]): Promise<void>;
  loadFolderHandle(): Promise<unknown>;
  saveFolderHandle(handle: unknown): Promise<void>;
  keepAside(raw: unknown): Promise<KeepAsideResult>;
}

export interface WorkspaceStoreOptions {
  backend?: KeyValueBackend;
  now?: () => number;
}

function fromLegacy(record: WorkspaceRecord): LoadedWorkspace {
  const loaded: LoadedWorkspace = { documents: record.documents, closed: [], activeId: record.activeId, savedAt: record.savedAt };
  if (record.tabs) loaded.tabs = record.tabs;
  if (record.ruleSettings) loaded.ruleSettings = record.ruleSettings;
  return loaded;
}

/**
 * The workspace's one door to storage. No method throws: every failure is a StorageError value.
 * An unusable stored record is copied aside before anything can overwrite it; if that copy fails,
 * saving is refused for the rest of the session so the only copy survives. A record of an older format is
 * copied to FORMAT_1_BACKUP_KEY before the first save in the new format replaces it.
 */
export function createWorkspaceStore(options: WorkspaceStoreOptions = {}): WorkspaceStore {
  const backend = options.backend ?? idbBackend();
  const now = options.now ?? Date.now;
  let blocked: StorageError | undefined;
  let backedUp = false;
  // What this session already set aside: loading the same unusable record again must not copy it again.
  const keptAsideAlready = new Map<string, string>();

  async function keepAside(raw: unknown): Promise<KeepAsideResult> {
    // The random tail keeps two set-asides in the same millisecond (or two tabs) from colliding.
    const key = `${KEPT_ASIDE_PREFIX}${now()}-${Math.random().toString(36).slice(2, 8)}`;
    try {
      await backend.set(key, raw);
      return { ok: true, key };
    } catch (error) {
      return { ok: false, error: toStorageError(error, 'write-failed') };
    }
  }

  /** Sets an unusable value aside once per session; null (and saving blocked) when even that fails. */
  async function setAside(raw: unknown, reason: string): Promise<KeptAside | null> {
    const fingerprint = fingerprintOf(raw);
    const earlier = fingerprint === undefined ? undefined : keptAsideAlready.get(fingerprint);
    if (earlier !== undefined) return { key: earlier, reason, again: true };
    const aside = await keepAside(raw);
    if (!aside.ok) {
      blocked = new StorageError('kept-aside-failed', aside.error.detail ?? aside.error.code);
      return null;
    }
    if (fingerprint !== undefined) keptAsideAlready.set(fingerprint, aside.key);
    return { key: aside.key, reason };
  }

  async function loadIndex(): Promise<IndexResult & { migratedFrom?: number }> {
    let raw: unknown;
    try {
      raw = await backend.get(WORKSPACE_KEY);
    } catch (error) {
      return { ok: false, error: toStorageError(error, 'read-failed') };
    }
    if (raw === undefined || raw === null) return { ok: true, index: null };
    const version = typeof raw === 'object' ? (raw as { formatVersion?: unknown }).formatVersion : undefined;
    if (version === INDEX_FORMAT_VERSION) {
      const restored = restoreIndex(raw, now());
      if (restored.ok) return { ok: true, index: restored.index };
      const kept = await setAside(raw, restored.reason);
      return kept ? { ok: true, index: null, keptAside: kept } : { ok: false, error: blocked! };
    }
    const restored = restoreWorkspaceRecord(raw, now());
    if (!restored.ok) {
      const kept = await setAside(restored.keptAside, restored.reason);
      return kept ? { ok: true, index: null, keptAside: kept } : { ok: false, error: blocked! };
    }
    // An older format: keep a copy of it before the first save in the new format replaces it.
    if (!backedUp) {
      try {
        if ((await backend.get(FORMAT_1_BACKUP_KEY)) === undefined) await backend.set(FORMAT_1_BACKUP_KEY, raw);
        backedUp = true;
      } catch (error) {
        blocked = new StorageError('kept-aside-failed', toStorageError(error, 'write-failed').detail);
        return { ok: false, error: blocked };
      }
    }
    return { ok: true, index: null, legacy: fromLegacy(restored.record), migratedFrom: restored.migratedFrom ?? 1 };
  }

  async function loadDocuments(ids: string[]): Promise<{ ok: true; documents: StoredDocument[]; unreadable: Array<{ id: string; reason: string }> } | { ok: false; error: StorageError }> {
    let raws: unknown[];
    try {
      raws = ids.length === 0 ? [] : await backend.getMany(ids.map(documentKey));
    } catch (error) {
      return { ok: false, error: toStorageError(error, 'read-failed') };
    }
    const documents: StoredDocument[] = [];
    const unreadable: Array<{ id: string; reason: string }> = [];
    for (const [i, raw] of raws.entries()) {
      const id = ids[i]!;
      if (raw === undefined) {
        unreadable.push({ id, reason: 'its record is missing' });
        continue;
      }
      const restored = restoreDocumentRecord(raw, id, now());
      if (restored.ok) {
        documents.push(restored.document);
      } else {
        await setAside(raw, restored.reason);
        unreadable.push({ id, reason: restored.reason });
      }
    }
    return { ok: true, documents, unreadable };
  }

  async function loadWorkspace(): Promise<LoadResult> {
    const indexed = await loadIndex();
    if (!indexed.ok) return indexed;
    const extra = { ...(indexed.keptAside ? { keptAside: indexed.keptAside } : {}), ...(indexed.migratedFrom !== undefined ? { migratedFrom: indexed.migratedFrom } : {}) };
    if (indexed.legacy) return { ok: true, record: indexed.legacy, ...extra };
    const index = indexed.index;
    if (!index) return { ok: true, record: null, ...extra };
    const loaded = await loadDocuments(index.documents.map((d) => d.id));
    if (!loaded.ok) return loaded;
    const closedAt = new Map((index.closed ?? []).map((c) => [c.id, c.closedAt]));
    const byId = new Map(loaded.documents.map((d) => [d.id, d]));
    const record: LoadedWorkspace = {
      documents: index.documents.map((e) => byId.get(e.id)).filter((d): d is StoredDocument => d !== undefined && !closedAt.has(d.id)),
      closed: (index.closed ?? []).flatMap((c) => {
        const doc = byId.get(c.id);
        return doc ? [{ ...doc, closedAt: c.closedAt }] : [];
      }),
      activeId: index.activeId,
      savedAt: index.savedAt,
    };
    if (index.tabs) record.tabs = index.tabs;
    if (index.ruleSettings) record.ruleSettings = index.ruleSettings;
    if (index.folder) record.folder = index.folder;
    const names = new Map(index.documents.map((e) => [e.id, e.name]));
    const unreadable = loaded.unreadable.map((u) => ({ ...u, name: names.get(u.id) ?? u.id }));
    return { ok: true, record, ...extra, ...(unreadable.length > 0 ? { unreadable } : {}) };
  }

  async function saveDocuments(documents: StoredDocument[]): Promise<DocumentsSaved> {
    const result: DocumentsSaved = { saved: [], failed: [] };
    if (blocked) return { saved: [], failed: documents.map((d) => ({ id: d.id, error: blocked! })) };
    for (let start = 0; start < documents.length; start += BATCH) {
      const batch = documents.slice(start, start + BATCH);
      try {
        await backend.setMany(batch.map((d) => [documentKey(d.id), d]));
        result.saved.push(...batch.map((d) => d.id));
        continue;
      } catch {
        // One document of the batch may be the problem (too large, quota): each on its own, so the others are kept.
      }
      for (const doc of batch) {
        try {
          await backend.set(documentKey(doc.id), doc);
          result.saved.push(doc.id);
        } catch (error) {
          result.failed.push({ id: doc.id, error: toStorageError(error, 'write-failed') });
        }
      }
    }
    return result;
  }

  async function saveIndex(index: WorkspaceIndex): Promise<SaveResult> {
    if (blocked) return { ok: false, error: blocked };
    try {
      await backend.set(WORKSPACE_KEY, index);
      return { ok: true };
    } catch (error) {
      return { ok: false, error: toStorageError(error, 'write-failed') };
    }
  }

  return {
    loadWorkspace,
    loadIndex,
    loadDocuments,
    saveDocuments,
    saveIndex,
    deleteDocuments: async (ids) => {
      if (ids.length === 0 || blocked) return;
      try {
        await backend.delete(ids.map(documentKey));
      } catch {
        // Left behind: a later save tries again only if asked; the index no longer lists them.
      }
    },
    loadFolderHandle: async () => {
      try {
        return await backend.get(FOLDER_HANDLE_KEY);
      } catch {
        return undefined;
      }
    },
    saveFolderHandle: async (handle) => {
      try {
        if (handle === null || handle === undefined) await backend.delete([FOLDER_HANDLE_KEY]);
        else await backend.set(FOLDER_HANDLE_KEY, handle);
      } catch {
        // A handle that cannot be stored (a browser that cannot clone it) only means asking again after a reload.
      }
    },
    keepAside,
  };
}

function fingerprintOf(raw: unknown): string | undefined {
  try {
    return JSON.stringify(raw);
  } catch {
    return undefined;
  }
}
