import { isRecord, refTarget, valueAt } from './documentModel';
import type { JsonValue } from './editOps';
import type { FieldKind, FormField, ReferenceInfo } from './formModel';
import { childPointer, formatPointer } from './pointer';
import type { SpecWalker } from './specWalker';
import type { Schema, SchemaAt } from './specWalker';

// What a value of the specification is, for a form: its kind, types, choices and references.

/** Components sections by the definition their entries follow. */
const COMPONENT_OF: Record<string, string> = {
  'channel.json': 'channels',
  'channelItem.json': 'channels',
  'server.json': 'servers',
  'operation.json': 'operations',
  'messageObject.json': 'messages',
  'message.json': 'messages',
  'schema.json': 'schemas',
  'anySchema.json': 'schemas',
  'multiFormatSchema.json': 'schemas',
  'parameter.json': 'parameters',
  'correlationId.json': 'correlationIds',
  'SecurityScheme.json': 'securitySchemes',
  'tag.json': 'tags',
  'externalDocs.json': 'externalDocs',
  'operationReply.json': 'replies',
  'operationReplyAddress.json': 'replyAddresses',
  'serverVariable.json': 'serverVariables',
  'messageTrait.json': 'messageTraits',
  'operationTrait.json': 'operationTraits',
  'serverBindingsObject.json': 'serverBindings',
  'channelBindingsObject.json': 'channelBindings',
  'operationBindingsObject.json': 'operationBindings',
  'messageBindingsObject.json': 'messageBindings',
};

const KIND_OF: Record<string, string> = {
  'SecurityScheme.json': 'securityScheme',
  'info.json': 'info',
  'server.json': 'server',
  'channel.json': 'channel',
  'channelItem.json': 'channel',
  'operation.json': 'operation',
  'messageObject.json': 'message',
  'message.json': 'message',
  'schema.json': 'schema',
  'serverBindingsObject.json': 'bindings',
  'channelBindingsObject.json': 'bindings',
  'operationBindingsObject.json': 'bindings',
  'messageBindingsObject.json': 'bindings',
};

const SCHEMA_FILES = new Set(['schema.json', 'anySchema.json', 'multiFormatSchema.json']);

