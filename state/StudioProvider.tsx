'use client';

import { createContext, useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import { idbRevisionBackend } from '@/lib/history/revisionBackend';
import { createRevisionStore } from '@/lib/history/revisionStore';
import { fromStored } from '@/lib/persistence/workspaceMerge';
import { applyUnsavedCopies, readUnsavedCopies } from '@/lib/persistence/unsavedCopy';
import { idbBackend, WORKSPACE_DB_NAME } from '@/lib/persistence/storageBackend';
import { createWorkspaceStore } from '@/lib/persistence/workspaceStore';
import type { LoadResult, WorkspaceStore } from '@/lib/persistence/workspaceStore';
import { StorageError } from '@/lib/persistence/storageErrors';
import type { WorkspaceRecord } from '@/lib/persistence/workspaceRecord';
import { readSettings, SETTINGS_STORAGE_KEY } from '@/lib/settings/settings';
import type { Settings } from '@/lib/settings/settings';
import { startEffects } from './effects';
import { startHistoryEffects } from './historyEffects';
import { openIncomingLink } from './incomingLink';
import { initialWorkspaceOf, newDocumentId } from './filesSlice';
import type { InitialWorkspace } from './filesSlice';
import { createBrowserServices, disposeServices } from './services';
import { createStudioStore } from './store';
import type { StudioStore } from './store';
import type { StorageStatus, NoticeTone } from './uiSlice';
import { createWorkspaceSync, STUDIO_CHANNEL, webLock } from './workspaceSync';
import { DEFAULT_DOCUMENT } from '@/lib/defaultDocument';

export const StudioStoreContext = createContext<StudioStore | null>(null);

// IndexedDB answers in milliseconds; a browser that never answers must not keep the studio from opening.
const RESTORE_TIMEOUT_MS = 3000;

/**
 * The object store the first studio version wrote its one-document record to (key 'workspace').
 * The workspace record lives under the same key there: the old record is read, migrated, and
 * replaced by the first save, and there is only ever one place to look.
 */
const LEGACY_STORE_NAME = 'documents';

interface Restored {
  workspace: string | InitialWorkspace;
  ruleSettings?: WorkspaceRecord['ruleSettings'];
  storage: StorageStatus;
  notices: Array<{ tone: NoticeTone; message: string }>;
  autosave: boolean;
  /** The stored workspace must be written now: nothing was stored, it was migrated, or unsaved edits came back. */
  saveNow: boolean;
  recoveredKeys: string[];
}

function pageStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function readStoredSettings(): Settings {
  try {
    return readSettings(JSON.parse(pageStorage()?.getItem(SETTINGS_STORAGE_KEY) ?? 'null'));
  } catch {
    return readSettings(null);
  }
}

async function restore(workspaceStore: WorkspaceStore): Promise<Restored> {
  const timeout = new Promise<LoadResult>((resolve) =>
    setTimeout(() => resolve({ ok: false, error: new StorageError('read-failed', 'the browser storage did not answer') }), RESTORE_TIMEOUT_MS),
  );
  const loaded = await Promise.race([workspaceStore.loadWorkspace(), timeout]);
  if (!loaded.ok) {
    // Saving now could overwrite work we could not read, so autosave stays off.
    const detail = loaded.error.detail ? ` (${loaded.error.detail})` : '';
    const message = `${loaded.error.message}${detail} Autosave is off so that earlier work stored in this browser is not overwritten; the studio works in memory.`;
    const storage: StorageStatus = { state: 'failed', message };
    return { workspace: DEFAULT_DOCUMENT, storage, notices: [{ tone: 'warning', message }], autosave: false, saveNow: false, recoveredKeys: [] };
  }
  const leftovers = readUnsavedCopies(pageStorage());
  const stored = loaded.record ? loaded.record.documents.map(fromStored) : initialWorkspaceOf(DEFAULT_DOCUMENT).documents;
  const { documents, recovered } = applyUnsavedCopies(stored, leftovers.documents, newDocumentId);
  const recoveredIds = documents.slice(stored.length).map((d) => d.id);
  const tabs = loaded.record?.tabs ? [...loaded.record.tabs, ...recoveredIds] : undefined;
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
  const saveNow = !loaded.record || loaded.migratedFrom !== undefined || recovered > 0 || leftovers.keys.length > 0;
  const workspace: InitialWorkspace = { documents, activeId: loaded.record?.activeId ?? documents[0]!.id, tabs };
  return { workspace, ruleSettings: loaded.record?.ruleSettings, storage: { state: 'saved' }, notices, autosave: true, saveNow, recoveredKeys: leftovers.keys };
}

function openChannel() {
  return typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(STUDIO_CHANNEL);
}

/** Makes the studio's one store, restores the saved workspace into it, opens any incoming link, and runs its side effects. */
export function StudioProvider({ children, fallback }: { children: ReactNode; fallback: ReactNode }) {
  const [store, setStore] = useState<StudioStore | null>(null);

  useEffect(() => {
    let disposed = false;
    let stop: (() => void) | null = null;
    const workspaceStore = createWorkspaceStore({ backend: idbBackend(WORKSPACE_DB_NAME, LEGACY_STORE_NAME) });
    void restore(workspaceStore).then(({ workspace, ruleSettings, storage, notices, autosave, saveNow, recoveredKeys }) => {
      if (disposed) return;
      // The analysis client's answers go to the store it is part of: the callbacks read it once it exists.
      const services = createBrowserServices({
        onSyntax: (r) => restored.getState().receiveSyntax(r),
        onAnalysis: (r) => restored.getState().receiveAnalysis(r),
        onFailure: (f) => restored.getState().receiveFailure(f),
      });
      // Local history in its own database; a failure there only shows in the timeline.
      const history = { revisions: createRevisionStore(idbRevisionBackend(), { exclusive: webLock('asyncapi-studio-history') }) };
      const restored = createStudioStore(workspace, { services, settings: readStoredSettings(), ruleSettings, history });
      restored.getState().setStorage(storage);
      for (const notice of notices) restored.getState().notify(notice.tone, notice.message);
      const sync = autosave
        ? createWorkspaceSync(restored, { workspaceStore, channel: openChannel(), exclusive: webLock(), unsavedStorage: pageStorage(), recoveredKeys })
        : null;
      if (sync && saveNow) void sync.save();
      const stopEffects = startEffects(restored, { client: services.analysis, sync, target: window, settingsStorage: pageStorage() });
      const stopHistory = startHistoryEffects(restored);
      stop = () => {
        stopEffects();
        stopHistory();
        sync?.dispose();
        disposeServices(services);
      };
      void openIncomingLink(restored, {
        href: window.location.href,
        replaceUrl: (href) => window.history.replaceState(window.history.state, '', href),
      });
      setStore(restored);
    });
    return () => {
      disposed = true;
      stop?.();
    };
  }, []);

  if (!store) return <>{fallback}</>;
  return <StudioStoreContext.Provider value={store}>{children}</StudioStoreContext.Provider>;
}
