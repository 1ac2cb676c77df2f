import { textHash } from '@/lib/history/revisionPolicy';
import { defaultConversionTarget } from '@/lib/convert/versions';
import type { Diagnostic } from '@/lib/analysis/diagnostic';
import { countBySeverity, sortDiagnostics } from '@/lib/analysis/diagnostic';
import { withoutParserCopies } from '@/lib/governance/parserCopies';
import type { ViewName } from '@/lib/analysis/derivedViews';
import { NO_ANALYSIS } from './analysisSlice';
import { dependentsOf, inFile, isFragment, withDependentsDiagnostics } from './analysisSelectors';
import type { FileAnalysis } from './analysisSlice';
import { activeFile } from './filesSlice';
import { isRulesetPath } from './governanceEffects';
import type { GovernanceResult } from './governanceSlice';
import type { ExamplesResult } from './examplesSlice';
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
export const selectSideLayout = (s: StudioState) => s.sideLayout;
export const selectSettings = (s: StudioState) => s.settings;
export const selectThemeChoice = (s: StudioState) => s.settings.theme;
export const selectShownSeverities = (s: StudioState) => s.settings.shownSeverities;
export const selectRuleSettings = (s: StudioState) => s.ruleSettings;
export const selectActivePath = (s: StudioState) => activeFile(s).path;
export const selectNotices = (s: StudioState) => s.notices;
export const selectStorage = (s: StudioState) => s.storage;
export const selectCursor = (s: StudioState) => activeFile(s).cursor;
export const selectCursorLine = (s: StudioState) => activeFile(s).cursor.line;
export const selectCursorColumn = (s: StudioState) => activeFile(s).cursor.column;
export const selectLastValid = (s: StudioState) => s.analyses[s.activeId]?.lastValid ?? null;
export const selectLabMessages = (s: StudioState) => selectLastValid(s)?.views.labMessages;
export const selectOutline = (s: StudioState) => selectLastValid(s)?.views.outline;
/** The Try panel's view of the active file's last valid version. */
export const selectLiveView = (s: StudioState) => selectLastValid(s)?.views.liveView;
export const selectLive = (s: StudioState) => s.live;
export const selectLiveConnections = (s: StudioState) => s.live.connections;
export const selectLiveRows = (s: StudioState) => s.live.rows;
export const selectLiveTargets = (s: StudioState) => s.live.targets;
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

/** The active file's own diagnostics (which may name files its $refs reach). */
function ownDiagnostics(s: StudioState): Diagnostic[] {
  const { analysis, syntax, version } = current(s);
  if (isFragment(s, activeFile(s))) return syntax?.version === version ? syntax.summary.diagnostics : NO_DIAGNOSTICS;
  if (analysis?.version === version) return analysis.outcome.diagnostics;
  if (syntax?.version === version) {
    // The text reads again; earlier syntax errors no longer apply, parser findings may.
    const last = analysis?.outcome.stage === 'parser' ? analysis.outcome.diagnostics : NO_DIAGNOSTICS;
    if (syntax.summary.diagnostics.length === 0) return last;
    return syntax.summary.stage === 'structure' ? withFastErrors(last, syntax.summary.diagnostics) : syntax.summary.diagnostics;
  }
  return analysis?.outcome.diagnostics ?? NO_DIAGNOSTICS;
}

/**
 * The parser's diagnostics for the current text: the full analysis when it is current, the fast pass's errors
 * as soon as they are known (beside the last full result when they are schema errors of a text that reads),
 * otherwise the last full result (Monaco keeps its markers in place);
 * plus what the analyses of documents using this file said about it (a fragment has nothing else).
 * The status follows these alone: rules never make a valid document invalid.
 */
export function selectParserDiagnostics(s: StudioState): Diagnostic[] {
  return withDependentsDiagnostics(s, activeFile(s), ownDiagnostics(s));
}

/** A list computed once per pair of inputs: selectors must return the same array for the same state. */
function memoizePair<A extends object, B extends object, R>(compute: (a: A, b: B) => R): (a: A, b: B) => R {
  const cache = new WeakMap<A, WeakMap<B, R>>();
  return (a, b) => {
    let byB = cache.get(a);
    if (!byB) cache.set(a, (byB = new WeakMap()));
    if (!byB.has(b)) byB.set(b, compute(a, b));
    return byB.get(b)!;
  };
}

/**
 * Schema errors of a text that reads, shown at once beside the last full result, which stays until the new one
 * lands (as it does when the fast pass finds nothing): the list and the editor's markers gain a row instead of
 * losing hundreds and getting them back a second later. An error of that result at the spot of a fast one is the
 * same problem, said by the parser.
 */
