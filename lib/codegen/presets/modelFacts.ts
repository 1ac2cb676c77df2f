import { ConstrainedDictionaryModel } from '@asyncapi/modelina';
import type { ConstrainedObjectModel, ConstrainedObjectPropertyModel } from '@asyncapi/modelina';

/** Facts about Modelina's constrained models that several languages' presets ask. */

/** The property Modelina adds for a schema's additionalProperties: its entries sit beside the others on the wire. */
export function isUnwrappedDictionary(property: ConstrainedObjectPropertyModel): boolean {
  return property.property instanceof ConstrainedDictionaryModel && property.property.serializationType === 'unwrap';
}

/** Whether the schema itself allows additional properties (JSON Schema's default does not count). */
export function declaresAdditionalProperties(model: ConstrainedObjectModel): boolean {
  const input = model.originalInput as { additionalProperties?: unknown } | undefined;
  return input?.additionalProperties !== undefined && input.additionalProperties !== false;
}

/** The property's JSON name: the wire name the generated code must read and write. */
export const wireName = (property: ConstrainedObjectPropertyModel) => property.unconstrainedPropertyName;

/**
 * A copy of a Modelina object that still passes its `instanceof` checks, with some fields replaced: how a
 * preset hands Modelina's own hook the values already escaped for the place the hook writes them.
 */
export function withFields<T extends object>(original: T, fields: Partial<T>): T {
  return Object.assign(Object.create(Object.getPrototypeOf(original) as object) as T, original, fields);
}
