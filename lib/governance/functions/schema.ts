import { Validator } from '@cfworker/json-schema';
import type { OutputUnit, Schema, SchemaDraft } from '@cfworker/json-schema';
import { refTokens } from '@/lib/jsonPointer/jsonPointer';
import { printPointer, propertyPhrase } from '../messages';
import type { FunctionDefinition, FunctionResult } from '../types';
import { isBoolean, oneOf, optionsChecker } from './optionChecks';
import type { OptionCheck } from './optionChecks';

const DIALECTS = ['auto', 'draft4', 'draft6', 'draft7', 'draft2019-09', 'draft2020-12'] as const;

export interface SchemaOptions {
  schema: Schema | boolean;
  dialect?: (typeof DIALECTS)[number];
  allErrors?: boolean;
}

/** @cfworker/json-schema interprets schemas (no generated code) and knows drafts 4, 7, 2019-09 and 2020-12. */
function draftOf(options: SchemaOptions): SchemaDraft {
  const dialect = options.dialect ?? 'auto';
  if (dialect === 'draft4') return '4';
  if (dialect === 'draft6' || dialect === 'draft7') return '7';
  if (dialect === 'draft2019-09') return '2019-09';
  if (dialect === 'draft2020-12') return '2020-12';
  const declared = typeof options.schema === 'object' ? String(options.schema.$schema ?? '') : '';
  if (declared.includes('draft-04')) return '4';
  if (declared.includes('2019-09')) return '2019-09';
  if (declared.includes('2020-12')) return '2020-12';
  return '7';
}

const validators = new WeakMap<object, Map<string, Validator>>();

function validatorFor(options: SchemaOptions): Validator {
  const draft = draftOf(options);
  const key = `${draft}:${options.allErrors === true}`;
  const holder = typeof options.schema === 'object' ? options.schema : options;
  let byKey = validators.get(holder);
  if (!byKey) validators.set(holder, (byKey = new Map()));
  let validator = byKey.get(key);
  if (!validator) byKey.set(key, (validator = new Validator(options.schema, draft, options.allErrors !== true)));
  return validator;
}

// Errors that only say "something below failed": the errors below them say what.
const SUMMARIES = new Set(['properties', 'items', 'prefixItems', 'additionalItems', 'patternProperties', 'additionalProperties', 'unevaluatedProperties', 'unevaluatedItems', 'allOf', '$ref', '$recursiveRef', '$dynamicRef', 'dependentSchemas', 'if', 'then', 'else', 'propertyNames', 'contains']);
// Errors inside alternatives: the alternative's own error ("matches none of …") says it once.
const INSIDE_ALTERNATIVE = /\/(anyOf|oneOf|not)\//;

/** The validator writes instance locations as URI fragments (`#/a/b%20c`), percent-encoded. */
function instancePath(unit: OutputUnit): string[] {
  return refTokens(unit.instanceLocation) ?? [];
}

function describe(unit: OutputUnit, path: ReadonlyArray<string | number>): string {
  const subject = propertyPhrase(path);
  const quoted = /"([^"]*)"/.exec(unit.error)?.[1];
  switch (unit.keyword) {
    case 'required':
      return `${subject}must have required property "${quoted ?? ''}"`;
    case 'type':
      return `${subject}type must be ${/Expected "([^"]+)"/.exec(unit.error)?.[1] ?? 'different'}`;
    case 'false':
      return `Property "${String(path[path.length - 1] ?? '')}" is not expected to be here`;
    case 'anyOf':
      return `${subject}must match a schema in anyOf`;
    case 'oneOf':
      return `${subject}must match exactly one schema in oneOf`;
    default:
      return `${subject.trim()}: ${unit.error.replace(/\.$/, '')}`;
  }
}

const isSchema: OptionCheck = (value) => (typeof value === 'object' && value !== null && !Array.isArray(value) ? undefined : 'must be a JSON Schema object');

/** The value is valid against a JSON Schema given in the options. */
export const schema: FunctionDefinition<SchemaOptions> = {
  name: 'schema',
  checkOptions: optionsChecker('schema', {
    example: '{ "schema": { "type": "object" } }, { "schema": { "type": "object" }, "dialect": "auto" }',
    properties: { schema: isSchema, dialect: oneOf(DIALECTS), allErrors: isBoolean },
    required: ['schema'],
  }),
  run: (value, options, context) => {
    if (value === undefined) return [{ message: `${propertyPhrase(context.path)}must exist` }];
    let outcome;
    try {
      outcome = validatorFor(options).validate(value);
    } catch (error) {
      return [{ message: `The schema could not be applied: ${error instanceof Error ? error.message : String(error)}` }];
    }
    if (outcome.valid) return undefined;
    const leaves = outcome.errors.filter((unit) => !SUMMARIES.has(unit.keyword) && !INSIDE_ALTERNATIVE.test(unit.keywordLocation));
    const kept = (leaves.length > 0 ? leaves : outcome.errors.slice(0, 1)).slice(0, options.allErrors === true ? undefined : 1);
    const seen = new Set<string>();
    const results: FunctionResult[] = [];
    for (const unit of kept) {
      const below = instancePath(unit);
      const path = [...context.path, ...below];
      const reportAt = unit.keyword === 'false' ? path.slice(0, -1) : path;
      const message = describe(unit, path.length > 0 ? path : context.path);
      const key = `${printPointer(reportAt)} ${message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      results.push({ message, path: reportAt });
    }
    return results;
  },
};
