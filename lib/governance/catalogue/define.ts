import type { CatalogueRule, RuleExample, ThenDefinition } from '../types';

type Draft = Omit<CatalogueRule, 'resolved' | 'recommended' | 'given' | 'then'> & {
  given: string | readonly string[];
  then: ThenDefinition | readonly ThenDefinition[];
  resolved?: boolean;
  recommended?: boolean;
};

/** A catalogue rule with Spectral's defaults: resolved, recommended. */
export function defineRule(draft: Draft): CatalogueRule {
  return {
    ...draft,
    given: typeof draft.given === 'string' ? [draft.given] : draft.given,
    then: Array.isArray(draft.then) ? draft.then : [draft.then as ThenDefinition],
    resolved: draft.resolved ?? true,
    recommended: draft.recommended ?? true,
  };
}

/** The same fragments for 2.x and 3.x documents. */
export function bothVersions(good: string, bad: string): RuleExample[] {
  return [
    { format: 'aas2', good, bad },
    { format: 'aas3', good, bad },
  ];
}

export const BOTH = ['aas2', 'aas3'] as const;
export const V2 = ['aas2'] as const;
export const V3 = ['aas3'] as const;

/** Where messages are written in either version (2.x operations' `message` and its `oneOf`, 3.x channels' `messages`, components). */
export const MESSAGES = [
  "$.channels.*[publish,subscribe][?(@property === 'message' && @ && !@.oneOf)]",
  '$.channels.*[publish,subscribe].message.oneOf.*',
  '$.channels.*.messages.*',
  '$.components.messages.*',
];

export const SERVERS = ['$.servers.*', '$.components.servers.*'];

/** A YAML fragment written indented in the source: the common indentation and the first newline are removed. */
export function yaml(strings: TemplateStringsArray, ...values: unknown[]): string {
  const text = strings.reduce((out, part, i) => out + part + (i < values.length ? String(values[i]) : ''), '').replace(/^\n/, '');
  const indents = text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => /^ */.exec(line)![0].length);
  const common = Math.min(...indents);
  return text
    .split('\n')
    .map((line) => line.slice(common))
    .join('\n')
    .replace(/[ \t]+$/, '');
}
