import type { FunctionDefinition } from '../types';
import { isBoolean, oneOf, optionsChecker } from './optionChecks';
import type { OptionCheck } from './optionChecks';

export const CASING_TYPES = ['flat', 'camel', 'pascal', 'kebab', 'cobol', 'snake', 'macro'] as const;
export type CasingType = (typeof CASING_TYPES)[number];

export interface CasingOptions {
  type: CasingType;
  disallowDigits?: boolean;
  separator?: { char: string; allowLeading?: boolean };
}

/** One word-run of each case, as a regular expression body; `d` is the digit class (empty when digits are refused). */
function casePattern(type: CasingType, d: string): string {
  const lower = `[a-z${d}]`;
  const upper = `[A-Z${d}]`;
  switch (type) {
    case 'flat':
      return `[a-z]${lower}*`;
    case 'kebab':
      return `[a-z]${lower}*(?:-${lower}+)*`;
    case 'snake':
      return `[a-z]${lower}*(?:_${lower}+)*`;
    case 'cobol':
      return `[A-Z]${upper}*(?:-${upper}+)*`;
    case 'macro':
      return `[A-Z]${upper}*(?:_${upper}+)*`;
    // Each further word starts with a capital (or digit); one capital may close the name (`getX`).
    case 'camel':
      return `[a-z]${lower}*(?:${upper}(?:${lower}+|$))*`;
    case 'pascal':
      return `[A-Z]${lower}*(?:${upper}(?:${lower}+|$))*`;
  }
}

function escapeForClass(char: string): string {
  return char.replace(/[\\\]^-]/g, '\\$&');
}

function casingRegExp(options: CasingOptions): RegExp {
  const word = casePattern(options.type, options.disallowDigits === true ? '' : '0-9');
  if (!options.separator) return new RegExp(`^${word}$`);
  const separator = `[${escapeForClass(options.separator.char)}]`;
  const leading = options.separator.allowLeading === true ? `${separator}?` : '';
  return new RegExp(`^${leading}${word}(?:${separator}${word})*$`);
}

const isSeparator: OptionCheck = (value) => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'must be an object like { "char": "-" }';
  const { char, allowLeading, ...rest } = value as Record<string, unknown>;
  if (Object.keys(rest).length > 0) return `does not support "${Object.keys(rest)[0]}"`;
  if (typeof char !== 'string' || char.length !== 1) return 'needs "char": exactly one character, e.g. "-" or "/"';
  if (allowLeading !== undefined && typeof allowLeading !== 'boolean') return 'needs "allowLeading" to be true or false';
  return undefined;
};

export const casing: FunctionDefinition<CasingOptions> = {
  name: 'casing',
  checkOptions: optionsChecker('casing', {
    example: '{ "type": "camel" }, { "type": "pascal", "disallowDigits": true }',
    properties: { type: oneOf(CASING_TYPES), disallowDigits: isBoolean, separator: isSeparator },
    required: ['type'],
  }),
  run: (value, options) => {
    if (typeof value !== 'string' || value.length === 0) return undefined;
    if (value.length === 1 && options.separator?.allowLeading === true && value === options.separator.char) return undefined;
    return casingRegExp(options).test(value) ? undefined : [{ message: `must be ${options.type} case` }];
  },
};
