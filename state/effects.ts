import { SETTINGS_STORAGE_KEY } from '@/lib/settings/settings';
import { ARRANGEMENT_STORAGE_KEY, storedArrangement } from '@/lib/layout/sideLayout';
import type { AnalysisClient } from '@/workers/analysisClient';
import { isAnalysisCurrent, isFragment, usesWorkspace, workspaceInputFiles } from './analysisSelectors';
import { activeFile } from './filesSlice';
import { isRulesetPath } from './governanceEffects';
import type { StudioFile } from './filesSlice';
import { isAsyncApiFile } from './folderSlice';
import { startInspectorEffects } from './inspectorEffects';
import { selectWantedViews } from './selectors';
import type { StudioStore } from './store';
import type { StudioState } from './studioState';
import type { WorkspaceSync } from './workspaceSync';
import { PANEL_NAMES } from './uiSlice';

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

/** Whether the active file already has a verdict for the workspace as it is, with the views the open panels need. */
function activeIsAnalysed(s: StudioState): boolean {
  const file = activeFile(s);
  if (isFragment(s, file)) return true;
  const analysis = s.analyses[file.id];
  if (!isAnalysisCurrent(s, file.id) || !analysis?.analysis) return false;
  if (!analysis.analysis.outcome.valid) return true;
  const views = analysis.lastValid?.version === file.version ? analysis.lastValid.views : {};
  return selectWantedViews(s).every((name) => views[name] !== undefined);
}

/** Above this many AsyncAPI documents in a folder, only open tabs are re-validated in the background. */
const BACKGROUND_ALL_LIMIT = 50;

/**
 * Documents to analyse while nothing else runs, in order: open tabs, then (in a small folder) every other
 * AsyncAPI document, so a shared file shows what the documents using it say about it.
 */
