import { lineRange } from '@/lib/analysis/diagnostic';
import { CATALOGUE_NAME, catalogueRule, catalogueRulesNamed } from '../catalogue';
import { readSource } from '../sourceDocument';
import type { CatalogueRule } from '../types';
import { readAliases } from './aliases';
import { readFormats } from './readFormats';
import { readRule, readSeverity } from './readRule';
import { RulesetProblems, isPlainObject } from './rulesetProblems';
import type { CatalogueOverride, ExtendMode, ReadRuleset, RulesetRule } from './rulesetTypes';

const TOP_KEYS = new Set(['extends', 'rules', 'formats', 'aliases', 'documentationUrl', 'description']);

export { RULESET_FILE_NAMES } from './findRuleset';

function readExtends(value: unknown, problems: RulesetProblems): ExtendMode | undefined {
  const entries = Array.isArray(value) ? value : [value];
  let mode: ExtendMode | undefined;
  entries.forEach((entry, index) => {
    const at = Array.isArray(value) ? ['extends', index] : ['extends'];
    const [name, severity] = Array.isArray(entry) ? entry : [entry, undefined];
    if (typeof name !== 'string' || (Array.isArray(entry) && entry.length !== 2)) {
      problems.add(at, 'ruleset-invalid', 'An "extends" entry is a ruleset name, or [name, "all" | "recommended" | "off"]');
      return;
    }
    if (severity !== undefined && severity !== 'all' && severity !== 'recommended' && severity !== 'off') {
      problems.add([...at, 1], 'ruleset-invalid', `Unknown extend mode ${JSON.stringify(severity)}: use "all", "recommended" or "off"`);
      return;
    }
    if (name !== CATALOGUE_NAME) {
      problems.add(
        at,
        'ruleset-unsupported',
        `Only "${CATALOGUE_NAME}" (the studio's catalogue) can be extended here; "${name}" is ignored (the studio loads no other rulesets, files or URLs)`,
        'warning',
      );
      return;
    }
    mode = (severity as ExtendMode | undefined) ?? 'recommended';
  });
  return mode;
}

/** A catalogue rule as the base of a ruleset's rewrite of it. */
function asBase(rule: CatalogueRule): Partial<RulesetRule> {
  return { description: rule.description, message: rule.message, severity: rule.severity, formats: rule.formats, given: rule.given.map((path) => ({ path })), then: [...rule.then], resolved: rule.resolved };
}

function readRules(value: unknown, extendsCatalogue: ExtendMode | undefined, problems: RulesetProblems, result: ReadRuleset, aliases: ReturnType<typeof readAliases>): void {
  if (value === undefined) return;
  if (!isPlainObject(value)) {
    problems.add(['rules'], 'ruleset-invalid', '"rules" must map rule names to definitions');
    return;
  }
  for (const [id, definition] of Object.entries(value)) {
    const at = ['rules', id];
    const targets = extendsCatalogue ? catalogueRulesNamed(id) : [];
    // An object is a rule of its own unless it changes a few fields of a catalogue rule.
    const isFullRule = isPlainObject(definition) && (definition.given !== undefined || definition.then !== undefined || catalogueRulesNamed(id).length === 0);
    if (!isFullRule && targets.length === 0) {
      const known = catalogueRulesNamed(id).length > 0;
      problems.add(
        at,
        'ruleset-unknown-rule',
        known ? `Rule "${id}" belongs to the studio's catalogue: add \`extends: ${CATALOGUE_NAME}\` to change it` : `Cannot change rule "${id}": no extended ruleset defines it`,
      );
      continue;
    }
    if (typeof definition === 'boolean' || typeof definition === 'string' || typeof definition === 'number') {
      const override: CatalogueOverride =
        typeof definition === 'boolean' ? { enabled: definition } : { severity: readSeverity(definition, at, problems, 'warning') };
      targets.forEach((target) => result.overrides.set(target, { ...result.overrides.get(target), ...override }));
      continue;
    }
    if (!isPlainObject(definition)) {
      problems.add(at, 'ruleset-invalid', `Rule "${id}" must be a definition, a severity or true/false`);
      continue;
    }
    if (!isFullRule) {
      // A catalogue rule with some fields changed: severity, wording, on/off.
      const override: CatalogueOverride = { enabled: definition.recommended !== false };
      if (definition.severity !== undefined) override.severity = readSeverity(definition.severity, [...at, 'severity'], problems, 'warning');
      if (typeof definition.message === 'string') override.message = definition.message;
      if (typeof definition.description === 'string') override.description = definition.description;
      targets.forEach((target) => result.overrides.set(target, { ...result.overrides.get(target), ...override }));
      continue;
    }
    const base = targets.length === 1 ? catalogueRule(targets[0]!) : undefined;
    const rule = readRule(targets.length === 1 ? targets[0]! : id, definition, { problems, aliases }, base ? asBase(base) : undefined);
    if (rule) result.rules.push({ ...rule, line: problems.lineOf(at) });
  }
}

