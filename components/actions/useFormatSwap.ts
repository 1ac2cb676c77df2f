import { useCallback, useState } from 'react';
import { useStudioStore } from '@/state/useStudio';

/** YAML ↔ JSON in the convert worker, applied as one undoable edit. */
export function useFormatSwap(): { busy: boolean; swap: () => Promise<void> } {
  const store = useStudioStore();
  const [busy, setBusy] = useState(false);
  const swap = useCallback(async () => {
    setBusy(true);
    try {
      await store.getState().swapFormat();
    } finally {
      setBusy(false);
    }
  }, [store]);
  return { busy, swap };
}
