import { conversionTargets } from '@/lib/convert/versions';
import type { Diagnostic } from '@/lib/analysis/diagnostic';
import { countBySeverity } from '@/lib/analysis/diagnostic';
import type { ViewName } from '@/lib/analysis/derivedViews';
import { NO_ANALYSIS } from './analysisSlice';
import type { FileAnalysis } from './analysisSlice';
import { activeFile } from './filesSlice';
import type { StudioState } from './studioState';

const NO_DIAGNOSTICS: Diagnostic[] = [];

/** The active file's analysis together with its current version: what every verdict selector reads. */
function current(s: StudioState): FileAnalysis & { version: number } {
  return { ...(s.analyses[s.activeId] ?? NO_ANALYSIS), version: activeFile(s).version };
}

export const selectActiveFile = (s: StudioState) => activeFile(s);
export const selectText = (s: StudioState) => activeFile(s).text;
export const selectVersion = (s: StudioState) => activeFile(s).version;
export const selectFormat = (s: StudioState) => activeFile(s).format;
/** Large enough that the editor drops its costlier conveniences (about 10,000 lines of YAML). */
export const selectIsLargeDocument = (s: StudioState) => activeFile(s).text.length > 300_000;
export const selectExternalEdit = (s: StudioState) => activeFile(s).externalEdit;
export const selectReadOnly = (s: StudioState) => activeFile(s).readOnly;
export const selectNavigation = (s: StudioState) => s.navigation;
export const selectPanels = (s: StudioState) => s.panels;
export const selectNotices = (s: StudioState) => s.notices;
export const selectStorage = (s: StudioState) => s.storage;
export const selectCursor = (s: StudioState) => activeFile(s).cursor;
export const selectCursorLine = (s: StudioState) => activeFile(s).cursor.line;
export const selectCursorColumn = (s: StudioState) => activeFile(s).cursor.column;
export const selectLastValid = (s: StudioState) => s.analyses[s.activeId]?.lastValid ?? null;
export const selectLabMessages = (s: StudioState) => selectLastValid(s)?.views.labMessages;
export const selectOutline = (s: StudioState) => selectLastValid(s)?.views.outline;
export const selectDialog = (s: StudioState) => s.dialog;
export const selectTabs = (s: StudioState) => s.tabs;
export const selectFiles = (s: StudioState) => s.files;
/** Every file id, one per line: a string, so it changes only when files come or go, not per keystroke. */
export const selectFileIdList = (s: StudioState) => Object.keys(s.files).join('\n');
export const selectActiveId = (s: StudioState) => s.activeId;
export const selectCanReopen = (s: StudioState) => s.closed.length > 0;
export const selectFilePath = (id: string) => (s: StudioState) => s.files[id]?.path;
export const selectFileReadOnly = (id: string) => (s: StudioState) => s.files[id]?.readOnly === true;
export function selectAnalysisElapsed(s: StudioState): number | undefined {
  const { analysis, version } = current(s);
  return analysis?.version === version ? analysis.elapsedMs : undefined;
}

/**
 * The diagnostics to show for the current text: the full analysis when it is current, the fast syntax
 * pass's errors as soon as they are known, otherwise the last full result (Monaco keeps its markers in place).
 */
export function selectDiagnostics(s: StudioState): Diagnostic[] {
  const { analysis, syntax, version } = current(s);
  if (analysis?.version === version) return analysis.outcome.diagnostics;
  if (syntax?.version === version) {
    if (syntax.summary.diagnostics.length > 0) return syntax.summary.diagnostics;
    // The text reads again; earlier syntax errors no longer apply, parser findings may.
    return analysis?.outcome.stage === 'parser' ? analysis.outcome.diagnostics : NO_DIAGNOSTICS;
  }
  return analysis?.outcome.diagnostics ?? NO_DIAGNOSTICS;
}

export type StatusState = 'analyzing' | 'valid' | 'invalid' | 'failed';

