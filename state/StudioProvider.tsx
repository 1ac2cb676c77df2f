'use client';

import { createContext, useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import { createAnalysisClient } from '@/workers/analysisClient';
import { createIdbDocumentStorage } from './documentStorage';
import type { DocumentStorage } from './documentStorage';
import { startEffects } from './effects';
import { createStudioStore } from './store';
import type { StudioStore } from './store';
import { DEFAULT_DOCUMENT } from '@/lib/defaultDocument';

export const StudioStoreContext = createContext<StudioStore | null>(null);

// IndexedDB answers in milliseconds; a browser that never answers must not keep the studio from opening.
const RESTORE_TIMEOUT_MS = 3000;

async function restore(storage: DocumentStorage): Promise<{ store: StudioStore; autosave: boolean }> {
  const timeout = new Promise<{ ok: false; message: string }>((resolve) =>
    setTimeout(() => resolve({ ok: false, message: 'The browser storage did not answer.' }), RESTORE_TIMEOUT_MS),
  );
  const loaded = await Promise.race([storage.load(), timeout]);
  if (!loaded.ok) {
    // Saving now could overwrite work we could not read, so autosave stays off.
    const store = createStudioStore(DEFAULT_DOCUMENT);
    const message = `${loaded.message} Autosave is off so that earlier work stored in this browser is not overwritten.`;
    store.getState().setStorage({ state: 'failed', message });
    store.getState().notify('warning', message);
    return { store, autosave: false };
  }
  const store = createStudioStore(loaded.text ?? DEFAULT_DOCUMENT);
  store.getState().setStorage({ state: 'saved' });
  return { store, autosave: true };
}

/** Makes the studio's one store, restores the saved text into it, and runs its side effects. */
export function StudioProvider({ children, fallback }: { children: ReactNode; fallback: ReactNode }) {
  const [store, setStore] = useState<StudioStore | null>(null);

  useEffect(() => {
    let disposed = false;
    let stop: (() => void) | null = null;
    const storage = createIdbDocumentStorage();
    void restore(storage).then(({ store: restored, autosave }) => {
      if (disposed) return;
      const client = createAnalysisClient({
        onSyntax: (r) => restored.getState().receiveSyntax(r),
        onAnalysis: (r) => restored.getState().receiveAnalysis(r),
        onFailure: (f) => restored.getState().receiveFailure(f),
      });
      const stopEffects = startEffects(restored, { client, storage: autosave ? storage : null, target: window });
      stop = () => {
        stopEffects();
        client.dispose();
      };
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
