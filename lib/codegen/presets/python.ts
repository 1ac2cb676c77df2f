import { ConstrainedReferenceModel, PYTHON_PYDANTIC_PRESET } from '@asyncapi/modelina';
import type { ConstrainedObjectModel, ConstrainedObjectPropertyModel, PythonPreset } from '@asyncapi/modelina';
import { escapeString, stringLiteral } from '../literals';
import { isUnwrappedDictionary, wireName, withFields } from './modelFacts';

/**
 * Python presets. Modelina's plain class reads `input['<python_name>']` where the JSON has the wire name,
 * and its Pydantic preset writes consts, descriptions and aliases raw between quotes; these read the wire
 * names and write every document value as an escaped literal.
 */

const literal = (value: string) => stringLiteral('python', value);
const indent = (text: string) => text.replace(/^/gm, '  ');

type Renderer = Parameters<NonNullable<NonNullable<PythonPreset['class']>['ctor']>>[0]['renderer'];

function assignment(renderer: Renderer, model: ConstrainedObjectModel, property: ConstrainedObjectPropertyModel, known: string[]): string {
  const type = renderer.renderPropertyType({ modelType: model.type, propertyType: property.property.type });
  const target = `self._${property.propertyName}: ${type}`;
  const constant = property.property.options.const?.value as string | undefined;
  if (constant) return `${target} = ${constant}`;
  // Additional properties are the input's other keys, not a key of their own.
  if (isUnwrappedDictionary(property)) return `${target} = {key: value for key, value in input.items() if key not in (${known.map((k) => `${k}, `).join('')})}`;
  const read = `input[${literal(wireName(property))}]`;
  const line = `${target} = ${property.property instanceof ConstrainedReferenceModel ? `${type}(${read})` : read}`;
  return property.required ? line : `if ${literal(wireName(property))} in input:\n${indent(line)}`;
}

/** `to_dict()`: the model as its JSON dict again, under the wire names (nested models and enums as JSON values). */
function toDict(model: ConstrainedObjectModel): string {
  const fields = Object.values(model.properties).map((p) =>
    isUnwrappedDictionary(p)
      ? `if hasattr(self, "_${p.propertyName}"):\n  result.update({key: value for key, value in plain(self._${p.propertyName}).items() if key not in result})`
      : `if hasattr(self, "_${p.propertyName}"):\n  result[${literal(wireName(p))}] = plain(self._${p.propertyName})`,
  );
  const plain = [
    'def plain(value: Any) -> Any:',
    '  if isinstance(value, Enum):',
    '    return value.value',
    "  if hasattr(value, 'to_dict'):",
    '    return value.to_dict()',
    '  if isinstance(value, list):',
    '    return [plain(item) for item in value]',
    '  if isinstance(value, dict):',
    '    return {key: plain(item) for key, item in value.items()}',
    '  return value',
  ].join('\n');
  const body = [plain, 'result: Dict[str, Any] = {}', ...fields.filter((f) => !f.includes('result.update')), ...fields.filter((f) => f.includes('result.update')), 'return result'];
  return `def to_dict(self) -> Dict[str, Any]:\n${indent(body.join('\n'))}`;
}

/**
 * Plain classes (and the dataclass and attrs variants, which keep this constructor): built from a JSON
 * dict by its wire names, and turned back into one by `to_dict()`.
 */
export const PYTHON_WIRE_CTOR_PRESET: PythonPreset = {
  class: {
    additionalContent({ renderer, model, content }) {
      renderer.dependencyManager.addDependency('from typing import Any, Dict');
      renderer.dependencyManager.addDependency('from enum import Enum');
      return [content, toDict(model)].filter(Boolean).join('\n\n');
    },
    ctor({ renderer, model }) {
      const properties = Object.values(model.properties);
      const known = properties.filter((p) => !isUnwrappedDictionary(p)).map((p) => literal(wireName(p)));
      const body = properties.length ? properties.map((p) => assignment(renderer, model, p, known)).join('\n') : 'pass';
      renderer.dependencyManager.addDependency('from typing import Dict');
      return `def __init__(self, input: Dict):\n${indent(body)}`;
    },
  },
};

/**
 * Decorated classes. Modelina's own dataclass and attrs presets put `renderer.defaultSelf()` into a template
 * without awaiting it, so their output was the text "[object Promise]".
 */
export const pythonDecoratedPreset = (decorator: string, dependency: string): PythonPreset => ({
  class: {
    async self({ renderer }) {
      renderer.dependencyManager.addDependency(dependency);
      return `${decorator}\n${await renderer.defaultSelf()}`;
    },
  },
});

/** Modelina's Pydantic preset with its field rendering redone and its names escaped. */
export const PYTHON_PYDANTIC_SAFE_PRESET: PythonPreset = {
  ...PYTHON_PYDANTIC_PRESET,
  class: {
    ...PYTHON_PYDANTIC_PRESET.class,
    property({ property, model, renderer }) {
      const isDiscriminator = model.options.discriminator?.discriminator === wireName(property);
      const constant = property.property.options.const;
      const optional = !property.required || property.property.options.isNullable === true;
      let type = optional ? `Optional[${property.property.type}]` : property.property.type;
      if (constant && isDiscriminator) {
        renderer.dependencyManager.addDependency('from typing import Literal');
        type = `Literal[${literal(String(constant.originalInput))}]`;
      }
      type = renderer.renderPropertyType({ modelType: model.type, propertyType: type });
      const args: string[] = [];
      const description = (property.property.originalInput as { description?: unknown } | undefined)?.description;
      if (typeof description === 'string') args.push(`description=${literal(description)}`);
      if (optional && !constant) args.push('default=None');
      if (constant) args.push(`default=${isDiscriminator ? literal(String(constant.originalInput)) : String(constant.value)}`, 'frozen=True');
      if (isUnwrappedDictionary(property)) args.push('exclude=True');
      else if (property.propertyName !== wireName(property)) args.push(`alias=${literal(wireName(property))}`);
      return `${property.propertyName}: ${type} = Field(${args.join(', ')})`;
    },
    // Modelina's unwrapping of additional properties writes each wire name inside '…': escaped here.
    additionalContent(args) {
      const escape = (name: string) => escapeString('python', name).replace(/'/g, "\\'");
      const properties = Object.fromEntries(
        Object.entries(args.model.properties).map(([key, p]) => [key, withFields(p, { unconstrainedPropertyName: escape(wireName(p)) })]),
      );
      return PYTHON_PYDANTIC_PRESET.class!.additionalContent!({ ...args, model: withFields(args.model, { properties }) });
    },
  },
};
