import { CORE_FUNCTIONS } from '../functions';
import type { FunctionDefinition } from '../types';
import { CATALOGUE_FUNCTIONS } from './functions';

/** Core functions and the catalogue's own: what catalogue rules may name. */
export const ALL_FUNCTIONS: ReadonlyMap<string, FunctionDefinition> = new Map([...CORE_FUNCTIONS, ...CATALOGUE_FUNCTIONS]);
