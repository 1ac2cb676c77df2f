import { conversionTargets } from '@/lib/convert/versions';
import type { Diagnostic } from '@/lib/analysis/diagnostic';
import { countBySeverity } from '@/lib/analysis/diagnostic';
import type { ViewName } from '@/lib/analysis/derivedViews';
import type { StudioState } from './studioState';

const NO_DIAGNOSTICS: Diagnostic[] = [];

export const selectText = (s: StudioState) => s.text;
export const selectVersion = (s: StudioState) => s.version;
export const selectFormat = (s: StudioState) => s.format;
/** Large enough that the editor drops its costlier conveniences (about 10,000 lines of YAML). */
export const selectIsLargeDocument = (s: StudioState) => s.text.length > 300_000;
export const selectExternalEdit = (s: StudioState) => s.externalEdit;
export const selectReadOnly = (s: StudioState) => s.readOnly;
export const selectNavigation = (s: StudioState) => s.navigation;
export const selectPanels = (s: StudioState) => s.panels;
export const selectNotices = (s: StudioState) => s.notices;
export const selectStorage = (s: StudioState) => s.storage;
export const selectCursorLine = (s: StudioState) => s.cursor.line;
export const selectCursorColumn = (s: StudioState) => s.cursor.column;
export const selectLastValid = (s: StudioState) => s.lastValid;
export const selectLabMessages = (s: StudioState) => s.lastValid?.views.labMessages;
export const selectOutline = (s: StudioState) => s.lastValid?.views.outline;
export const selectDialog = (s: StudioState) => s.dialog;
export const selectDocuments = (s: StudioState) => s.documents;
export const selectActiveId = (s: StudioState) => s.activeId;
export const selectCanReopen = (s: StudioState) => s.closed.length > 0;
export const selectAnalysisElapsed = (s: StudioState) => (s.analysis?.version === s.version ? s.analysis.elapsedMs : undefined);

/**
 * The diagnostics to show for the current text: the full analysis when it is current, the fast syntax
 * pass's errors as soon as they are known, otherwise the last full result (Monaco keeps its markers in place).
 */
export function selectDiagnostics(s: StudioState): Diagnostic[] {
  if (s.analysis?.version === s.version) return s.analysis.outcome.diagnostics;
  if (s.syntax?.version === s.version) {
    if (s.syntax.summary.diagnostics.length > 0) return s.syntax.summary.diagnostics;
    // The text reads again; earlier syntax errors no longer apply, parser findings may.
    return s.analysis?.outcome.stage === 'parser' ? s.analysis.outcome.diagnostics : NO_DIAGNOSTICS;
  }
  return s.analysis?.outcome.diagnostics ?? NO_DIAGNOSTICS;
}

export type StatusState = 'analyzing' | 'valid' | 'invalid' | 'failed';

export function selectStatusState(s: StudioState): StatusState {
  if (s.failure?.version === s.version) return 'failed';
  if (s.analysis?.version === s.version) {
    return s.analysis.outcome.diagnostics.some((d) => d.severity === 'error') ? 'invalid' : 'valid';
  }
  if (s.syntax?.version === s.version && s.syntax.summary.diagnostics.length > 0) return 'invalid';
  return 'analyzing';
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** What the status says to a person. */
export function selectStatusText(s: StudioState): string {
  const state = selectStatusState(s);
  if (state === 'failed') return `Analysis failed: ${s.failure?.reason ?? 'unknown reason'}`;
  if (state === 'analyzing') return 'Analyzing…';
  const counts = countBySeverity(selectDiagnostics(s));
  if (state === 'valid') {
    const version = s.analysis?.outcome.specVersion;
    const warnings = counts.warning > 0 ? `, ${plural(counts.warning, 'warning')}` : '';
    return `Valid AsyncAPI ${version ?? ''}${warnings}`.replace(' ,', ',');
  }
  const parts = [plural(counts.error, 'error')];
  if (counts.warning > 0) parts.push(plural(counts.warning, 'warning'));
  return parts.join(', ');
}

/** The spec version the current text declares, as soon as the fast pass has read it. */
export function selectSpecVersion(s: StudioState): string | undefined {
  if (s.analysis?.version === s.version) return s.analysis.outcome.specVersion;
  if (s.syntax?.version === s.version) return s.syntax.summary.specVersion;
  return s.analysis?.outcome.specVersion;
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
export const selectGraphView = (s: StudioState) => s.lastValid?.views.graph;

/** A panel built from the last valid version shows an older one: the current text has errors (or failed). */
export function selectShowsOlderVersion(s: StudioState): boolean {
  if (!s.lastValid || s.lastValid.version === s.version) return false;
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
export const selectDocumentJson = (s: StudioState) => s.lastValid?.views.documentJson;
export const selectSourceLines = (s: StudioState) => s.lastValid?.views.sourceLines;
export const selectLastValidVersion = (s: StudioState) => s.lastValid?.version;

/** Why the current text cannot be previewed, as a phrase ("the current text has 2 errors"), or null when it can. */
export function selectPreviewBlocker(s: StudioState): string | null {
  const state = selectStatusState(s);
  if (state === 'failed') return `the analysis of the current text failed (${s.failure?.reason ?? 'unknown reason'})`;
  if (state !== 'invalid') return null;
  return `the current text has ${plural(countBySeverity(selectDiagnostics(s)).error, 'error')}`;
}
