import { SETTINGS_STORAGE_KEY } from '@/lib/settings/settings';
import type { AnalysisClient } from '@/workers/analysisClient';
import { activeFile } from './filesSlice';
import { startInspectorEffects } from './inspectorEffects';
import { selectWantedViews } from './selectors';
import type { StudioStore } from './store';
import type { StudioState } from './studioState';
import type { WorkspaceSync } from './workspaceSync';

export interface EffectTimings {
  /** Delay before the fast syntax pass: short, so errors show while the user pauses. */
  syntaxDelayMs: number;
  saveDelayMs: number;
}

/** The full parse waits `settings.analysisDelayMs` (the user's choice), long enough to coalesce a burst of keystrokes. */
export const DEFAULT_TIMINGS: EffectTimings = { syntaxDelayMs: 30, saveDelayMs: 500 };

export interface EffectDeps {
  client: AnalysisClient;
  /** Autosave of the whole workspace; null when storage must not be written (it could not be read). */
  sync: WorkspaceSync | null;
  timings?: Partial<EffectTimings>;
  /** The window whose page-hide events flush the autosave; absent in unit tests. */
  target?: Pick<Window, 'addEventListener' | 'removeEventListener'> & { document?: Pick<Document, 'visibilityState'> };
  /** Where this browser's preferences are kept (localStorage in the page); absent in unit tests. */
  settingsStorage?: Pick<Storage, 'setItem'> | null;
}

function debounce(fn: () => void, delay: number | (() => number)) {
  const ms = () => (typeof delay === 'number' ? delay : delay());
  let handle: ReturnType<typeof setTimeout> | null = null;
  const run = () => {
    handle = null;
    fn();
  };
  return {
    schedule: () => {
      if (handle !== null) clearTimeout(handle);
      handle = setTimeout(run, ms());
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

/** Which files exist, their paths, the tabs and which is active: a string, so saving marks never re-trigger a save. */
function selectWorkspaceShape(s: StudioState): string {
  const paths = Object.values(s.files).map((f) => `${f.id}\t${f.path}`);
  return `${s.activeId}\n${s.tabs.join(',')}\n${paths.join('\n')}`;
}

/** Every file's text version, as one string: any text change anywhere is work to save. */
function selectTextVersions(s: StudioState): string {
  return Object.values(s.files)
    .map((f) => `${f.id}:${f.version}`)
    .join(',');
}

/** The active file and its version: what the analysis follows. */
const selectActiveVersion = (s: StudioState) => `${s.activeId}:${activeFile(s).version}`;

/** Whether the active file already has a verdict for its current text with the views the open panels need. */
function activeIsAnalysed(s: StudioState): boolean {
  const file = activeFile(s);
  const analysis = s.analyses[file.id];
  if (analysis?.analysis?.version !== file.version) return false;
  if (!analysis.analysis.outcome.valid) return true;
  const views = analysis.lastValid?.version === file.version ? analysis.lastValid.views : {};
  return selectWantedViews(s).every((name) => views[name] !== undefined);
}

/** A change of this many characters at once is a replacement, analysed without the typing delay. */
const WHOLE_TEXT_CHANGE = 20_000;

/**
 * The studio's side effects, in one place: the active file's text goes to the analysis workers
 * (debounced) and the workspace to storage (debounced, flushed when the page hides). Returns the disposer.
 */
export function startEffects(store: StudioStore, deps: EffectDeps): () => void {
  const timings = { ...DEFAULT_TIMINGS, ...deps.timings };
  const { client, sync } = deps;

  const sendSyntax = debounce(() => {
    const { id, version, text } = activeFile(store.getState());
    client.checkSyntax(id, version, text);
  }, timings.syntaxDelayMs);
  const sendAnalysis = debounce(() => {
    const s = store.getState();
    const { id, version, text } = activeFile(s);
    client.analyze(id, version, text, selectWantedViews(s), s.settings.allowedRefOrigins);
  }, () => store.getState().settings.analysisDelayMs);

  const save = debounce(() => {
    void sync?.save();
  }, timings.saveDelayMs);
  const markPending = () => {
    if (sync && store.getState().storage.state !== 'failed') store.getState().setStorage({ state: 'pending' });
    save.schedule();
  };

  let last = { id: store.getState().activeId, length: activeFile(store.getState()).text.length };
  const unsubscribeActive = store.subscribe(selectActiveVersion, () => {
    const s = store.getState();
    const { id, text } = activeFile(s);
    const switched = id !== last.id;
    // A paste of a whole document is not a burst of typing: nothing to wait for.
    const jump = !switched && Math.abs(text.length - last.length) > WHOLE_TEXT_CHANGE;
    last = { id, length: text.length };
    if (switched) {
      // A file switched to shows its own analysis at once; only a missing or outdated one is asked for.
      sendSyntax.cancel();
      sendAnalysis.cancel();
      if (!activeIsAnalysed(s)) {
        sendSyntax.now();
        sendAnalysis.now();
      }
    } else if (jump) {
      sendSyntax.now();
      sendAnalysis.now();
    } else {
      sendSyntax.schedule();
      sendAnalysis.schedule();
    }
  });
  // Text edits in any file, and tabs opened, closed, renamed or switched, are what is saved.
  const unsubscribeTexts = store.subscribe(selectTextVersions, markPending);
  const unsubscribeShape = store.subscribe(selectWorkspaceShape, markPending);
  const unsubscribeRules = store.subscribe((s) => s.ruleSettings, markPending);
  // Preferences belong to the browser, not the workspace: kept at once, never merged across tabs.
  const unsubscribeSettings = store.subscribe(
    (s) => s.settings,
    (settings, previous) => {
      try {
        deps.settingsStorage?.setItem(SETTINGS_STORAGE_KEY, JSON.stringify(settings));
      } catch {
        // A full or disabled localStorage: the preferences last for this session.
      }
      // Hosts allowed (or no longer allowed) change what the analysis may fetch: analyse again.
      if (settings.allowedRefOrigins.join() !== previous.allowedRefOrigins.join()) sendAnalysis.now();
    },
  );
  // A panel that opens needs its data now, not after the next keystroke.
  const unsubscribeViews = store.subscribe(selectWantedViews, () => {
    if (!activeIsAnalysed(store.getState())) sendAnalysis.now();
  }, {
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

  const stopInspector = startInspectorEffects(store);

  // The first analysis of the text the studio opened with.
  sendSyntax.now();
  sendAnalysis.now();

  return () => {
    save.flush();
    sendSyntax.cancel();
    sendAnalysis.cancel();
    unsubscribeActive();
    unsubscribeTexts();
    unsubscribeShape();
    unsubscribeRules();
    unsubscribeSettings();
    unsubscribeViews();
    stopInspector();
    deps.target?.removeEventListener('visibilitychange', flushOnHide);
    deps.target?.removeEventListener('pagehide', onPageHide);
    deps.target?.removeEventListener('pageshow', onPageShow);
  };
}
