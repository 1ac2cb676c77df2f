import type { Diagnostic } from '@/lib/analysis/diagnostic';
import { lineRange } from '@/lib/analysis/diagnostic';
import type { ExamplesClient } from '@/workers/examplesClient';
import type { WorkspaceFileEntry } from '@/lib/workspace/types';
import type { AnalysisWorkspace } from '@/workers/protocol';
import { isAnalysisCurrent, isFragment, workspaceInputFiles } from './analysisSelectors';
import { activeFile } from './filesSlice';
import { isRulesetPath } from './governanceEffects';
import type { StudioStore } from './store';
import type { StudioState } from './studioState';

/** The code of the row that says the example check did not finish (timeout or crash). */
export const EXAMPLES_UNFINISHED_CODE = 'example-check-unfinished';

/** The one row shown when the check did not finish: the parser's verdict stands, the examples are unchecked. */
export function unfinishedRow(reason: string): Diagnostic {
  return {
    severity: 'warning',
    code: EXAMPLES_UNFINISHED_CODE,
    message: `${reason} The message examples were not checked; the other problems are shown.`,
    range: lineRange(1),
  };
}

/**
 * What the example check of the active document depends on: its text version once the parser has answered
 * for it (for a workspace document: for the files its $refs reach as they are now, with what each held), and
 * the origins its $refs may be read from. A string, so it changes only when one of them does.
 */
function selectExamplesInput(s: StudioState): string {
  const file = activeFile(s);
  if (isRulesetPath(file.path) || isFragment(s, file)) return '';
  const analysed = s.analyses[file.id]?.analysis;
  if (analysed?.version !== file.version || analysed.outcome.stage !== 'parser' || !isAnalysisCurrent(s, file.id)) return '';
  const inputs = Object.entries(analysed.workspace?.inputs ?? {}).map(([path, stamp]) => `${path}=${stamp}`);
  return [`${file.id}:${file.version}|${s.settings.allowedRefOrigins.join(' ')}`, ...inputs].join('\n');
}

/**
 * The files the example check's parse may read, when the analysis read the document in its workspace: the
 * ones its $refs reached (the analysis found them), each with its text; a path not listed reads as absent.
 */
function examplesWorkspace(s: StudioState): AnalysisWorkspace | undefined {
  const file = activeFile(s);
  const reached = s.analyses[file.id]?.analysis?.workspace;
  if (!reached) return undefined;
  const wanted = new Set(reached.dependencies);
  const files = workspaceInputFiles(s)
    .filter((f) => wanted.has(f.path))
    .map(({ path, version, text, skipped }): WorkspaceFileEntry => (skipped ? { path, version, skipped } : { path, version, text }));
  return { documentPath: file.path, files };
}

/**
 * Runs the example check after the parser's pass, on the same text, in its own worker with its own time
 * limit: a slow example never takes the parser's verdict down. Returns the disposer.
 */
export function startExamples(store: StudioStore, client: ExamplesClient): () => void {
  const run = (input: string) => {
    if (input === '') return;
    const s = store.getState();
    const { id: fileId, version, text } = activeFile(s);
    const workspace = examplesWorkspace(s);
    void client.run({ version, text, allowedOrigins: s.settings.allowedRefOrigins, ...(workspace ? { workspace } : {}) }).then((outcome) => {
      if (outcome.kind === 'done') store.getState().receiveExamples(fileId, { version, diagnostics: outcome.result });
      else if (outcome.kind === 'failed') store.getState().receiveExamples(fileId, { version, diagnostics: [unfinishedRow(outcome.reason)] });
    });
  };
  const unsubscribe = store.subscribe(selectExamplesInput, run);
  run(selectExamplesInput(store.getState()));
  return unsubscribe;
}
