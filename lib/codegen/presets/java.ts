import { ConstrainedEnumModel, ConstrainedObjectModel, ConstrainedReferenceModel, JAVA_JACKSON_PRESET } from '@asyncapi/modelina';
import type { ConstrainedObjectPropertyModel, ConstrainedUnionModel, JavaPreset } from '@asyncapi/modelina';
import { escapeString, numberText, stringLiteral } from '../literals';
import { wireName, withFields } from './modelFacts';

/**
 * Java presets that write document values only as escaped literals. Modelina's class preset writes a
 * property's `default` raw (`private String x = "<default>";`, or bare for numbers), and its Jackson preset
 * writes property names and discriminator values raw into annotations.
 */

const literal = (value: string) => stringLiteral('java', value);
const JACKSON = 'import com.fasterxml.jackson.annotation.*;';
const INT_MAX = 2 ** 31 - 1;

/** A default value as a Java expression of the field's type, or undefined where the two do not agree. */
function defaultExpression(property: ConstrainedObjectPropertyModel, value: unknown): string | undefined {
  const { type } = property.property;
  const number = numberText(value);
  const text = typeof value === 'string' ? literal(value) : undefined;
  switch (type) {
    case 'String':
      return text;
    case 'int':
    case 'Integer':
      return Number.isInteger(value) && Math.abs(value as number) <= INT_MAX ? number : undefined;
    case 'long':
    case 'Long':
      return Number.isSafeInteger(value) ? `${number}L` : undefined;
    case 'double':
    case 'Double':
      return number && `${number}d`;
    case 'float':
    case 'Float':
      return number && `${number}f`;
    case 'boolean':
    case 'Boolean':
      return typeof value === 'boolean' ? String(value) : undefined;
    case 'BigDecimal':
      return number && `new BigDecimal(${literal(number)})`;
    case 'UUID':
      return text && `UUID.fromString(${text})`;
    case 'LocalDate':
    case 'OffsetTime':
    case 'Instant':
    case 'java.time.OffsetDateTime':
      return text && `${type}.parse(${text})`;
  }
  const target = property.property instanceof ConstrainedReferenceModel ? property.property.ref : property.property;
  if (target instanceof ConstrainedEnumModel) {
    const item = target.values.find((v) => v.originalInput === value);
    return item && `${type}.${item.key}`;
  }
  return undefined;
}

/** Replaces Modelina's raw rendering of a field with a default (run before Jackson, which wraps it). */
export const JAVA_SAFE_DEFAULTS_PRESET: JavaPreset = {
  class: {
    property({ property, model, content }) {
      const input = property.property.originalInput as { default?: unknown } | undefined;
      const isDiscriminator = wireName(property) === model.options.discriminator?.discriminator;
      if (model.options.isExtended || property.property.options.const?.value || isDiscriminator || !input?.default) return content;
      const value = defaultExpression(property, input.default);
      return `private ${property.property.type} ${property.propertyName}${value === undefined ? '' : ` = ${value}`};`;
    },
  },
};

/** The discriminator value a union member declares as its `const`, if any. */
function discriminatorValue(member: unknown, discriminator: string): unknown {
  if (!(member instanceof ConstrainedReferenceModel) || !(member.ref instanceof ConstrainedObjectModel)) return undefined;
  const property = Object.values(member.ref.properties).find((p) => wireName(p) === discriminator);
  return property?.property.options.const?.originalInput;
}

/** Jackson's polymorphism annotations for a union with a discriminator, every name a literal. */
function discriminatedUnion(model: ConstrainedUnionModel): string[] {
  const discriminator = model.options.discriminator!.discriminator;
  const fallback = (model.originalInput as { properties?: Record<string, { default?: unknown }> } | undefined)?.properties?.[discriminator]?.default;
  const fallbackType = fallback === undefined ? undefined : model.union.find((m) => discriminatorValue(m, discriminator) === fallback);
  const info = [
    'use = JsonTypeInfo.Id.NAME',
    'include = JsonTypeInfo.As.EXISTING_PROPERTY',
    ...(fallbackType ? [`defaultImpl = ${fallbackType.name}.class`] : []),
    `property = ${literal(discriminator)}`,
    'visible = true',
  ];
  const types = model.union.map((member) => {
    const value = discriminatorValue(member, discriminator);
    return `  @JsonSubTypes.Type(value = ${member.name}.class, name = ${literal(value === undefined ? member.name : String(value))})`;
  });
  return [`@JsonTypeInfo(${info.join(', ')})`, `@JsonSubTypes({\n${types.join(',\n')}\n})`];
}

/** Modelina's Jackson preset with every name it writes escaped; records get `@JsonProperty` too. */
export const JAVA_JACKSON_SAFE_PRESET: JavaPreset = {
  ...JAVA_JACKSON_PRESET,
  class: {
    ...JAVA_JACKSON_PRESET.class,
    property: (args) => JAVA_JACKSON_PRESET.class!.property!({ ...args, property: withFields(args.property, { unconstrainedPropertyName: escapeString('java', wireName(args.property)) }) }),
  },
  union: {
    self(args) {
      if (!args.model.options.discriminator) return JAVA_JACKSON_PRESET.union!.self!(args);
      args.renderer.dependencyManager.addDependency(JACKSON);
      return args.renderer.renderBlock([...discriminatedUnion(args.model), args.content]);
    },
  },
  record: {
    self({ renderer, content }) {
      renderer.dependencyManager.addDependency(JACKSON);
      return content;
    },
    property: ({ property, content }) => `@JsonProperty(${literal(wireName(property))}) ${content}`,
  },
};
