import { printValue, propertyPhrase } from '../messages';
import type { FunctionDefinition, FunctionResult } from '../types';
import { isNumber, isString, optionsChecker, stringList } from './optionChecks';
import type { OptionCheck } from './optionChecks';

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export interface LengthOptions {
  min?: number;
  max?: number;
}

/** Length of a string or array, number of properties of an object, or a number itself, within bounds. */
export const length: FunctionDefinition<LengthOptions> = {
  name: 'length',
  checkOptions: optionsChecker('length', {
    example: '{ "min": 2 }, { "max": 5 }, { "min": 0, "max": 10 }',
    properties: { min: isNumber, max: isNumber },
    atLeastOne: true,
  }),
  run: (value, options, context) => {
    let size: number;
    if (typeof value === 'string' || Array.isArray(value)) size = value.length;
    else if (typeof value === 'number') size = value;
    else if (isPlainObject(value)) size = Object.keys(value).length;
    else return undefined;
    const results: FunctionResult[] = [];
    if (options.min !== undefined && size < options.min) results.push({ message: `${propertyPhrase(context.path)}must be longer than ${printValue(options.min)}` });
    if (options.max !== undefined && size > options.max) results.push({ message: `${propertyPhrase(context.path)}must be shorter than ${printValue(options.max)}` });
    return results;
  },
};

export interface EnumerationOptions {
  values: Array<string | number | boolean | null>;
}

const primitiveList: OptionCheck = (value) =>
  Array.isArray(value) && value.every((item) => item === null || ['string', 'number', 'boolean'].includes(typeof item))
    ? undefined
    : 'supports only lists of plain values, i.e. ["Berlin", "London", "Paris"]';

export const enumeration: FunctionDefinition<EnumerationOptions> = {
  name: 'enumeration',
  checkOptions: optionsChecker('enumeration', {
    example: '{ "values": ["Berlin", "London", "Paris"] }, { "values": [2, 3, 5, 8, 13, 21] }',
    properties: { values: primitiveList },
    required: ['values'],
  }),
  run: (value, options) => {
    if (value !== null && !['string', 'number', 'boolean'].includes(typeof value)) return undefined;
    if (options.values.includes(value as string | number | boolean | null)) return undefined;
    return [{ message: `${printValue(value)} must be equal to one of the allowed values: ${options.values.map(printValue).join(', ')}` }];
  },
};

export interface AlphabeticalOptions {
  keyedBy?: string;
}

function compareItems(a: unknown, b: unknown): number {
  const numeric = (v: unknown) => typeof v === 'number' || (typeof v === 'string' && v.trim() !== '' && !Number.isNaN(Number(v)));
  if (numeric(a) && numeric(b)) return Math.sign(Number(a) - Number(b));
  if (typeof a === 'string' && typeof b === 'string') return a.localeCompare(b);
  return 0;
}

/** An array (or an object's keys) in ascending order; `keyedBy` sorts objects by one of their properties. */
export const alphabetical: FunctionDefinition<AlphabeticalOptions | null> = {
  name: 'alphabetical',
  checkOptions: optionsChecker('alphabetical', { example: 'null (no options), { "keyedBy": "my-key" }', properties: { keyedBy: isString }, optional: true }),
  run: (value, options, context) => {
    if (typeof value !== 'object' || value === null) return undefined;
    const isArray = Array.isArray(value);
    let items: unknown[] = isArray ? value : Object.keys(value);
    if (items.length < 2) return undefined;
    const keyedBy = options?.keyedBy;
    if (keyedBy !== undefined) {
      if (!items.every((item) => typeof item === 'object' && item !== null)) return [{ message: `${propertyPhrase(context.path)}must be an object` }];
      items = items.map((item) => (item as Record<string, unknown>)[keyedBy]);
    }
    if (!items.every((item) => typeof item === 'string' || typeof item === 'number')) {
      return [{ message: `${propertyPhrase(context.path)}must be one of the allowed types: number, string` }];
    }
    for (let i = 0; i < items.length - 1; i += 1) {
      if (compareItems(items[i], items[i + 1]) <= 0) continue;
      if (keyedBy !== undefined) return [{ message: 'properties must follow the alphabetical order' }];
      const at = isArray ? i : (items[i] as string);
      return [{ message: `${printValue(items[i])} must be placed after ${printValue(items[i + 1])}`, path: [...context.path, at] }];
    }
    return undefined;
  },
};

export interface XorOptions {
  properties: string[];
}

function atLeastOneMessage(names: readonly string[]): string {
  const listed = names.length > 4 ? `${names.slice(0, 3).join('" or "')}" or ${names.length - 3} other properties must be defined` : `${names.join('" or "')}" must be defined`;
  return `At least one of "${listed}`;
}

const propertiesOptions = (name: string) =>
  optionsChecker(name, {
    example: '{ "properties": ["country", "street"] }, { "properties": ["one", "two", "three"] }',
    properties: { properties: stringList(2) },
    required: ['properties'],
  });

/** Exactly one of the properties is present. */
export const xor: FunctionDefinition<XorOptions> = {
  name: 'xor',
  checkOptions: propertiesOptions('xor'),
  run: (value, options) => {
    if (!isPlainObject(value)) return undefined;
    const present = Object.keys(value).filter((key) => options.properties.includes(key));
    if (present.length === 0) return [{ message: atLeastOneMessage(options.properties) }];
    if (present.length > 1) return [{ message: `Just one of "${present.join('" and "')}" must be defined` }];
    return undefined;
  },
};

/** At least one of the properties is present. */
export const or: FunctionDefinition<XorOptions> = {
  name: 'or',
  checkOptions: propertiesOptions('or'),
  run: (value, options) => {
    if (!isPlainObject(value)) return undefined;
    return options.properties.some((key) => Object.hasOwn(value, key)) ? undefined : [{ message: atLeastOneMessage(options.properties) }];
  },
};
