import type { JsonPath } from '@/lib/analysis/sourceMap';
import { readFormats } from './readFormats';
import type { RulesetProblems } from './rulesetProblems';
import { isPlainObject } from './rulesetProblems';
import type { GivenPath } from './rulesetTypes';

/** A ruleset's `aliases`: each name stands for JSONPath expressions, some only for some formats (scoped aliases). */
export type Aliases = ReadonlyMap<string, GivenPath[]>;

function readGivenList(value: unknown, at: JsonPath, problems: RulesetProblems): string[] | undefined {
  if (Array.isArray(value) && value.length > 0 && value.every((item) => typeof item === 'string')) return value as string[];
  problems.add(at, 'ruleset-invalid', 'An alias is a list of JSONPath expressions');
  return undefined;
}

export function readAliases(value: unknown, problems: RulesetProblems): Map<string, GivenPath[]> {
  const aliases = new Map<string, GivenPath[]>();
  if (value === undefined) return aliases;
  if (!isPlainObject(value)) {
    problems.add(['aliases'], 'ruleset-invalid', '"aliases" must map names to lists of JSONPath expressions');
    return aliases;
  }
  for (const [name, definition] of Object.entries(value)) {
    const at = ['aliases', name];
    if (!/^[A-Za-z][A-Za-z0-9_-]*$/.test(name)) {
      problems.add(at, 'ruleset-invalid', `Alias name "${name}" must start with a letter and hold only letters, digits, "_" and "-"`);
      continue;
    }
    if (Array.isArray(definition)) {
      const list = readGivenList(definition, at, problems);
      if (list) aliases.set(name, list.map((path) => ({ path })));
      continue;
    }
    if (!isPlainObject(definition) || !Array.isArray(definition.targets)) {
      problems.add(at, 'ruleset-invalid', 'An alias is a list of JSONPath expressions, or { targets: [{ formats, given }] }');
      continue;
    }
    const scoped: GivenPath[] = [];
    definition.targets.forEach((target, index) => {
      const targetAt = [...at, 'targets', index];
      if (!isPlainObject(target)) return problems.add(targetAt, 'ruleset-invalid', 'An alias target is { formats, given }');
      const formats = readFormats(target.formats, [...targetAt, 'formats'], problems);
      const list = readGivenList(target.given, [...targetAt, 'given'], problems);
      if (formats && list) scoped.push(...list.map((path) => ({ path, formats })));
    });
    aliases.set(name, scoped);
  }
  return aliases;
}

function narrow(outer: readonly string[] | undefined, inner: readonly string[] | undefined): readonly string[] | undefined {
  if (!outer) return inner;
  if (!inner) return outer;
  return outer.filter((format) => inner.includes(format));
}

/** `#Name` or `#Name.rest` in a `given`, replaced by the alias's expressions (aliases may use aliases). */
export function expandGiven(given: string, aliases: Aliases, depth = 0): { paths: GivenPath[] } | { problem: string } {
  if (!given.startsWith('#')) return { paths: [{ path: given }] };
  const match = /^#([A-Za-z][A-Za-z0-9_-]*)/.exec(given);
  const name = match?.[1];
  const targets = name !== undefined ? aliases.get(name) : undefined;
  if (!name || !targets) return { problem: `Unknown alias "${name ?? given}": define it under "aliases"` };
  if (depth > 10) return { problem: `Alias "${name}" refers to itself` };
  const rest = given.slice(name.length + 1);
  const paths: GivenPath[] = [];
  for (const target of targets) {
    const expanded = expandGiven(`${target.path}${rest}`, aliases, depth + 1);
    if ('problem' in expanded) return expanded;
    for (const path of expanded.paths) paths.push({ path: path.path, ...(narrow(target.formats, path.formats) ? { formats: narrow(target.formats, path.formats) } : {}) });
  }
  return { paths };
}
