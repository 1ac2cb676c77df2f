import { GO_COMMON_PRESET, Logger } from '@asyncapi/modelina';
import type { ConstrainedObjectPropertyModel, GoPreset } from '@asyncapi/modelina';
import { isUnwrappedDictionary, wireName } from './modelFacts';

/**
 * Go struct tags with the wire names. Modelina's tag writes the name raw inside a backquoted tag, so a name
 * with a backquote or quote rewrote the tag (or the file). encoding/json reads a tag name only when it is
 * made of letters, digits and the punctuation below (its isValidTag); such a name never holds a quote,
 * backslash or backquote. Any other name cannot be given in a tag, so the field keeps its Go name and
 * the generation says so.
 */
const JSON_TAG_NAME = /^[\p{L}\p{Nd}!#$%&()*+\-./:;<=>?@[\]^_{|}~ ]+$/u;

function jsonTag(field: ConstrainedObjectPropertyModel): string {
  // Modelina's `json:"-,omitempty"` names the key "-"; its additional properties are not one JSON key.
  if (isUnwrappedDictionary(field)) return 'json:"-"';
  const name = wireName(field);
  const options = field.required ? '' : ',omitempty';
  if (!JSON_TAG_NAME.test(name)) {
    Logger.warn(`Go: the JSON name ${JSON.stringify(name)} cannot be written in a struct tag; field ${field.propertyName} keeps its Go name.`);
    return `json:"${options}"${field.required ? ' binding:"required"' : ''}`;
  }
  return `json:"${name}${options}"${field.required ? ' binding:"required"' : ''}`;
}

export const GO_WIRE_TAGS_PRESET: GoPreset = {
  struct: {
    field: ({ content, field }) => `${content} \`${jsonTag(field)}\``,
  },
  enum: GO_COMMON_PRESET.enum,
  // Modelina leaves this tag unterminated (`json:"-,omitempty`).
  union: { field: ({ content }) => `${content} \`json:"-"\`` },
};
