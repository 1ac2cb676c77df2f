import type { Diagnostic, Severity } from '@/lib/analysis/diagnostic';
import { sortDiagnostics } from '@/lib/analysis/diagnostic';
import type { Locate } from '@/lib/analysis/sourceMap';
import { effectiveRules } from './effectiveRules';
import type { RuleSettings, RuleState } from './effectiveRules';
import { formatsOf } from './formats';
import { readRuleset } from './ruleset/readRuleset';
import type { ReadRuleset } from './ruleset/rulesetTypes';
import { runRules } from './runner';
import type { CustomRuleInfo } from './report/reportInput';
import { computeScore } from './score';
import type { GovernanceScore } from './score';
import { readSource } from './sourceDocument';

export interface CustomRulesetText {
  /** Workspace path of the ruleset file, e.g. `.spectral.yaml`. */
  path: string;
  text: string;
}

export interface GovernanceInput {
  /** The document's text (YAML or JSON) as the editor holds it. */
  text: string;
  /** Workspace path of the document, written into each diagnostic's `file`; absent for a lone document. */
  file?: string;
  /** The workspace's per-rule choices (severity or off), for catalogue and ruleset rules alike. */
  settings?: RuleSettings;
  customRuleset?: CustomRulesetText;
}

export interface GovernanceOutcome {
  /** The document's `asyncapi` version, when readable. */
  specVersion?: string;
  /** Problems in the document: catalogue rules (source `rules`) and the ruleset's rules (source `custom`), sorted by line. */
  diagnostics: Diagnostic[];
  /** Problems in the ruleset file itself (each with `file` = the ruleset's path, source `custom`). */
  rulesetDiagnostics: Diagnostic[];
  score: GovernanceScore;
  /** Every known rule's effective severity, for a settings screen. */
  rules: RuleState[];
  /** The ruleset's own rules (for reports and the settings screen). */
  customRules: CustomRuleInfo[];
  /** Why no rule ran: the text is not readable YAML/JSON, or not an AsyncAPI 2.x/3.x document (the parser pass says more). */
  skipped?: 'unreadable' | 'not-asyncapi';
  /** Rules that threw while running; they reported nothing. */
  crashed: Array<{ ruleId: string; message: string }>;
}

let lastRuleset: { path: string; text: string; read: ReadRuleset } | null = null;

/** Reads a ruleset once per text (the worker is asked again on every edit of the document). */
export function readRulesetCached(ruleset: CustomRulesetText): ReadRuleset {
  if (lastRuleset?.path === ruleset.path && lastRuleset.text === ruleset.text) return lastRuleset.read;
  const read = readRuleset(ruleset.path, ruleset.text);
  lastRuleset = { ...ruleset, read };
  return read;
}

export interface GovernanceDataInput {
  /** The document as data, `$ref`s not resolved (as written). */
  data: unknown;
  /** Where a path's value is written (1-based). */
  locate: Locate;
  file?: string;
  settings?: RuleSettings;
  ruleset?: ReadRuleset;
}

function customRulesOf(ruleset: ReadRuleset | undefined): CustomRuleInfo[] {
  return (ruleset?.rules ?? []).map(({ id, description, severity, documentationUrl }) => ({ id, description, severity, ...(documentationUrl ? { documentationUrl } : {}) }));
}

/** Governance over a document already read into data with its positions (see `runGovernance` for text). */
export function runGovernanceOn(input: GovernanceDataInput): GovernanceOutcome {
  const { runnable, states } = effectiveRules(input.settings, input.ruleset);
  const rulesetDiagnostics = input.ruleset?.diagnostics ?? [];
  const customRules = customRulesOf(input.ruleset);
  const version = (input.data as { asyncapi?: unknown } | null)?.asyncapi;
  const specVersion = typeof version === 'string' ? version : undefined;
  const empty = computeScore(new Map(), new Map());
  if (formatsOf(specVersion).size === 0 || !/^[23]\./.test(specVersion ?? '')) {
    return { specVersion, diagnostics: [], rulesetDiagnostics, score: empty, rules: states, customRules, skipped: 'not-asyncapi', crashed: [] };
  }
  const output = runRules(runnable, { data: input.data, locate: input.locate, file: input.file });
  const severities = new Map<string, Severity>(runnable.map((rule) => [rule.id, rule.severity]));
  return {
    specVersion,
    diagnostics: sortDiagnostics(output.diagnostics),
    rulesetDiagnostics,
    score: computeScore(output.tallies, severities),
    rules: states,
    customRules,
    crashed: output.crashed,
  };
}

/**
 * The governance pass over one document: the studio's rule catalogue and the workspace's ruleset, run after
 * (and apart from) the parser, so no rule can hide the document from the preview. Pure; meant for a worker.
 */
export function runGovernance(input: GovernanceInput): GovernanceOutcome {
  const ruleset = input.customRuleset ? readRulesetCached(input.customRuleset) : undefined;
  const source = readSource(input.text);
  if (source.syntaxErrors.length > 0) {
    const { states } = effectiveRules(input.settings, ruleset);
    const score = computeScore(new Map(), new Map());
    return { diagnostics: [], rulesetDiagnostics: ruleset?.diagnostics ?? [], score, rules: states, customRules: customRulesOf(ruleset), skipped: 'unreadable', crashed: [] };
  }
  return runGovernanceOn({ data: source.data, locate: source.locate, file: input.file, settings: input.settings, ruleset });
}

export { withoutParserCopies } from './parserCopies';
