import type { JsonPath } from '@/lib/analysis/sourceMap';
import { CORE_FUNCTIONS } from '../functions';
import { checkJsonPath } from '../jsonPath';
import { parseSeverity } from '../severity';
import type { RuleSeverity, ThenDefinition } from '../types';
import type { Aliases } from './aliases';
import { expandGiven } from './aliases';
import { readFormats } from './readFormats';
import type { RulesetProblems } from './rulesetProblems';
import { isPlainObject } from './rulesetProblems';
import type { GivenPath, RulesetRule } from './rulesetTypes';

const RULE_KEYS = new Set(['description', 'message', 'severity', 'recommended', 'formats', 'resolved', 'given', 'then', 'documentationUrl']);
// Spectral accepts these but they change nothing here (`type` was Spectral 5's style/validation label).
const IGNORED_KEYS = new Set(['type', 'tags', 'extensions']);
const THEN_KEYS = new Set(['field', 'function', 'functionOptions']);

export interface RuleContext {
  problems: RulesetProblems;
  aliases: Aliases;
}

/** Reads `severity`; an unreadable one is reported and the fallback kept. */
export function readSeverity(value: unknown, at: JsonPath, problems: RulesetProblems, fallback: RuleSeverity): RuleSeverity {
  const severity = parseSeverity(value);
  if (severity !== undefined) return severity;
  problems.add(at, 'ruleset-invalid', `Unknown severity ${JSON.stringify(value)}: use error, warn, info, hint or off (or 0–3)`);
  return fallback;
}

function readGiven(value: unknown, at: JsonPath, context: RuleContext): GivenPath[] | undefined {
  const items = typeof value === 'string' ? [value] : Array.isArray(value) ? value : undefined;
  if (!items || items.length === 0) {
    context.problems.add(at, 'ruleset-invalid', '"given" must be a JSONPath expression or a list of them');
    return undefined;
  }
  const paths: GivenPath[] = [];
  let ok = true;
  items.forEach((item, index) => {
    const itemAt = typeof value === 'string' ? at : [...at, index];
    if (typeof item !== 'string') {
      context.problems.add(itemAt, 'ruleset-invalid', '"given" entries must be strings (JSONPath expressions)');
      ok = false;
      return;
    }
    const expanded = expandGiven(item, context.aliases);
    if ('problem' in expanded) {
      context.problems.add(itemAt, 'ruleset-unknown-alias', expanded.problem);
      ok = false;
      return;
    }
    for (const given of expanded.paths) {
      const problem = checkJsonPath(given.path);
      if (problem) {
        context.problems.add(itemAt, 'ruleset-invalid-jsonpath', problem.message);
        ok = false;
        return;
      }
      paths.push(given);
    }
  });
  return ok ? paths : undefined;
}

function readThen(value: unknown, at: JsonPath, context: RuleContext): ThenDefinition[] | undefined {
  const items = Array.isArray(value) ? value : [value];
  const thens: ThenDefinition[] = [];
  let ok = true;
  items.forEach((item, index) => {
    const itemAt = Array.isArray(value) ? [...at, index] : at;
    if (!isPlainObject(item)) {
      context.problems.add(itemAt, 'ruleset-invalid', '"then" must be an object with a "function" (or a list of them)');
      ok = false;
      return;
    }
    for (const key of Object.keys(item)) {
      if (!THEN_KEYS.has(key)) context.problems.add([...itemAt, key], 'ruleset-invalid', `"then" does not support "${key}"`, 'warning');
    }
    const name = item.function;
    const fn = typeof name === 'string' ? CORE_FUNCTIONS.get(name) : undefined;
    if (!fn) {
      const known = [...CORE_FUNCTIONS.keys()].join(', ');
      const message =
        typeof name === 'string'
          ? `Unknown function "${name}": the studio runs Spectral's core functions (${known}); custom JavaScript functions are not run`
          : '"then.function" must name a function';
      context.problems.add(typeof name === 'string' ? [...itemAt, 'function'] : itemAt, 'ruleset-unknown-function', message);
      ok = false;
      return;
    }
    if (item.field !== undefined && typeof item.field !== 'string') {
      context.problems.add([...itemAt, 'field'], 'ruleset-invalid', '"then.field" must be a string');
      ok = false;
      return;
    }
    if (typeof item.field === 'string' && item.field.startsWith('$')) {
      const problem = checkJsonPath(item.field);
      if (problem) {
        context.problems.add([...itemAt, 'field'], 'ruleset-invalid-jsonpath', problem.message);
        ok = false;
        return;
      }
    }
    const optionsProblem = fn.checkOptions(item.functionOptions);
    if (optionsProblem) {
      const optionsAt = item.functionOptions === undefined ? [...itemAt, 'function'] : [...itemAt, 'functionOptions', ...optionsProblem.path];
      context.problems.add(optionsAt, 'ruleset-function-options', optionsProblem.message);
      ok = false;
      return;
    }
    thens.push({ function: fn.name, ...(item.field !== undefined ? { field: item.field as string } : {}), ...(item.functionOptions !== undefined ? { functionOptions: item.functionOptions } : {}) });
  });
  return ok ? thens : undefined;
}

