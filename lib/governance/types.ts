import type { Severity } from '@/lib/analysis/diagnostic';
import type { JsonPath } from '@/lib/analysis/sourceMap';

/** What a catalogue rule looks after; the score has one part per category. */
export type RuleCategory = 'documentation' | 'naming' | 'security' | 'examples' | 'structure';

export const RULE_CATEGORIES: readonly RuleCategory[] = ['documentation', 'naming', 'security', 'examples', 'structure'];

/** A rule's severity as a setting: one of the four, or off. */
export type RuleSeverity = Severity | 'off';

/** One problem a rule function found; `path` defaults to the path of the value it was given. */
export interface FunctionResult {
  message: string;
  path?: JsonPath;
}

export interface FunctionContext {
  /** Where the value sits in the document the rule runs on (resolved or not, as the rule says). */
  path: JsonPath;
  /** The whole document the rule runs on. */
  document: unknown;
  /**
   * For functions that judge many items at once (every component, every tag): how many they judged,
   * so the score counts each item, not the whole list as one check.
   */
  examined(count: number): void;
}

export type RuleFunction<Options = unknown> = (value: unknown, options: Options, context: FunctionContext) => FunctionResult[] | void;

/** A problem in a function's options: what is wrong and where inside `functionOptions`. */
export interface OptionsProblem {
  message: string;
  path: JsonPath;
}

export interface FunctionDefinition<Options = unknown> {
  name: string;
  run: RuleFunction<Options>;
  /** Checks options as written in a ruleset; returns the first problem, if any. */
  checkOptions(options: unknown): OptionsProblem | undefined;
}

export interface ThenDefinition {
  /** A property path (`info.contact`), `@key` for an object's keys, or a JSONPath starting with `$`. */
  field?: string;
  function: string;
  functionOptions?: unknown;
}

/** A rule as data: Spectral's declarative rule shape, with functions named rather than imported. */
export interface RuleDefinition {
  id: string;
  description: string;
  /** Message template ({{error}}, {{path}}, {{property}}, {{value}}, {{description}}); the description when absent. */
  message?: string;
  severity: RuleSeverity;
  /** False: off unless a ruleset extends the catalogue with 'all' or sets a severity for it. */
  recommended: boolean;
  /** Format names (aas2, aas3, aas2_6 …); absent: every document. */
  formats?: readonly string[];
  given: readonly string[];
  then: readonly ThenDefinition[];
  /** False: runs on the document as written, `$ref`s unresolved. */
  resolved: boolean;
}

/** YAML fragments shown with a rule; merged onto a minimal document of `format`, they pass or fail the rule. */
export interface RuleExample {
  format: 'aas2' | 'aas3';
  good: string;
  bad: string;
}

/** A rule of the studio's catalogue: a rule plus what the studio shows about it. */
export interface CatalogueRule extends RuleDefinition {
  formats: readonly string[];
  category: RuleCategory;
  /** One paragraph: why the rule exists and how to satisfy it. */
  explanation: string;
  /** Per major version it applies to: a fragment of a document that passes, and one that fails (YAML). */
  examples: readonly RuleExample[];
  /** Ids of Spectral's own `spectral:asyncapi` rules that this rule stands for in a ruleset override. */
  spectralIds?: readonly string[];
}
