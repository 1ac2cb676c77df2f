import { KOTLIN_CONSTRAINTS_PRESET } from '@asyncapi/modelina';
import type { KotlinPreset } from '@asyncapi/modelina';
import { escapeString, numberText, stringLiteral } from '../literals';
import { isUnwrappedDictionary, wireName, withFields } from './modelFacts';

/**
 * Kotlin: Jackson names for properties whose Kotlin name differs from the JSON one (Kotlin has no default
 * mapping), and Modelina's validation annotations given only escaped patterns and real numbers (it writes
 * `@Pattern(regexp = "<pattern>")` raw, where `"` ends the string and `$…` is a template).
 */

const JACKSON = 'com.fasterxml.jackson.annotation';
const NUMERIC = ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'minLength', 'maxLength', 'minItems', 'maxItems'];

/** The schema keywords the constraints preset writes, each safe for the place it is written. */
function safeKeywords(input: Record<string, unknown>): Record<string, unknown> {
  const safe: Record<string, unknown> = { ...input, pattern: typeof input.pattern === 'string' ? escapeString('kotlin', input.pattern) : undefined };
  for (const key of NUMERIC) safe[key] = numberText(input[key]) === undefined ? undefined : input[key];
  return safe;
}

export const KOTLIN_JSON_NAMES_PRESET: KotlinPreset = {
  class: {
    property({ renderer, property, content }) {
      if (isUnwrappedDictionary(property)) {
        renderer.dependencyManager.addDependency(`${JACKSON}.JsonAnyGetter`);
        renderer.dependencyManager.addDependency(`${JACKSON}.JsonAnySetter`);
        return `@get:JsonAnyGetter @param:JsonAnySetter\n${content}`;
      }
      if (property.propertyName === wireName(property)) return content;
      renderer.dependencyManager.addDependency(`${JACKSON}.JsonProperty`);
      const name = stringLiteral('kotlin', wireName(property));
      return `@param:JsonProperty(${name}) @get:JsonProperty(${name})\n${content}`;
    },
  },
};

export const KOTLIN_CONSTRAINTS_SAFE_PRESET: KotlinPreset = {
  ...KOTLIN_CONSTRAINTS_PRESET,
  class: {
    ...KOTLIN_CONSTRAINTS_PRESET.class,
    property(args) {
      const input = (args.property.property.originalInput ?? {}) as Record<string, unknown>;
      const property = withFields(args.property, { property: withFields(args.property.property, { originalInput: safeKeywords(input) }) });
      return KOTLIN_CONSTRAINTS_PRESET.class!.property!({ ...args, property });
    },
  },
};
