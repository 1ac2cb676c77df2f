import { DEFAULT_DOCUMENT } from '@/lib/defaultDocument';
import type { DirectoryHandleLike } from '@/lib/folder/handles';
import { StorageError } from '@/lib/persistence/storageErrors';
import { applyUnsavedCopies, readUnsavedCopies } from '@/lib/persistence/unsavedCopy';
import type { SyncStorage } from '@/lib/persistence/unsavedCopy';
import { fromStored } from '@/lib/persistence/workspaceMerge';
import type { WorkspaceRecord } from '@/lib/persistence/workspaceRecord';
import type { LoadResult, WorkspaceStore } from '@/lib/persistence/workspaceStore';
import { initialWorkspaceOf, newDocumentId } from './filesSlice';
import type { ClosedDocument, InitialWorkspace } from './filesSlice';
import type { NoticeTone, StorageStatus } from './uiSlice';

// IndexedDB answers in milliseconds; a browser that never answers must not keep the studio from opening.
const RESTORE_TIMEOUT_MS = 3000;
/** How long a closed document stays reopenable across reloads. */
export const CLOSED_KEPT_MS = 7 * 24 * 60 * 60 * 1000;

export interface Restored {
  workspace: string | InitialWorkspace;
  ruleSettings?: WorkspaceRecord['ruleSettings'];
  storage: StorageStatus;
  notices: Array<{ tone: NoticeTone; message: string }>;
  autosave: boolean;
  /** The stored workspace must be written now: nothing was stored, it was migrated, or unsaved edits came back. */
  saveNow: boolean;
  recoveredKeys: string[];
  /** The opened folder's handle, when the browser kept it (Save writes back through it). */
  folderHandle: DirectoryHandleLike | null;
}

/**
 * What the studio opens with: the stored workspace (documents, tabs, the folder, closed documents still
 * reopenable), unsaved edits from the last session put back, and what to tell the user. Never throws.
 */
export async function restoreWorkspace(workspaceStore: WorkspaceStore, unsaved: SyncStorage | null, now: number = Date.now()): Promise<Restored> {
  const timeout = new Promise<LoadResult>((resolve) =>
    setTimeout(() => resolve({ ok: false, error: new StorageError('read-failed', 'the browser storage did not answer') }), RESTORE_TIMEOUT_MS),
  );
  const loaded = await Promise.race([workspaceStore.loadWorkspace(), timeout]);
  if (!loaded.ok) {
    // Saving now could overwrite work we could not read, so autosave stays off.
    const detail = loaded.error.detail ? ` (${loaded.error.detail})` : '';
    const message = `${loaded.error.message}${detail} Autosave is off so that earlier work stored in this browser is not overwritten; the studio works in memory.`;
    const storage: StorageStatus = { state: 'failed', message };
    return { workspace: DEFAULT_DOCUMENT, storage, notices: [{ tone: 'warning', message }], autosave: false, saveNow: false, recoveredKeys: [], folderHandle: null };
  }
  const leftovers = readUnsavedCopies(unsaved);
  const record = loaded.record;
  const stored = record ? record.documents.map(fromStored) : initialWorkspaceOf(DEFAULT_DOCUMENT).documents;
  const { documents, recovered } = applyUnsavedCopies(stored, leftovers.documents, newDocumentId);
  const recoveredIds = documents.slice(stored.length).map((d) => d.id);
  const tabs = record?.tabs ? [...record.tabs, ...recoveredIds] : undefined;
  const notices: Restored['notices'] = [];
  if (recovered > 0) {
    notices.push({ tone: 'info', message: `Recovered the last unsaved changes to ${recovered === 1 ? 'one document' : `${recovered} documents`} from when the studio was last closed.` });
  }
  if (loaded.keptAside) {
    notices.push({
      tone: 'warning',
      message: `Your stored workspace could not be opened (${loaded.keptAside.reason}). It was kept aside in this browser's storage, not deleted; the studio starts with a new workspace.`,
    });
  }
  if (loaded.unreadable) {
    const names = loaded.unreadable.map((u) => `“${u.name}” (${u.reason})`).join(', ');
    notices.push({ tone: 'warning', message: `Some stored documents could not be opened and were kept aside in this browser's storage: ${names}. The others are here.` });
  }
  // Closed documents stay reopenable for a while; older ones are let go (their records deleted by the next save).
  const closed: ClosedDocument[] = [];
  const discarded: Record<string, number> = {};
  for (const doc of record?.closed ?? []) {
    if (now - doc.closedAt <= CLOSED_KEPT_MS) closed.push({ ...fromStored(doc), closedAt: doc.closedAt });
    else discarded[doc.id] = doc.revision;
  }
  const saveNow = !record || loaded.migratedFrom !== undefined || recovered > 0 || leftovers.keys.length > 0 || Object.keys(discarded).length > 0;
  const workspace: InitialWorkspace = { documents, activeId: record?.activeId ?? documents[0]!.id, tabs, closed, discarded };
  if (record?.folder) workspace.folder = record.folder;
  const handle = record?.folder ? await Promise.race([workspaceStore.loadFolderHandle(), new Promise((resolve) => setTimeout(resolve, 500))]) : undefined;
  const folderHandle = isDirectoryHandle(handle) && handle.name === record?.folder?.name ? handle : null;
  return { workspace, ruleSettings: record?.ruleSettings, storage: { state: 'saved' }, notices, autosave: true, saveNow, recoveredKeys: leftovers.keys, folderHandle };
}

function isDirectoryHandle(value: unknown): value is DirectoryHandleLike {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'directory' && typeof (value as { values?: unknown }).values === 'function';
}

