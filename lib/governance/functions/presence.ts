import { propertyPhrase } from '../messages';
import type { FunctionDefinition } from '../types';
import { optionsChecker } from './optionChecks';

function presence(name: string, passes: (value: unknown) => boolean, wording: string): FunctionDefinition {
  return {
    name,
    checkOptions: optionsChecker(name, null),
    run: (value, _options, context) => (passes(value) ? undefined : [{ message: `${propertyPhrase(context.path)}must be ${wording}` }]),
  };
}

/** Not false, "", 0, null or undefined. */
export const truthy = presence('truthy', (value) => Boolean(value), 'truthy');
export const falsy = presence('falsy', (value) => !value, 'falsy');
/** Present in the document, whatever its value. */
export const defined = presence('defined', (value) => value !== undefined, 'defined');
export const undefinedFunction = presence('undefined', (value) => value === undefined, 'undefined');
