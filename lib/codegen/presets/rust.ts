import type { RustPreset } from '@asyncapi/modelina';
import { stringLiteral } from '../literals';
import { isUnwrappedDictionary, wireName } from './modelFacts';

/**
 * Rust serde attributes with the wire names and enum values as escaped literals (Modelina writes them raw
 * inside `rename="…"`, which a value could close to add items of its own); additional properties are
 * flattened into the object, as they are on the wire, instead of renamed to a key "additionalProperties".
 */
export const RUST_SERDE_SAFE_PRESET: RustPreset = {
  struct: {
    fieldMacro({ field }) {
      if (isUnwrappedDictionary(field)) return '#[serde(flatten)]';
      const skip = field.required ? '' : ', skip_serializing_if = "Option::is_none"';
      return `#[serde(rename = ${stringLiteral('rust', wireName(field))}${skip})]`;
    },
  },
  enum: {
    itemMacro({ item }) {
      const value: unknown = item.value;
      if (typeof value === 'object' && value !== null) return '#[serde(flatten)]';
      return `#[serde(rename = ${stringLiteral('rust', String(value))})]`;
    },
  },
};
