import { findRuleset, isRulesetPath } from '@/lib/governance/ruleset/findRuleset';
import type { GovernanceClient } from '@/workers/governanceClient';
import { activeFile } from './filesSlice';
import type { StudioStore } from './store';
import type { StudioState } from './studioState';

export { isRulesetPath };

/** The ruleset file that applies to a document, with its current text. */
export function rulesetFor(s: StudioState, documentPath: string): { id: string; path: string; text: string; version: number } | undefined {
  const byPath = new Map(Object.values(s.files).map((f) => [f.path, f]));
  const path = findRuleset(documentPath, byPath.keys());
  const file = path === undefined ? undefined : byPath.get(path);
  return file ? { id: file.id, path: file.path, text: file.text, version: file.version } : undefined;
}

/**
 * What the rules pass of the active document depends on: its text version once the parser has answered for
 * it, the workspace's rule choices, and the ruleset's text. A string, so it changes only when one of them does.
 */
function selectGovernanceInput(s: StudioState): string {
  const file = activeFile(s);
  // A ruleset being edited is read on its own, so its mistakes show while the user is in it.
  if (isRulesetPath(file.path)) return `ruleset:${file.id}:${file.version}`;
  const analysed = s.analyses[file.id]?.analysis;
  if (analysed?.version !== file.version || analysed.outcome.stage !== 'parser') return '';
  const ruleset = rulesetFor(s, file.path);
  return `${file.id}:${file.version}|${JSON.stringify(s.ruleSettings)}|${ruleset ? `${ruleset.path}:${ruleset.version}` : ''}`;
}

/**
 * Runs the rules pass after the parser's, on the same text, in its own worker. A rule at severity error never
 * hides the document from the panels: they follow the parser's verdict. Returns the disposer.
 */
export function startGovernance(store: StudioStore, client: GovernanceClient): () => void {
  const run = (input: string) => {
    if (input === '') return;
    const s = store.getState();
    const active = activeFile(s);
    const { id: fileId, version, path } = active;
    const alone = isRulesetPath(path);
    const ruleset = alone ? active : rulesetFor(s, path);
    const text = alone ? '' : active.text;
    void client
      .run({ version, text, file: path, settings: s.ruleSettings, customRuleset: ruleset ? { path: ruleset.path, text: ruleset.text } : undefined })
      .then((outcome) => {
        if (outcome.kind === 'done') store.getState().receiveGovernance(fileId, { version, rulesetPath: ruleset?.path, outcome: outcome.result });
        // A failed rules pass leaves the parser's verdict standing; the next edit tries again.
      });
  };
  const unsubscribe = store.subscribe(selectGovernanceInput, run);
  run(selectGovernanceInput(store.getState()));
  return unsubscribe;
}
