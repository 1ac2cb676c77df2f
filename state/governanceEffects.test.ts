import { describe, expect, it } from 'vitest';
import { runGovernance } from '@/lib/governance/runGovernance';
import type { GovernanceClient } from '@/workers/governanceClient';
import { startGovernance } from './governanceEffects';
import { selectDiagnostics, selectGovernance, selectStatusState, selectStatusText } from './selectors';
import { createStudioStore } from './store';
import { answerAnalysis, answerSyntax, outcome } from './testing';

const DOC = `asyncapi: 3.1.0
info:
  title: Orders
  version: 1.0.0
channels:
  orders:
    address: orders
`;

const RULESET = `extends: spectral:asyncapi
rules:
  title-says-api:
    description: Titles end with API
    message: "{{error}}"
    severity: error
    given: $.info.title
    then:
      function: pattern
      functionOptions:
        match: "API$"
  broken-rule:
    given: $.info
    then:
      function: notAFunction
`;

/** The rules run in-process, as the worker would run them; each call is recorded. */
function inProcessClient() {
  const runs: string[] = [];
  const client: GovernanceClient = {
    run: async (request) => {
      runs.push(request.file ?? '');
      return { kind: 'done', version: request.version, result: runGovernance(request) };
    },
    dispose: () => {},
  };
  return { client, runs };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the rules pass after the parser', () => {
  it('runs once the parser answered for the text, and its rows join the parser\'s without changing the verdict', async () => {
    const store = createStudioStore({ documents: [], activeId: '' });
    const doc = store.getState().openDocument(DOC, 'orders.yaml');
    store.getState().openDocument(RULESET, '.spectral.yaml');
    store.getState().switchTo(doc);
    const { client, runs } = inProcessClient();
    const stop = startGovernance(store, client);
    expect(runs).toEqual([]);
    answerAnalysis(store, outcome());
    await settle();
    expect(runs).toEqual(['orders.yaml']);
    const rows = selectDiagnostics(store.getState());
    expect(rows.find((d) => d.code === 'title-says-api')).toMatchObject({ severity: 'error', source: 'custom', range: { startLine: 3 } });
    expect(rows.some((d) => d.source === 'rules')).toBe(true);
    // A custom rule at severity error never makes a valid document invalid.
    expect(selectStatusState(store.getState())).toBe('valid');
    expect(selectStatusText(store.getState())).toMatch(/^Valid AsyncAPI 3\.0\.0, 1 rule error/);
    expect(selectGovernance(store.getState())?.outcome.score.score).toBeGreaterThan(0);
    stop();
  });

  it('a mistake in the ruleset is a problem at its line in the ruleset file', async () => {
    const store = createStudioStore({ documents: [], activeId: '' });
    const doc = store.getState().openDocument(DOC, 'orders.yaml');
    const ruleset = store.getState().openDocument(RULESET, '.spectral.yaml');
    store.getState().switchTo(doc);
    const stop = startGovernance(store, inProcessClient().client);
    answerAnalysis(store, outcome());
    await settle();
    store.getState().switchTo(ruleset);
    const problems = selectDiagnostics(store.getState());
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: '.spectral.yaml', source: 'custom', range: { startLine: 15 } });
    expect(problems[0]!.message).toContain('notAFunction');
    expect(selectStatusState(store.getState())).toBe('invalid');
    stop();
  });

  it('turning a rule off runs the pass again and removes its rows; a stale answer is dropped', async () => {
    const store = createStudioStore(DOC);
    const { client, runs } = inProcessClient();
    const stop = startGovernance(store, client);
    answerAnalysis(store, outcome());
    await settle();
    expect(selectDiagnostics(store.getState()).some((d) => d.code === 'asyncapi-info-description')).toBe(true);
    store.getState().setRuleSeverity('asyncapi-info-description', 'off');
    await settle();
    expect(runs).toHaveLength(2);
    expect(selectDiagnostics(store.getState()).some((d) => d.code === 'asyncapi-info-description')).toBe(false);
    // An answer for a text the file no longer has changes nothing.
    const old = store.getState().governance[store.getState().activeId]!;
    store.getState().editText(`${DOC}# edited\n`);
    store.getState().receiveGovernance(store.getState().activeId, old);
    expect(selectGovernance(store.getState())).toBeUndefined();
    stop();
  });

  it('keeps the last rule rows while a new text is analysed, and drops them once the text no longer parses', async () => {
    const store = createStudioStore(DOC);
    const { client } = inProcessClient();
    const stop = startGovernance(store, client);
    answerAnalysis(store, outcome());
    await settle();
    const hasRuleRow = () => selectDiagnostics(store.getState()).some((d) => d.code === 'asyncapi-info-description');
    expect(hasRuleRow()).toBe(true);
    store.getState().editText(`${DOC}# typing\n`);
    // No answer yet for this text: the list stays as it was instead of flickering.
    expect(hasRuleRow()).toBe(true);
    // A schema error of a text that reads: the rule rows still describe it.
    store.getState().editText(`${DOC}x-typed: true\n`);
    answerSyntax(store, [{ severity: 'error', code: 'asyncapi-schema', message: 'not allowed', range: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 2 } }], { stage: 'structure' });
    expect(hasRuleRow()).toBe(true);
    store.getState().editText('asyncapi: [');
    answerSyntax(store, [{ severity: 'error', code: 'yaml', message: 'broken', range: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 2 } }]);
    expect(hasRuleRow()).toBe(false);
    stop();
  });
});
