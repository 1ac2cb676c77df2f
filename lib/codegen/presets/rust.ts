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
    // A map cannot be Copy, Hash or Ord, which Modelina derives for every enum.
    structMacro: ({ model, content }) =>
      model.values.some((v) => typeof v.value === 'object' && v.value !== null) ? '#[derive(Clone, Debug, Deserialize, PartialEq, Serialize)]' : content,
    // Modelina names the map type without importing it.
    item: ({ item, content }) => (typeof item.value === 'object' && item.value !== null ? `${item.key}(std::collections::HashMap<String, serde_json::Value>)` : content),
    itemMacro({ item }) {
      // An object value is named by its JSON text, as the other languages hold it (Modelina's `flatten`
      // here is no serde variant attribute, and the crate did not build).
      const value: unknown = item.value;
      const name = typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
      return `#[serde(rename = ${stringLiteral('rust', name)})]`;
    },
  },
};
