import { idbBackend } from './storageBackend';
import type { KeyValueBackend } from './storageBackend';
import { StorageError, toStorageError } from './storageErrors';
import { restoreWorkspaceRecord } from './workspaceRecord';
import type { WorkspaceRecord } from './workspaceRecord';

export const WORKSPACE_KEY = 'workspace';
const KEPT_ASIDE_PREFIX = 'workspace-kept-aside:';

export interface KeptAside {
  key: string;
  reason: string;
  /** This session had already set this very record aside (and reported it). */
  again?: boolean;
}

/**
 * `record` is null when nothing was stored, or when the stored record could not be used: then
 * `keptAside` says where it went and why, for the UI to report.
 */
export type LoadResult =
  | { ok: true; record: WorkspaceRecord | null; migratedFrom?: number; keptAside?: KeptAside }
  | { ok: false; error: StorageError };

export type SaveResult = { ok: true } | { ok: false; error: StorageError };
export type KeepAsideResult = { ok: true; key: string } | { ok: false; error: StorageError };

export interface WorkspaceStore {
  loadWorkspace(): Promise<LoadResult>;
  saveWorkspace(record: WorkspaceRecord): Promise<SaveResult>;
  keepAside(raw: unknown): Promise<KeepAsideResult>;
}

export interface WorkspaceStoreOptions {
  backend?: KeyValueBackend;
  now?: () => number;
}

/**
 * The workspace's one door to storage. No method throws: every failure is a StorageError value.
 * An unusable stored record is copied aside before anything can overwrite it; if that copy fails,
 * saving is refused for the rest of the session so the only copy survives.
 */
export function createWorkspaceStore(options: WorkspaceStoreOptions = {}): WorkspaceStore {
  const backend = options.backend ?? idbBackend();
  const now = options.now ?? Date.now;
  let blocked: StorageError | undefined;
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

  async function loadWorkspace(): Promise<LoadResult> {
    let raw: unknown;
    try {
      raw = await backend.get(WORKSPACE_KEY);
    } catch (error) {
      return { ok: false, error: toStorageError(error, 'read-failed') };
    }
    if (raw === undefined || raw === null) return { ok: true, record: null };
    const restored = restoreWorkspaceRecord(raw, now());
    if (restored.ok) {
      return restored.migratedFrom === undefined
        ? { ok: true, record: restored.record }
        : { ok: true, record: restored.record, migratedFrom: restored.migratedFrom };
    }
    const fingerprint = fingerprintOf(restored.keptAside);
    const earlier = fingerprint === undefined ? undefined : keptAsideAlready.get(fingerprint);
    if (earlier !== undefined) return { ok: true, record: null, keptAside: { key: earlier, reason: restored.reason, again: true } };
    const aside = await keepAside(restored.keptAside);
    if (aside.ok && fingerprint !== undefined) keptAsideAlready.set(fingerprint, aside.key);
    if (!aside.ok) {
      blocked = new StorageError('kept-aside-failed', aside.error.detail ?? aside.error.code);
      return { ok: false, error: blocked };
    }
    return { ok: true, record: null, keptAside: { key: aside.key, reason: restored.reason } };
  }

  async function saveWorkspace(record: WorkspaceRecord): Promise<SaveResult> {
    if (blocked) return { ok: false, error: blocked };
    try {
      await backend.set(WORKSPACE_KEY, record);
      return { ok: true };
    } catch (error) {
      return { ok: false, error: toStorageError(error, 'write-failed') };
    }
  }

  return { loadWorkspace, saveWorkspace, keepAside };
}

function fingerprintOf(raw: unknown): string | undefined {
  try {
    return JSON.stringify(raw);
  } catch {
    return undefined;
  }
}
