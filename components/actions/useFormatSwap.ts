import { useCallback, useState } from 'react';
import { useStudioStore } from '@/state/useStudio';
import { convertClient } from '@/workers/convertClient';

/** YAML ↔ JSON in the convert worker, applied as one undoable edit. */
export function useFormatSwap(): { busy: boolean; swap: () => Promise<void> } {
  const store = useStudioStore();
  const [busy, setBusy] = useState(false);
  const swap = useCallback(async () => {
    const { text, version, format } = store.getState();
    const to = format === 'json' ? 'yaml' : 'json';
    setBusy(true);
    const outcome = await convertClient().swapFormat(version, { text, to });
    setBusy(false);
    const state = store.getState();
    if (outcome.kind === 'superseded') return;
    if (outcome.kind === 'failed') return state.notify('error', `The document was not converted to ${to.toUpperCase()}: ${outcome.reason}`);
    if (!outcome.result.ok) return state.notify('error', `The document was not converted to ${to.toUpperCase()}: ${outcome.result.message}`);
    if (state.version !== outcome.version) return state.notify('warning', 'The document changed meanwhile; its format was not switched. Try again.');
    state.replaceText(outcome.result.text);
    state.notify('info', `Now written as ${to.toUpperCase()}${to === 'json' ? ' (YAML comments are not kept)' : ''}. Undo brings the previous text back.`);
  }, [store]);
  return { busy, swap };
}
