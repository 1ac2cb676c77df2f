import { CATALOGUE } from './catalogue';
import { ALL_FUNCTIONS } from './catalogue/allFunctions';
import { CORE_FUNCTIONS } from './functions';
import type { RulesetRule, ReadRuleset } from './ruleset/rulesetTypes';
import type { RunnableRule } from './runner';
import type { CatalogueRule, FunctionDefinition, RuleSeverity, ThenDefinition } from './types';

/** The workspace's own choices, per rule id (catalogue or ruleset rule): a severity, or off. They win over the ruleset. */
export type RuleSettings = Readonly<Record<string, RuleSeverity>>;

/** Where a rule's severity came from, for the settings screen. */
export interface RuleState {
  id: string;
  severity: RuleSeverity;
  source: 'rules' | 'custom';
}

function runnableThen(then: readonly ThenDefinition[], functions: ReadonlyMap<string, FunctionDefinition>) {
  return then.map((t) => {
    const fn = functions.get(t.function);
    if (!fn) throw new Error(`Rule function "${t.function}" is unknown`);
    return { field: t.field, fn, options: t.functionOptions ?? null };
  });
}

function catalogueState(rule: CatalogueRule, ruleset: ReadRuleset | undefined, settings: RuleSettings): RuleSeverity {
  let enabled = rule.recommended;
  let severity: RuleSeverity = rule.severity;
  const mode = ruleset?.extendsCatalogue;
  if (mode === 'all') enabled = true;
  if (mode === 'off') enabled = false;
  const override = ruleset?.overrides.get(rule.id);
  if (override?.enabled !== undefined) enabled = override.enabled;
  if (override?.severity !== undefined) {
    enabled = override.severity !== 'off';
    if (override.severity !== 'off') severity = override.severity;
  }
  const chosen = settings[rule.id];
  if (chosen !== undefined) return chosen;
  return enabled ? severity : 'off';
}

/**
 * Every rule that runs on a document, with its final severity: the catalogue (defaults, then what the ruleset's
 * `extends` and overrides say, then the workspace's settings) and the ruleset's own rules.
 */
export function effectiveRules(settings: RuleSettings = {}, ruleset?: ReadRuleset): { runnable: RunnableRule[]; states: RuleState[] } {
  const rewritten = new Set(ruleset?.rules.map((rule) => rule.id));
  const runnable: RunnableRule[] = [];
  const states: RuleState[] = [];
  for (const rule of CATALOGUE) {
    if (rewritten.has(rule.id)) continue;
    const severity = catalogueState(rule, ruleset, settings);
    states.push({ id: rule.id, severity, source: 'rules' });
    if (severity === 'off') continue;
    const override = ruleset?.overrides.get(rule.id);
    const message = override?.message ?? rule.message;
    runnable.push({
      id: rule.id,
      source: 'rules',
      severity,
      description: override?.description ?? rule.description,
      ...(message !== undefined ? { message } : {}),
      formats: rule.formats,
      given: rule.given.map((path) => ({ path })),
      then: runnableThen(rule.then, ALL_FUNCTIONS),
      resolved: rule.resolved,
    });
  }
  for (const rule of ruleset?.rules ?? []) {
    const severity = settings[rule.id] ?? (rule.enabled ? rule.severity : 'off');
    states.push({ id: rule.id, severity, source: 'custom' });
    if (severity === 'off') continue;
    runnable.push(customRunnable(rule, severity));
  }
  return { runnable, states };
}

function customRunnable(rule: RulesetRule, severity: Exclude<RuleSeverity, 'off'>): RunnableRule {
  // A rewritten catalogue rule may keep the catalogue's own functions in the `then` it did not replace.
  const functions = rule.then.every((t) => CORE_FUNCTIONS.has(t.function)) ? CORE_FUNCTIONS : ALL_FUNCTIONS;
  return {
    id: rule.id,
    source: 'custom',
    severity,
    description: rule.description,
    ...(rule.message !== undefined ? { message: rule.message } : {}),
    ...(rule.formats !== undefined ? { formats: rule.formats } : {}),
    given: rule.given,
    then: runnableThen(rule.then, functions),
    resolved: rule.resolved,
  };
}
