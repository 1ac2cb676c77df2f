'use client';

import { createContext, useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import { idbRevisionBackend } from '@/lib/history/revisionBackend';
import { createRevisionStore } from '@/lib/history/revisionStore';
import { idbBackend, WORKSPACE_DB_NAME } from '@/lib/persistence/storageBackend';
import { createWorkspaceStore } from '@/lib/persistence/workspaceStore';
import { readSettings, SETTINGS_STORAGE_KEY } from '@/lib/settings/settings';
import { ARRANGEMENT_STORAGE_KEY, readArrangement } from '@/lib/layout/sideLayout';
import type { Settings } from '@/lib/settings/settings';
import { startEffects } from './effects';
import { startGovernance } from './governanceEffects';
import { startExamples } from './examplesEffects';
import { startHistoryEffects } from './historyEffects';
import { startLayoutEffects } from './layoutEffects';
import { openIncomingLink } from './incomingLink';
import { createBrowserServices, disposeServices } from './services';
import { editorPainted } from '@/lib/startup/editorPainted';
import { createStudioStore } from './store';
import type { StudioStore } from './store';
import { PANEL_NAMES } from './uiSlice';
import { restoreWorkspace } from './restoreWorkspace';
import { createWorkspaceSync, STUDIO_CHANNEL, webLock } from './workspaceSync';

export const StudioStoreContext = createContext<StudioStore | null>(null);

/**
 * The object store the first studio version wrote its one-document record to (key 'workspace').
 * The workspace record lives under the same key there: the old record is read, migrated, and
 * replaced by the first save, and there is only ever one place to look.
 */
const LEGACY_STORE_NAME = 'documents';

/** The longest the analysis workers wait for the editor's first paint before they start anyway. */
const EDITOR_PAINT_WAIT_MS = 1_000;

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

/** The side panels this browser had open, where they sat. */
function readStoredArrangement() {
  try {
    return readArrangement(JSON.parse(pageStorage()?.getItem(ARRANGEMENT_STORAGE_KEY) ?? 'null'), PANEL_NAMES);
  } catch {
    return null;
  }
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
    void restoreWorkspace(workspaceStore, pageStorage()).then(({ workspace, ruleSettings, storage, notices, autosave, saveNow, recoveredKeys, folderHandle }) => {
      if (disposed) return;
      // The analysis client's answers go to the store it is part of: the callbacks read it once it exists.
      const services = createBrowserServices(
        {
          onSyntax: (r) => restored.getState().receiveSyntax(r),
          onAnalysis: (r) => restored.getState().receiveAnalysis(r),
          onFailure: (f) => restored.getState().receiveFailure(f),
        },
        { startAfter: editorPainted(EDITOR_PAINT_WAIT_MS) },
      );
      // Local history in its own database; a failure there only shows in the timeline.
      const history = { revisions: createRevisionStore(idbRevisionBackend(), { exclusive: webLock('asyncapi-studio-history') }) };
      const restored = createStudioStore(workspace, { services, settings: readStoredSettings(), ruleSettings, history });
      restored.getState().setStorage(storage);
      const arrangement = readStoredArrangement();
      if (arrangement) restored.getState().restoreArrangement(arrangement);
      if (folderHandle) restored.getState().restoreFolderHandle(folderHandle);
      for (const notice of notices) restored.getState().notify(notice.tone, notice.message);
      const sync = autosave
        ? createWorkspaceSync(restored, { workspaceStore, channel: openChannel(), exclusive: webLock(), unsavedStorage: pageStorage(), recoveredKeys })
        : null;
      if (sync && saveNow) void sync.save();
      const stopGovernance = startGovernance(restored, services.governance);
      const stopExamples = startExamples(restored, services.examples);
      const stopEffects = startEffects(restored, { client: services.analysis, sync, target: window, settingsStorage: pageStorage() });
      // The folder's handle is kept beside the workspace, so Save writes back after a reload without asking where.
      const stopHandle = autosave ? restored.subscribe((s) => s.folderHandle, (handle) => void workspaceStore.saveFolderHandle(handle)) : () => {};
      const stopHistory = startHistoryEffects(restored);
      const stopLayout = startLayoutEffects(restored, services.layout);
      stop = () => {
        stopEffects();
        stopGovernance();
        stopExamples();
        stopHandle();
        stopHistory();
        stopLayout();
        sync?.dispose();
        disposeServices(services);
      };
      void openIncomingLink(restored, {
        href: window.location.href,
        replaceUrl: (href) => window.history.replaceState(window.history.state, '', href),
        watchPolicy: (onBlocked) => {
          const listener = (event: SecurityPolicyViolationEvent) => onBlocked(event.blockedURI);
          document.addEventListener('securitypolicyviolation', listener);
          return () => document.removeEventListener('securitypolicyviolation', listener);
        },
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
