import type { ConstrainedObjectModel, ConstrainedObjectPropertyModel, TypeScriptPreset } from '@asyncapi/modelina';
import { stringLiteral } from '../literals';
import { declaresAdditionalProperties, isUnwrappedDictionary, wireName } from './modelFacts';

/**
 * TypeScript models keep the JSON's own field names (issue 14): an interface or class describes the wire
 * object itself, so `JSON.parse` gives one and `JSON.stringify` of one gives the wire JSON back. A name that
 * is not an identifier is written as a quoted (escaped) key; Modelina's `rawPropertyNames` quotes it raw.
 */

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** The key as written in a type or class body. */
const key = (name: string) => (IDENTIFIER.test(name) ? name : stringLiteral('typescript', name));
/** The field of `target` as an expression. */
const access = (target: string, name: string) => (IDENTIFIER.test(name) ? `${target}.${name}` : `${target}[${stringLiteral('typescript', name)}]`);

const INDEX_SIGNATURE = '[key: string]: unknown;';

/** One member's declaration, or undefined for Modelina's additional-properties field (not a wire field). */
function declaration(property: ConstrainedObjectPropertyModel, withInitializer: boolean): string | undefined {
  if (isUnwrappedDictionary(property)) return undefined;
  const name = `${key(wireName(property))}${property.required ? '' : '?'}`;
  const constant = property.property.options.const?.value as string | undefined;
  if (constant) return `${name}: ${constant}${withInitializer ? ` = ${constant}` : ''};`;
  return `${name}: ${property.property.type};`;
}

/** Additional properties are typed by an index signature where the schema allows them, else left out. */
function additional(model: ConstrainedObjectModel, property: ConstrainedObjectPropertyModel): string {
  return declaresAdditionalProperties(model) && isUnwrappedDictionary(property) ? INDEX_SIGNATURE : '';
}

function constructor(model: ConstrainedObjectModel): string {
  const properties = Object.values(model.properties).filter((p) => !isUnwrappedDictionary(p) && !p.property.options.const);
  const open = Object.values(model.properties).some(isUnwrappedDictionary) && declaresAdditionalProperties(model);
  const inputType = [...properties.map((p) => declaration(p, false)!), ...(open ? [INDEX_SIGNATURE] : [])];
  const assignments = properties.map((p) => `${access('this', wireName(p))} = ${access('input', wireName(p))};`);
  // Entries beyond the declared fields are kept as they came, as own fields: defined, not assigned, so a
  // key such as `__proto__` is data and never the instance's prototype.
  if (open) {
    assignments.push(
      'for (const [key, value] of Object.entries(input)) {',
      '  if (!Object.prototype.hasOwnProperty.call(this, key)) Object.defineProperty(this, key, { value, enumerable: true, writable: true, configurable: true });',
      '}',
    );
  }
  const indent = (lines: string[]) => lines.map((l) => `  ${l}`).join('\n');
  return `constructor(input: {\n${indent(inputType)}\n}) {\n${indent(assignments)}\n}`;
}

export const TYPESCRIPT_WIRE_PRESET: TypeScriptPreset = {
  interface: {
    property: ({ property, model }) => declaration(property, false) ?? additional(model, property),
  },
  class: {
    property: ({ property, model }) => declaration(property, true) ?? additional(model, property),
    ctor: ({ model }) => constructor(model),
    getter: () => '',
    setter: () => '',
  },
};
