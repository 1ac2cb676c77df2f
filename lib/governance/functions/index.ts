import type { FunctionDefinition } from '../types';
import { casing } from './casing';
import { alphabetical, enumeration, length, or, xor } from './collections';
import { pattern } from './pattern';
import { defined, falsy, truthy, undefinedFunction } from './presence';
import { schema } from './schema';
import { unreferencedReusableObject } from './unreferenced';

/** Spectral's core functions that a ruleset may name in `then.function`. */
export const CORE_FUNCTIONS: ReadonlyMap<string, FunctionDefinition> = new Map(
  [truthy, falsy, defined, undefinedFunction, pattern, casing, length, enumeration, alphabetical, schema, xor, or, unreferencedReusableObject].map(
    (fn) => [fn.name, fn as FunctionDefinition],
  ),
);
