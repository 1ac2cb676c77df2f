import { printValue } from '../messages';
import type { FunctionDefinition } from '../types';
import { optionsChecker } from './optionChecks';
import type { OptionCheck } from './optionChecks';

export interface PatternOptions {
  match?: string;
  notMatch?: string;
}

const DELIMITED = /^\/(.+)\/([a-z]*)$/;
const compiled = new Map<string, RegExp>();

/** A ruleset's regular expression: `^x-` as is, or `/^x-/i` with its flags. */
export function toRegExp(pattern: string): RegExp {
  const known = compiled.get(pattern);
  if (known) return known;
  const delimited = DELIMITED.exec(pattern);
  const regexp = delimited ? new RegExp(delimited[1]!, delimited[2]) : new RegExp(pattern);
  if (compiled.size > 500) compiled.clear();
  compiled.set(pattern, regexp);
  return regexp;
}

const isRegExp: OptionCheck = (value) => {
  if (typeof value !== 'string') return 'must be a string (a regular expression)';
  try {
    toRegExp(value);
    return undefined;
  } catch (error) {
    return `is not a valid regular expression: ${error instanceof Error ? error.message : String(error)}`;
  }
};

export const pattern: FunctionDefinition<PatternOptions> = {
  name: 'pattern',
  checkOptions: optionsChecker('pattern', {
    example: '{ "match": "^Stoplight" }, { "notMatch": "Swagger" }, { "match": "Stoplight", "notMatch": "Swagger" }',
    properties: { match: isRegExp, notMatch: isRegExp },
    atLeastOne: true,
  }),
  run: (value, options) => {
    if (typeof value !== 'string') return undefined;
    const results = [];
    // Stateful (g/y) expressions would remember the last match between values.
    if (options.match !== undefined) {
      const regexp = toRegExp(options.match);
      regexp.lastIndex = 0;
      if (!regexp.test(value)) results.push({ message: `${printValue(value)} must match the pattern ${printValue(options.match)}` });
    }
    if (options.notMatch !== undefined) {
      const regexp = toRegExp(options.notMatch);
      regexp.lastIndex = 0;
      if (regexp.test(value)) results.push({ message: `${printValue(value)} must not match the pattern ${printValue(options.notMatch)}` });
    }
    return results;
  },
};