/**
 * Reads a Spectral ruleset (`.spectral.yaml` / `.spectral.json` text): the declarative part, with the studio's
 * catalogue as `spectral:asyncapi`. Every mistake becomes a diagnostic at its line in the ruleset; rules with a
 * mistake do not run, the others do.
 */
export function readRuleset(path: string, text: string): ReadRuleset {
  const source = readSource(text);
  const problems = new RulesetProblems(path, source);
  const result: ReadRuleset = { path, rules: [], overrides: new Map(), diagnostics: problems.diagnostics };
  if (source.syntaxErrors.length > 0) {
    for (const error of source.syntaxErrors) {
      const range = lineRange(error.line, text);
      problems.diagnostics.push({
        severity: 'error',
        code: 'ruleset-syntax',
        message: `Ruleset syntax error: ${error.message}`,
        range: { ...range, startColumn: Math.min(error.column, range.endColumn - 1) || 1 },
        file: path,
        source: 'custom',
      });
    }
    return result;
  }
  const data = source.data;
  if (!isPlainObject(data)) {
    if (text.trim() !== '') problems.add([], 'ruleset-invalid', 'A ruleset is a mapping with "rules" (and optionally "extends", "formats", "aliases")');
    return result;
  }
  for (const key of Object.keys(data)) {
    if (TOP_KEYS.has(key)) continue;
    if (key === 'functions' || key === 'functionsDir') {
      problems.add([key], 'ruleset-unsupported', 'Custom JavaScript functions are not run by the studio (it runs no code from rulesets); rules using them are reported where they name them', 'warning');
    } else if (key === 'overrides') {
      problems.add([key], 'ruleset-unsupported', '"overrides" (settings per file pattern) are not supported yet; they are ignored', 'warning');
    } else if (key === 'parserOptions') {
      problems.add([key], 'ruleset-unsupported', '"parserOptions" are ignored: the AsyncAPI parser reports duplicate keys and invalid values itself', 'info');
    } else {
      problems.add([key], 'ruleset-invalid', `Rulesets do not have "${key}"; it is ignored`, 'warning');
    }
  }
  const extendsCatalogue = data.extends === undefined ? undefined : readExtends(data.extends, problems);
  if (extendsCatalogue) result.extendsCatalogue = extendsCatalogue;
  const formats = data.formats === undefined ? undefined : readFormats(data.formats, ['formats'], problems);
  const aliases = readAliases(data.aliases, problems);
  readRules(data.rules, extendsCatalogue, problems, result, aliases);
  if (formats) result.rules = result.rules.map((rule) => (rule.formats ? rule : { ...rule, formats }));
  problems.diagnostics.sort((a, b) => a.range.startLine - b.range.startLine || a.range.startColumn - b.range.startColumn);
  return result;
}
