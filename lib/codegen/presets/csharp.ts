import { CSHARP_JSON_SERIALIZER_PRESET } from '@asyncapi/modelina';
import type { CSharpPreset, ConstrainedObjectPropertyModel } from '@asyncapi/modelina';
import { escapeString, stringLiteral } from '../literals';
import { isUnwrappedDictionary, wireName, withFields } from './modelFacts';

/**
 * C#: System.Text.Json reads and writes a property under its C# name unless told the JSON name, so each
 * property says it (`[JsonPropertyName("connectionID")]`), and additional properties are its extension data.
 */

const SERIALIZATION = 'using System.Text.Json.Serialization;';

function attribute(property: ConstrainedObjectPropertyModel): string {
  if (!isUnwrappedDictionary(property)) return `[JsonPropertyName(${stringLiteral('csharp', wireName(property))})]`;
  // Extension data must be a dictionary of object (or JsonElement): a typed one would throw when used.
  return /Dictionary<string, (dynamic|object)>/.test(property.property.type) ? '[JsonExtensionData]' : '[JsonIgnore]';
}

export const CSHARP_WIRE_NAMES_PRESET: CSharpPreset = {
  class: {
    accessor({ renderer, property, content }) {
      renderer.dependencyManager.addDependency(SERIALIZATION);
      return `${attribute(property)}\n${content}`;
    },
  },
  record: {
    property({ renderer, property, content }) {
      renderer.dependencyManager.addDependency(SERIALIZATION);
      return `${attribute(property)}\n${content}`;
    },
  },
};

/** Modelina's System.Text.Json converters, which write each wire name between quotes: given them escaped. */
export const CSHARP_JSON_SERIALIZER_SAFE_PRESET: CSharpPreset = {
  ...CSHARP_JSON_SERIALIZER_PRESET,
  class: {
    ...CSHARP_JSON_SERIALIZER_PRESET.class,
    self(args) {
      const properties = Object.fromEntries(
        Object.entries(args.model.properties).map(([key, p]) => [key, withFields(p, { unconstrainedPropertyName: escapeString('csharp', wireName(p)) })]),
      );
      return CSHARP_JSON_SERIALIZER_PRESET.class!.self!({ ...args, model: withFields(args.model, { properties }) });
    },
  },
};
