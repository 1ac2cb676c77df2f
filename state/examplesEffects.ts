import type { Diagnostic } from '@/lib/analysis/diagnostic';
import { lineRange } from '@/lib/analysis/diagnostic';
import type { ExamplesClient } from '@/workers/examplesClient';
import { isFragment } from './analysisSelectors';
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
 * for it, and the origins its $refs may be read from. A string, so it changes only when one of them does.
 */
function selectExamplesInput(s: StudioState): string {
  const file = activeFile(s);
  if (isRulesetPath(file.path) || isFragment(s, file)) return '';
  const analysed = s.analyses[file.id]?.analysis;
  if (analysed?.version !== file.version || analysed.outcome.stage !== 'parser') return '';
  return `${file.id}:${file.version}|${s.settings.allowedRefOrigins.join(' ')}`;
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
    void client.run({ version, text, allowedOrigins: s.settings.allowedRefOrigins }).then((outcome) => {
      if (outcome.kind === 'done') store.getState().receiveExamples(fileId, { version, diagnostics: outcome.result });
      else if (outcome.kind === 'failed') store.getState().receiveExamples(fileId, { version, diagnostics: [unfinishedRow(outcome.reason)] });
    });
  };
  const unsubscribe = store.subscribe(selectExamplesInput, run);
  run(selectExamplesInput(store.getState()));
  return unsubscribe;
}
