import type { OptionsProblem } from '../types';

/** Checks one option's value; returns what is wrong with it. */
export type OptionCheck = (value: unknown) => string | undefined;

export interface OptionsSpec {
  /** Options as a ruleset writes them, shown when the options are not an object at all. */
  example: string;
  properties: Record<string, OptionCheck>;
  required?: readonly string[];
  /** At least one of the properties must be given (pattern, length). */
  atLeastOne?: boolean;
  /** No options at all is fine too (alphabetical). */
  optional?: boolean;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The options check of a core function, written out instead of compiled from a JSON Schema (Spectral uses
 * Ajv, which generates code). `null` means the function takes no options. Messages follow Spectral's.
 */
export function optionsChecker(name: string, spec: OptionsSpec | null): (options: unknown) => OptionsProblem | undefined {
  return (options) => {
    const absent = options === undefined || options === null;
    if (spec === null) return absent ? undefined : { message: `"${name}" function does not accept any options`, path: [] };
    if (absent && spec.optional) return undefined;
    if (!isPlainObject(options)) return { message: `"${name}" function has invalid options specified. Example valid options: ${spec.example}`, path: [] };
    for (const key of Object.keys(options)) {
      if (!Object.hasOwn(spec.properties, key)) return { message: `"${name}" function does not support "${key}" option`, path: [key] };
    }
    for (const key of spec.required ?? []) {
      if (!Object.hasOwn(options, key)) return { message: `"${name}" function is missing "${key}" option`, path: [] };
    }
    if (spec.atLeastOne && Object.keys(options).length === 0) {
      return { message: `"${name}" function has invalid options specified. Example valid options: ${spec.example}`, path: [] };
    }
    for (const [key, check] of Object.entries(spec.properties)) {
      if (!Object.hasOwn(options, key)) continue;
      const problem = check(options[key]);
      if (problem) return { message: `"${name}" function and its "${key}" option ${problem}`, path: [key] };
    }
    return undefined;
  };
}

export const isString: OptionCheck = (value) => (typeof value === 'string' ? undefined : 'accepts only a string');
export const isNumber: OptionCheck = (value) => (typeof value === 'number' && Number.isFinite(value) ? undefined : 'accepts only a number');
export const isBoolean: OptionCheck = (value) => (typeof value === 'boolean' ? undefined : 'accepts only true or false');

export function oneOf(values: readonly string[]): OptionCheck {
  return (value) => (typeof value === 'string' && values.includes(value) ? undefined : `accepts only the following values: ${values.join(', ')}`);
}

export function stringList(minItems: number): OptionCheck {
  return (value) =>
    Array.isArray(value) && value.length >= minItems && value.every((item) => typeof item === 'string')
      ? undefined
      : `accepts only a list of at least ${minItems} strings`;
}
