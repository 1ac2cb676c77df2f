import type { AnalysisClient } from '@/workers/analysisClient';
import { selectWantedViews } from './selectors';
import type { StudioStore } from './store';
import type { StudioState } from './studioState';
import type { WorkspaceSync } from './workspaceSync';

export interface EffectTimings {
  /** Delay before the fast syntax pass: short, so errors show while the user pauses. */
  syntaxDelayMs: number;
  /** Delay before the full parse: long enough to coalesce a burst of keystrokes. */
  analysisDelayMs: number;
  saveDelayMs: number;
}

export const DEFAULT_TIMINGS: EffectTimings = { syntaxDelayMs: 30, analysisDelayMs: 300, saveDelayMs: 500 };

export interface EffectDeps {
  client: AnalysisClient;
  /** Autosave of the whole workspace; null when storage must not be written (it could not be read). */
  sync: WorkspaceSync | null;
  timings?: Partial<EffectTimings>;
  /** The window whose page-hide events flush the autosave; absent in unit tests. */
  target?: Pick<Window, 'addEventListener' | 'removeEventListener'> & { document?: Pick<Document, 'visibilityState'> };
}

function debounce(fn: () => void, ms: number) {
  let handle: ReturnType<typeof setTimeout> | null = null;
  const run = () => {
    handle = null;
    fn();
  };
  return {
    schedule: () => {
      if (handle !== null) clearTimeout(handle);
      handle = setTimeout(run, ms);
    },
    flush: () => {
      if (handle === null) return;
      clearTimeout(handle);
      run();
    },
    now: () => {
      if (handle !== null) clearTimeout(handle);
      run();
    },
    cancel: () => {
      if (handle !== null) clearTimeout(handle);
      handle = null;
    },
  };
}

/** Which documents exist, their names and which is active: a string, so saving marks never re-trigger a save. */
function selectWorkspaceShape(s: StudioState): string {
  return `${s.activeId}\n${s.documents.map((d) => `${d.id}\t${d.name}`).join('\n')}`;
}

/**
 * The studio's side effects, in one place: text changes go to the analysis workers (debounced) and to
 * storage (debounced, flushed when the page hides). Returns the disposer.
 */
/** A change of this many characters at once is a replacement, analysed without the typing delay. */
const WHOLE_TEXT_CHANGE = 20_000;

export function startEffects(store: StudioStore, deps: EffectDeps): () => void {
  const timings = { ...DEFAULT_TIMINGS, ...deps.timings };
  const { client, sync } = deps;

  const sendSyntax = debounce(() => {
    const { version, text } = store.getState();
    client.checkSyntax(version, text);
  }, timings.syntaxDelayMs);
  const sendAnalysis = debounce(() => {
    const s = store.getState();
    client.analyze(s.version, s.text, selectWantedViews(s), []);
  }, timings.analysisDelayMs);

  const save = debounce(() => {
    void sync?.save();
  }, timings.saveDelayMs);
  const markPending = () => {
    if (sync && store.getState().storage.state !== 'failed') store.getState().setStorage({ state: 'pending' });
    save.schedule();
  };

  let lastLength = store.getState().text.length;
  const unsubscribeVersion = store.subscribe(
    (s) => s.version,
    () => {
      const { length } = store.getState().text;
      // A paste of a whole document or a switch of tab is not a burst of typing: nothing to wait for.
      const jump = Math.abs(length - lastLength) > WHOLE_TEXT_CHANGE;
      lastLength = length;
      if (jump) {
        sendSyntax.now();
        sendAnalysis.now();
      } else {
        sendSyntax.schedule();
        sendAnalysis.schedule();
      }
      markPending();
    },
  );
  // Tabs opened, closed, renamed or switched are part of what is saved too.
  const unsubscribeShape = store.subscribe(selectWorkspaceShape, markPending);
  // A panel that opens needs its data now, not after the next keystroke.
  const unsubscribeViews = store.subscribe(selectWantedViews, () => sendAnalysis.now(), {
    equalityFn: (a, b) => a.join() === b.join(),
  });

  const flushOnHide = () => {
    if (!deps.target?.document || deps.target.document.visibilityState === 'hidden') save.flush();
  };
  // The IndexedDB write may not finish while the page unloads; the synchronous stash covers that.
  const onPageHide = () => {
    sync?.stashUnsaved();
    save.flush();
  };
  const onPageShow = () => sync?.dropStash();
  deps.target?.addEventListener('visibilitychange', flushOnHide);
  deps.target?.addEventListener('pagehide', onPageHide);
  deps.target?.addEventListener('pageshow', onPageShow);

  // The first analysis of the text the studio opened with.
  client.checkSyntax(store.getState().version, store.getState().text);
  sendAnalysis.now();

  return () => {
    save.flush();
    sendSyntax.cancel();
    sendAnalysis.cancel();
    unsubscribeVersion();
    unsubscribeShape();
    unsubscribeViews();
    deps.target?.removeEventListener('visibilitychange', flushOnHide);
    deps.target?.removeEventListener('pagehide', onPageHide);
    deps.target?.removeEventListener('pageshow', onPageShow);
  };
}