const withFastErrors = memoizePair((last: Diagnostic[], fast: Diagnostic[]): Diagnostic[] => {
  const spot = (d: Diagnostic) => `${d.range.startLine}:${d.range.startColumn}`;
  const spots = new Set(fast.map(spot));
  return sortDiagnostics([...fast, ...last.filter((d) => d.severity !== 'error' || !spots.has(spot(d)))]);
});

/** The rules pass's rows joined to the parser's (its copies of the parser's rules give way). */
const withRules = memoizePair((parser: Diagnostic[], rules: GovernanceResult): Diagnostic[] =>
  sortDiagnostics([...withoutParserCopies(parser), ...rules.outcome.diagnostics]),
);

const withExampleRows = memoizePair((parser: Diagnostic[], examples: ExamplesResult): Diagnostic[] => sortDiagnostics([...parser, ...examples.diagnostics]));

/** The example check's rows (its own worker) joined to the parser's, once it ran for this very text. */
function withExamples(parser: Diagnostic[], examples: ExamplesResult | undefined, version: number): Diagnostic[] {
  if (examples?.version !== version || examples.diagnostics.length === 0) return parser;
  return withExampleRows(parser, examples);
}

/** The example check's rows for the active file's current text (none until it answered). */
function currentExampleRows(s: StudioState): Diagnostic[] {
  const file = activeFile(s);
  const examples = s.examples[file.id];
  return examples?.version === file.version ? examples.diagnostics : NO_DIAGNOSTICS;
}

/** The problems the active ruleset file has: from reading it as it is now, else from the newest pass that read it. */
function rulesetProblems(s: StudioState, path: string): Diagnostic[] {
  const file = activeFile(s);
  const own = s.governance[file.id];
  if (own?.version === file.version) return own.outcome.rulesetDiagnostics;
  const results = Object.values(s.governance).filter((g) => g.rulesetPath === path);
  return results.at(-1)?.outcome.rulesetDiagnostics ?? NO_DIAGNOSTICS;
}

/**
 * Every problem to show for the active file: the parser's, and the rules pass's once it ran for this very
 * text (its catalogue rows replace the parser's copies of the 2.x recommended rules). A ruleset file shows
 * the problems found in it.
 */
export function selectDiagnostics(s: StudioState): Diagnostic[] {
  const file = activeFile(s);
  if (isRulesetPath(file.path)) return rulesetProblems(s, file.path);
  const parser = withExamples(selectParserDiagnostics(s), s.examples[file.id], file.version);
  const rules = s.governance[file.id];
  if (!rules) return parser;
  if (rules.version === file.version) return withRules(parser, rules);
  // While the passes work on a new text, the last rule rows stay (as the parser's do): the list does not
  // flicker on every keystroke. Once the text no longer parses, they go: they describe a document that is not there.
  const { analysis, syntax, version } = current(s);
  const broken = (syntax?.version === version && syntax.summary.stage === 'syntax' && syntax.summary.diagnostics.length > 0) || (analysis?.version === version && analysis.outcome.stage !== 'parser');
  return broken ? parser : withRules(parser, rules);
}

/** The diagnostics located in the active file itself: its editor markers. */
export const selectMarkerDiagnostics = (s: StudioState) => inFile(selectDiagnostics(s), activeFile(s).path);

/** A file that is part of documents rather than one (see isFragment). */
export const selectIsFragment = (s: StudioState) => isFragment(s, activeFile(s));

export type StatusState = 'analyzing' | 'valid' | 'invalid' | 'failed';