function backgroundCandidates(s: StudioState): StudioFile[] {
  const documents = (files: StudioFile[]) => files.filter((f) => f.id !== s.activeId && isAsyncApiFile(f));
  const open = documents(s.tabs.map((id) => s.files[id]).filter((f): f is StudioFile => f !== undefined));
  const inFolder = documents(Object.values(s.files).filter((f) => f.inFolder && !s.tabs.includes(f.id)));
  if (inFolder.length > BACKGROUND_ALL_LIMIT) return open;
  return [...open, ...inFolder.sort((a, b) => a.path.localeCompare(b.path))];
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
    const { id, version, text, path } = activeFile(store.getState());
    // A Spectral ruleset is read by the rules pass, not analysed as an AsyncAPI document.
    if (isRulesetPath(path)) return;
    client.checkSyntax(id, version, text);
  }, timings.syntaxDelayMs);
  const analyze = (s: StudioState, file: StudioFile, wanted: ReturnType<typeof selectWantedViews>) => {
    const workspace = usesWorkspace(s) ? { documentPath: file.path, files: workspaceInputFiles(s) } : undefined;
    client.analyze(file.id, file.version, file.text, wanted, s.settings.allowedRefOrigins, workspace);
  };
  const sendAnalysis = debounce(() => {
    const s = store.getState();
    const file = activeFile(s);
    // A Spectral ruleset is read by the rules pass, not analysed as an AsyncAPI document.
    if (isRulesetPath(file.path)) return;
    // A fragment is checked through the documents that use it; its own parse would only say "not AsyncAPI".
    if (isFragment(s, file)) return;
    analyze(s, file, selectWantedViews(s));
  }, () => store.getState().settings.analysisDelayMs);

  // Background re-validation: one document at a time, only while the analysis lane is idle. Each (document,
  // version, workspace change) is tried once, so a result that somehow stays stale never loops.
  let workspaceChanges = 0;
  const attempted = new Map<string, string>();
  const runBackground = () => {
    if (!client.idle()) return;
    const s = store.getState();
    const active = activeFile(s);
    const activeAnalysis = s.analyses[active.id];
    const activeSettled = isFragment(s, active) || activeAnalysis?.analysis?.version === active.version || activeAnalysis?.failure?.version === active.version;
    if (!activeSettled || !usesWorkspace(s)) return;
    const next = backgroundCandidates(s).find((f) => {
      const signature = `${f.version}#${workspaceChanges}`;
      return !isAnalysisCurrent(s, f.id) && s.analyses[f.id]?.failure?.version !== f.version && attempted.get(f.id) !== signature;
    });
    if (!next) return;
    attempted.set(next.id, `${next.version}#${workspaceChanges}`);
    analyze(s, next, []);
  };
  const background = debounce(runBackground, () => store.getState().settings.analysisDelayMs);
  const unsubscribeIdle = client.onIdle(runBackground);
  // The active document again when a file it reaches changed (checked when the delay is over: it may be current by then).
  const refreshActive = debounce(() => {
    if (!activeIsAnalysed(store.getState())) sendAnalysis.now();
  }, () => store.getState().settings.analysisDelayMs);
  let activeVersion = selectActiveVersion(store.getState());
  /** Something in the workspace changed: the active document if it is now stale, then the others in the background. */
  const onWorkspaceChange = () => {
    workspaceChanges++;
    const now = selectActiveVersion(store.getState());
    // The active file's own edits are analysed by the subscription above, with the typing delay.
    if (now === activeVersion) refreshActive.schedule();
    activeVersion = now;
    background.schedule();
  };

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
      // A fragment has only the syntax pass of its own: it must be there too.
      const syntaxCurrent = s.analyses[id]?.syntax?.version === activeFile(s).version;
      if (!activeIsAnalysed(s)) {
        sendSyntax.now();
        sendAnalysis.now();
      } else if (!syntaxCurrent && isFragment(s, activeFile(s))) {
        sendSyntax.now();
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
  const unsubscribeTexts = store.subscribe(selectTextVersions, () => {
    markPending();
    onWorkspaceChange();
  });
  const unsubscribeShape = store.subscribe(selectWorkspaceShape, () => {
    markPending();
    onWorkspaceChange();
  });
  // Files listed without their text (a folder's skipped files) are part of what $refs may reach.
  const unsubscribeFolder = store.subscribe((s) => s.folder?.skipped, onWorkspaceChange);
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
      if (settings.allowedRefOrigins.join() !== previous.allowedRefOrigins.join()) {
        sendAnalysis.now();
        onWorkspaceChange();
      }
    },
  );
  // The open side panels and where they sit are this browser's too.
  const unsubscribeArrangement = store.subscribe(
    (s) => ({ open: s.panels, layout: s.sideLayout }),
    (arrangement) => {
      try {
        deps.settingsStorage?.setItem(ARRANGEMENT_STORAGE_KEY, JSON.stringify(storedArrangement(arrangement, PANEL_NAMES)));
      } catch {
        // As for the settings: they last for this session.
      }
    },
    { equalityFn: (a, b) => a.open === b.open && a.layout === b.layout },
  );
  // A panel that opens needs its data now, not after the next keystroke.
  const unsubscribeViews = store.subscribe(selectWantedViews, () => {
    if (!activeIsAnalysed(store.getState())) sendAnalysis.now();
  }, {
    equalityFn: (a, b) => a.join() === b.join(),
  });

  // A live session belongs to the open Try panel and the document it was opened for: either changing closes it.
  const unsubscribeLive = store.subscribe(
    (s) => (s.panels.try ? s.activeId : null),
    (now, before) => {
      if (before !== null && now !== before) store.getState().liveClose();
    },
  );

  const flushOnHide = () => {
    if (!deps.target?.document || deps.target.document.visibilityState === 'hidden') save.flush();
  };
  // The IndexedDB write may not finish while the page unloads; the synchronous stash covers that.
  const onPageHide = () => {
    // Connections close with the tab (a page with open sockets is not kept in the back/forward cache anyway).
    store.getState().liveClose();
    sync?.stashUnsaved();
    save.flush();
  };
  const onPageShow = () => sync?.dropStash();
  // Back in the studio: files of the folder changed on disk meanwhile are offered for reload.
  const onFocus = () => void store.getState().checkDisk();
  deps.target?.addEventListener('focus', onFocus);
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
    background.cancel();
    refreshActive.cancel();
    unsubscribeIdle();
    unsubscribeFolder();
    unsubscribeActive();
    unsubscribeTexts();
    unsubscribeShape();
    unsubscribeRules();
    unsubscribeSettings();
    unsubscribeArrangement();
    unsubscribeViews();
    deps.target?.removeEventListener('focus', onFocus);
    unsubscribeLive();
    store.getState().liveClose();
    stopInspector();
    deps.target?.removeEventListener('visibilitychange', flushOnHide);
    deps.target?.removeEventListener('pagehide', onPageHide);
    deps.target?.removeEventListener('pageshow', onPageShow);
  };
}