function fileOf(id: string): string {
  return id.slice(id.lastIndexOf('/') + 1).replace(/#$/, '');
}

function keysOf(root: unknown, pointer: string): string[] {
  const value = valueAt(root, pointer);
  return isRecord(value) ? Object.keys(value).map((k) => childPointer(pointer, k)) : [];
}

/** Existing objects a reference of this section may point at (3.x top-level objects and components). */
function choicesFor(root: unknown, section: string): string[] {
  const top = ['channels', 'servers', 'operations'].includes(section) ? keysOf(root, `/${section}`) : [];
  return [...top, ...keysOf(root, formatPointer(['components', section]))];
}

/** References whose meaning depends on where they are: an operation's channel, its messages, a channel's servers. */
function contextualChoices(root: unknown, path: ReadonlyArray<string>, objectKindName: string, key: string): string[] | null {
  const inOperation = objectKindName === 'operation' || path[path.length - 1] === 'reply';
  if (inOperation && key === 'channel') return choicesFor(root, 'channels');
  if (inOperation && key === 'messages') {
    const channel = refTarget(valueAt(root, childPointer(formatPointer(path), 'channel')));
    return channel ? keysOf(root, childPointer(channel, 'messages')) : [];
  }
  if (objectKindName === 'channel' && key === 'servers') return choicesFor(root, 'servers');
  if (key === 'security') return choicesFor(root, 'securitySchemes');
  return null;
}


// The Schema Object keywords a payload form shows up front; the rest of JSON Schema goes under "more".
const COMMON_SCHEMA_KEYWORDS = new Set(['title', 'description', 'type', 'format', 'enum', 'const', 'default', 'examples', 'items', 'properties', 'required', 'minimum', 'maximum', 'minLength', 'maxLength', 'pattern', 'additionalProperties', 'oneOf', 'anyOf', 'allOf', 'deprecated']);

function idOf(at: SchemaAt): string | null {
  return typeof at.schema.$id === 'string' ? at.schema.$id : null;
}

function kindOfId(id: string): string | undefined {
  if (id.includes('/bindings/')) return 'binding';
  if (id.startsWith('http://json-schema.org/')) return 'schema';
  return KIND_OF[fileOf(id)];
}

/** Which object the flattened schemas describe, from the first specification definition among them. */
export function objectKind(schemas: ReadonlyArray<SchemaAt>): string {
  for (const s of schemas) {
    const id = idOf(s);
    const kind = id ? kindOfId(id) : undefined;
    if (kind) return kind;
  }
  return 'object';
}

/** The alternatives a schema offers (oneOf/anyOf), resolved; the schema itself when it offers none. */
function alternatives(walker: SpecWalker, at: SchemaAt): SchemaAt[] {
  const out: SchemaAt[] = [];
  for (const key of ['oneOf', 'anyOf'] as const) {
    const options = at.schema[key];
    if (Array.isArray(options)) for (const o of options) {
      const s = walker.child(at, o);
      if (s) out.push(s);
    }
  }
  return out.length > 0 ? out : [at];
}

function isSchemaDefinition(at: SchemaAt): boolean {
  const id = idOf(at);
  return id !== null && ((id.includes('/definitions/') && SCHEMA_FILES.has(fileOf(id))) || id.startsWith('http://json-schema.org/'));
}

interface Shape {
  kind: FieldKind;
  types: string[];
  enumValues: JsonValue[];
  refAllowed: boolean;
  pureRef: boolean;
  /** The components section an entry of this shape lives in. */
  section?: string;
  chosen: SchemaAt[];
}

/** The shape of a value described by `direct` (the schemas for its key), the value choosing among alternatives. */
function shapeOf(walker: SpecWalker, direct: ReadonlyArray<SchemaAt>, value: unknown): Shape {
  const options = direct.flatMap((s) => alternatives(walker, s));
  const refAllowed = options.some((s) => walker.isReference(s));
  const pureRef = direct.length > 0 && options.every((s) => walker.isReference(s));
  const nonRefOptions = options.filter((s) => !walker.isReference(s));
  const section = nonRefOptions.map((s) => idOf(s)).map((id) => (id && !id.includes('/bindings/') ? COMPONENT_OF[fileOf(id)] : undefined)).find((c) => c !== undefined);
  const fitting = direct.flatMap((s) => walker.flatten(s, value)).filter((s) => !walker.isReference(s));
  // A `$ref` fits only the Reference alternative: describe what it stands in for.
  const chosen = fitting.some((s) => s.schema.type !== undefined || s.schema.properties !== undefined) ? fitting : direct.flatMap((s) => walker.flatten(s, undefined)).filter((s) => !walker.isReference(s));
  const types = [...new Set(chosen.flatMap((s) => (s.schema.type === undefined ? [] : Array.isArray(s.schema.type) ? s.schema.type.map(String) : [String(s.schema.type)])))];
  const enumValues = [...new Set(chosen.flatMap((s) => (Array.isArray(s.schema.enum) ? (s.schema.enum as JsonValue[]) : s.schema.const !== undefined ? [s.schema.const as JsonValue] : [])))];
  const isSchema = nonRefOptions.some(isSchemaDefinition) || direct.some(isSchemaDefinition);
  const kind: FieldKind = pureRef ? 'reference' : isSchema ? 'schema' : enumValues.length > 0 ? 'enum' : kindOfTypes(types, chosen);
  return { kind, types, enumValues, refAllowed: refAllowed || isSchema, pureRef, section: section ?? (isSchema ? 'schemas' : undefined), chosen };
}

/** The field for `key` of the object at `path`, described by its flattened `parents`. */
export function fieldFor(walker: SpecWalker, root: unknown, path: ReadonlyArray<string>, parents: ReadonlyArray<SchemaAt>, key: string, objectKindName: string): FormField {
  const pointer = formatPointer([...path, key]);
  const value = valueAt(root, pointer) as JsonValue | undefined;
  const direct = walker.childrenOf(parents, key);
  const shape = shapeOf(walker, direct, value);
  const pick = <T>(get: (s: Schema) => T | undefined): T | undefined => shape.chosen.map((s) => get(s.schema)).find((v) => v !== undefined);
  const required = parents.some((p) => Array.isArray(p.schema.required) && p.schema.required.includes(key));
  const contextual = contextualChoices(root, path, objectKindName, key);
  const choices = (s: Shape): ReferenceInfo => ({ allowed: s.refAllowed, choices: s.refAllowed ? (contextual ?? (s.section ? choicesFor(root, s.section) : [])) : [] });
  const target = refTarget(value);
  let items: FormField['items'];
  if (shape.kind === 'array') {
    const itemShape = shapeOf(walker, walker.childrenOf(shape.chosen, '0'), Array.isArray(value) ? value[0] : undefined);
    items = { kind: itemShape.kind, reference: choices(itemShape) };
  }
  return {
    name: key,
    pointer,
    kind: shape.kind,
    types: shape.types,
    ...(shape.enumValues.length > 0 ? { enum: shape.enumValues } : {}),
    required,
    description: pick((s) => (typeof s.description === 'string' ? s.description : undefined)) ?? direct.map((s) => s.schema.description).find((d): d is string => typeof d === 'string'),
    default: pick((s) => s.default as JsonValue | undefined),
    format: pick((s) => (typeof s.format === 'string' ? s.format : undefined)),
    pattern: pick((s) => (typeof s.pattern === 'string' ? s.pattern : undefined)),
    value,
    isReference: isRecord(value) && typeof value.$ref === 'string',
    ...(target ? { referenceTarget: target } : {}),
    reference: choices(shape),
    ...(items ? { items } : {}),
    schemas: direct.map((s) => ({ base: s.base, schema: s.schema })),
    advanced: objectKindName === 'schema' && !COMMON_SCHEMA_KEYWORDS.has(key),
  };
}

function kindOfTypes(types: string[], schemas: ReadonlyArray<SchemaAt>): FieldKind {
  const concrete = types.filter((t) => t !== 'null');
  const hasProperties = schemas.some((s) => isRecord(s.schema.properties) && Object.keys(s.schema.properties).length > 0);
  if (concrete.length === 1) {
    const [t] = concrete;
    if (t === 'string' || t === 'number' || t === 'integer' || t === 'boolean' || t === 'array') return t;
    if (t === 'object') {
      const isMap = schemas.some((s) => isRecord(s.schema.additionalProperties) || (isRecord(s.schema.patternProperties) && Object.keys(s.schema.patternProperties).some((p) => !p.startsWith('^x-'))));
      return isMap && !hasProperties ? 'map' : 'object';
    }
  }
  return hasProperties ? 'object' : 'any';
}