export function selectStatusState(s: StudioState): StatusState {
  const path = activeFile(s).path;
  if (isRulesetPath(path)) return rulesetProblems(s, path).some((d) => d.severity === 'error') ? 'invalid' : 'valid';
  const { analysis, syntax, failure, version } = current(s);
  if (isFragment(s, activeFile(s))) {
    if (syntax?.version !== version) return 'analyzing';
    return selectDiagnostics(s).some((d) => d.severity === 'error') ? 'invalid' : 'valid';
  }
  if (failure?.version === version) return 'failed';
  if (analysis?.version === version) {
    // A 2.x example that breaks its schema is an error of the document (the parser's rule, checked apart).
    const errors = [...analysis.outcome.diagnostics, ...currentExampleRows(s)];
    return errors.some((d) => d.severity === 'error') ? 'invalid' : 'valid';
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
  if (isRulesetPath(activeFile(s).path)) {
    return counts.error + counts.warning === 0 ? 'Ruleset reads correctly' : [plural(counts.error, 'error'), plural(counts.warning, 'warning')].join(', ');
  }
  if (isFragment(s, activeFile(s))) return fragmentStatus(s, state, counts);
  if (state === 'valid') {
    const version = current(s).analysis?.outcome.specVersion;
    // Errors here come from the workspace's rules: the document itself is valid AsyncAPI.
    const ruleErrors = counts.error > 0 ? `, ${plural(counts.error, 'rule error')}` : '';
    const warnings = counts.warning > 0 ? `, ${plural(counts.warning, 'warning')}` : '';
    return `Valid AsyncAPI ${version ?? ''}${ruleErrors}${warnings}`.replace(' ,', ',');
  }
  const parts = [plural(counts.error, 'error')];
  if (counts.warning > 0) parts.push(plural(counts.warning, 'warning'));
  return parts.join(', ');
}

function fragmentStatus(s: StudioState, state: StatusState, counts: ReturnType<typeof countBySeverity>): string {
  const users = dependentsOf(s, activeFile(s).path).length;
  const usedBy = users === 0 ? 'not used by an analysed document yet' : `used by ${plural(users, 'document')}`;
  if (state === 'valid') return `Part of a document (${usedBy}): no problems`;
  const parts = [plural(counts.error, 'error')];
  if (counts.warning > 0) parts.push(plural(counts.warning, 'warning'));
  return `${parts.join(', ')} (part of a document, ${usedBy})`;
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
  if (s.panels.preview) wanted.add('documentJson').add('sourceLines').add('sectionFingerprints');
  if (s.panels.lab) wanted.add('labMessages');
  if (s.panels.outline) wanted.add('outline');
  if (s.panels.visualizer) wanted.add('graph');
  if (s.panels.generate) wanted.add('documentJson');
  if (s.panels.try) wanted.add('liveView');
  return [...wanted];
}

/** The visualizer's graph: from the newest version that parsed without errors. */
export const selectGraphView = (s: StudioState) => selectLastValid(s)?.views.graph;
/** The visualizer's folded graph and its layout (state/layoutEffects.ts). */
export const selectGraphPicture = (s: StudioState) => s.graphPicture;

/** A panel built from the last valid version shows an older one: the current text has errors (or failed). */
export function selectShowsOlderVersion(s: StudioState): boolean {
  const lastValid = selectLastValid(s);
  if (!lastValid || lastValid.version === activeFile(s).version) return false;
  const state = selectStatusState(s);
  return state === 'invalid' || state === 'failed';
}

/**
 * The newest version the converter can bring a 1.x/2.x document to (what the Convert dialog preselects), for
 * the status bar's quiet hint.
 */
export function selectUpgradeTarget(s: StudioState): string | undefined {
  const version = selectSpecVersion(s);
  if (!version || Number.parseInt(version, 10) >= 3) return undefined;
  return defaultConversionTarget(version);
}

/** The last valid version's parsed document (the analysis worker's `stringify` output): preview and codegen. */
export const selectDocumentJson = (s: StudioState) => selectLastValid(s)?.views.documentJson;
export const selectSourceLines = (s: StudioState) => selectLastValid(s)?.views.sourceLines;
export const selectSectionFingerprints = (s: StudioState) => selectLastValid(s)?.views.sectionFingerprints;
export const selectLastValidVersion = (s: StudioState) => selectLastValid(s)?.version;

/** Why the current text cannot be previewed, as a phrase ("the current text has 2 errors"), or null when it can. */
export function selectPreviewBlocker(s: StudioState): string | null {
  const state = selectStatusState(s);
  if (state === 'failed') return `the analysis of the current text failed (${current(s).failure?.reason ?? 'unknown reason'})`;
  if (state !== 'invalid') return null;
  return `the current text has ${plural(countBySeverity([...selectParserDiagnostics(s), ...currentExampleRows(s)]).error, 'error')}`;
}

/** The rules pass of the active file for its current text, for the score panel and the reports. */
export function selectGovernance(s: StudioState): GovernanceResult | undefined {
  const file = activeFile(s);
  const result = s.governance[file.id];
  return result?.version === file.version ? result : undefined;
}

/** The newest rules pass of the active file, even for an older text (the score keeps showing while typing). */
export const selectLastGovernance = (s: StudioState) => s.governance[s.activeId];

export const selectTimeline = (s: StudioState) => s.timeline;
export const selectHistoryProblem = (s: StudioState) => s.historyProblem;
export const selectHistoryEnabled = (s: StudioState) => s.historyEnabled;
export const selectComparison = (s: StudioState) => s.comparison;

let hashed: { id: string; version: number; hash: string } | null = null;
/** textHash of the active text, made once per (file, version): tells which revision holds the current text. */
export function selectActiveTextHash(s: StudioState): string {
  const { id, version, text } = activeFile(s);
  if (hashed?.id !== id || hashed.version !== version) hashed = { id, version, hash: textHash(text) };
  return hashed.hash;
}

/** The other open files, one `id<TAB>path` per line (a string, so it changes only when they do): compare's choices. */
export function selectOtherOpenFiles(s: StudioState): string {
  return s.tabs
    .filter((id) => id !== s.activeId && s.files[id])
    .map((id) => `${id}\t${s.files[id]!.path}`)
    .join('\n');
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