export function selectStatusState(s: StudioState): StatusState {
  const { analysis, syntax, failure, version } = current(s);
  if (failure?.version === version) return 'failed';
  if (analysis?.version === version) {
    return analysis.outcome.diagnostics.some((d) => d.severity === 'error') ? 'invalid' : 'valid';
  }
  if (syntax?.version === version && syntax.summary.diagnostics.length > 0) return 'invalid';
  return 'analyzing';
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** What the status says to a person. */
export function selectStatusText(s: StudioState): string {
  const state = selectStatusState(s);
  if (state === 'failed') return current(s).failure?.reason ?? 'The analysis failed.';
  if (state === 'analyzing') return 'Analyzing…';
  const counts = countBySeverity(selectDiagnostics(s));
  if (state === 'valid') {
    const version = current(s).analysis?.outcome.specVersion;
    const warnings = counts.warning > 0 ? `, ${plural(counts.warning, 'warning')}` : '';
    return `Valid AsyncAPI ${version ?? ''}${warnings}`.replace(' ,', ',');
  }
  const parts = [plural(counts.error, 'error')];
  if (counts.warning > 0) parts.push(plural(counts.warning, 'warning'));
  return parts.join(', ');
}

/** The spec version the current text declares, as soon as the fast pass has read it. */
export function selectSpecVersion(s: StudioState): string | undefined {
  const { analysis, syntax, version } = current(s);
  if (analysis?.version === version) return analysis.outcome.specVersion;
  if (syntax?.version === version) return syntax.summary.specVersion;
  return analysis?.outcome.specVersion;
}

/** The derived views the open panels need from the worker. */
export function selectWantedViews(s: StudioState): ViewName[] {
  const wanted = new Set<ViewName>();
  if (s.panels.preview) wanted.add('documentJson').add('sourceLines');
  if (s.panels.lab) wanted.add('labMessages');
  if (s.panels.outline) wanted.add('outline');
  if (s.panels.visualizer) wanted.add('graph');
  if (s.panels.generate) wanted.add('documentJson');
  return [...wanted];
}

/** The visualizer's graph: from the newest version that parsed without errors. */
export const selectGraphView = (s: StudioState) => selectLastValid(s)?.views.graph;

/** A panel built from the last valid version shows an older one: the current text has errors (or failed). */
export function selectShowsOlderVersion(s: StudioState): boolean {
  const lastValid = selectLastValid(s);
  if (!lastValid || lastValid.version === activeFile(s).version) return false;
  const state = selectStatusState(s);
  return state === 'invalid' || state === 'failed';
}

/** '3.0.0' when the document is a 1.x/2.x one the converter can upgrade, for the status bar's quiet hint. */
export function selectUpgradeTarget(s: StudioState): string | undefined {
  const version = selectSpecVersion(s);
  if (!version || Number.parseInt(version, 10) >= 3) return undefined;
  return conversionTargets(version).includes('3.0.0') ? '3.0.0' : undefined;
}

/** The last valid version's parsed document (the analysis worker's `stringify` output): preview and codegen. */
export const selectDocumentJson = (s: StudioState) => selectLastValid(s)?.views.documentJson;
export const selectSourceLines = (s: StudioState) => selectLastValid(s)?.views.sourceLines;
export const selectLastValidVersion = (s: StudioState) => selectLastValid(s)?.version;

/** Why the current text cannot be previewed, as a phrase ("the current text has 2 errors"), or null when it can. */
export function selectPreviewBlocker(s: StudioState): string | null {
  const state = selectStatusState(s);
  if (state === 'failed') return `the analysis of the current text failed (${current(s).failure?.reason ?? 'unknown reason'})`;
  if (state !== 'invalid') return null;
  return `the current text has ${plural(countBySeverity(selectDiagnostics(s)).error, 'error')}`;
}

/** The inspector of the active file (null when it shows another file's object or nothing). */
export const selectInspector = (s: StudioState) => (s.inspector?.fileId === s.activeId ? s.inspector : null);
export const selectUpgradeOffer = (s: StudioState) => (s.upgradeOffer?.fileId === s.activeId ? s.upgradeOffer : null);
export const selectDeleteRequest = (s: StudioState) => (s.deleteRequest?.fileId === s.activeId ? s.deleteRequest : null);
/** A 1.x/2.x document: operations live in channels, graph node ids name them by channel (lib/edit/graphPointers). */
export const selectIsBeforeV3 = (s: StudioState) => {
  const version = selectSpecVersion(s);
  return version !== undefined && Number.parseInt(version, 10) < 3;
};
/** The active text holds nothing but white space (a test that stops at the first other character). */
export const selectIsBlank = (s: StudioState) => !/\S/.test(activeFile(s).text);