/**
 * Reads one rule of a ruleset's `rules` (a full definition, with `given` and `then`); problems are reported
 * at their lines and make the rule not run. `base` is the catalogue rule it rewrites, if any.
 */
export function readRule(id: string, definition: Record<string, unknown>, context: RuleContext, base?: Partial<RulesetRule>): RulesetRule | undefined {
  const at = ['rules', id];
  const { problems } = context;
  for (const key of Object.keys(definition)) {
    if (!RULE_KEYS.has(key) && !IGNORED_KEYS.has(key)) problems.add([...at, key], 'ruleset-invalid', `Rules do not support "${key}"; it is ignored`, 'warning');
  }
  let ok = true;
  const text = (key: string): string | undefined => {
    const value = definition[key];
    if (value === undefined || typeof value === 'string') return value;
    problems.add([...at, key], 'ruleset-invalid', `"${key}" must be a string`);
    ok = false;
    return undefined;
  };
  const flag = (key: string): boolean | undefined => {
    const value = definition[key];
    if (value === undefined || typeof value === 'boolean') return value;
    problems.add([...at, key], 'ruleset-invalid', `"${key}" must be true or false`);
    ok = false;
    return undefined;
  };
  const description = text('description');
  const message = text('message');
  const documentationUrl = text('documentationUrl');
  const recommended = flag('recommended');
  const resolved = flag('resolved');
  const severity = definition.severity === undefined ? undefined : readSeverity(definition.severity, [...at, 'severity'], problems, 'warning');
  const formats = definition.formats === undefined ? undefined : readFormats(definition.formats, [...at, 'formats'], problems);
  if (definition.given === undefined && base?.given === undefined) {
    problems.add(at, 'ruleset-invalid', `Rule "${id}" needs "given" (where to look) and "then" (what to check)`);
    return undefined;
  }
  if (definition.then === undefined && base?.then === undefined) {
    problems.add(at, 'ruleset-invalid', `Rule "${id}" needs "then" (what to check)`);
    return undefined;
  }
  const given = definition.given === undefined ? base?.given : readGiven(definition.given, [...at, 'given'], context);
  const then = definition.then === undefined ? base?.then : readThen(definition.then, [...at, 'then'], context);
  if (!ok || !given || !then) return undefined;
  return {
    id,
    description: description ?? base?.description ?? '',
    ...(message !== undefined ? { message } : base?.message !== undefined ? { message: base.message } : {}),
    severity: severity ?? base?.severity ?? 'warning',
    enabled: recommended !== false,
    ...(formats !== undefined ? { formats } : base?.formats !== undefined ? { formats: base.formats } : {}),
    given,
    then,
    resolved: resolved ?? base?.resolved ?? true,
    ...(documentationUrl !== undefined ? { documentationUrl } : {}),
    line: problems.lineOf(at),
  };
}
