import type { AsyncAPIDocumentInterface, MessageInterface, SchemaInterface } from '@asyncapi/parser';
import { AsyncAPIInputProcessor, FormatHelpers, InputMetaModel, JsonSchemaInputProcessor } from '@asyncapi/modelina';
import { nameInlineSchemas } from './schemaNames';

const SCHEMA_ID = 'x-parser-schema-id';
const SUBSCHEMAS = ['items', 'additionalItems', 'additionalProperties', 'not', 'if', 'then', 'else', 'contains', 'propertyNames'];
const SUBSCHEMA_LISTS = ['allOf', 'anyOf', 'oneOf', 'items'];
const SUBSCHEMA_MAPS = ['properties', 'patternProperties', 'definitions', '$defs'];

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Gives every schema without an id one of its own. The parser leaves some nested schemas unnamed (the
 * properties of an `allOf` part, say), and Modelina caches converted schemas by id: every unnamed schema
 * became the first one it met, so kraken's integer `channelID` came out a string.
 */
function identifySchemas(root: unknown, nextId: () => string, visited = new Set<Json>()): void {
  if (!isObject(root) || visited.has(root)) return;
  visited.add(root);
  if (root.$id === undefined && root[SCHEMA_ID] === undefined) root[SCHEMA_ID] = nextId();
  const visit = (child: unknown) => identifySchemas(child, nextId, visited);
  for (const key of SUBSCHEMAS) visit(root[key]);
  for (const key of SUBSCHEMA_LISTS) if (Array.isArray(root[key])) (root[key] as unknown[]).forEach(visit);
  for (const key of SUBSCHEMA_MAPS) if (isObject(root[key])) Object.values(root[key]).forEach(visit);
}

const named = (id: string | undefined) => (id && !id.startsWith('<anonymous') ? id : undefined);

/**
 * A name for a message's inline payload (`lightMeasured` → `LightMeasuredPayload`): the message's own,
 * else its operation's, else its channel's (2.x messages are often written inline and unnamed).
 */
function messageName(message: MessageInterface): string | undefined {
  const own = message.name() ?? named(message.id());
  if (own) return own;
  const operation = named(message.operations().all()[0]?.id());
  if (operation) return operation;
  const channel = message.channels().all()[0]?.id();
  return channel ? `${channel}_message` : undefined;
}

/**
 * Modelina's input for one parsed document: a model per message payload, then per component schema
 * (nested object schemas become models of their own when Modelina splits them).
 * @remarks Built from the studio's own parser output, so Modelina never parses (nor needs the parser copies
 * and file-system readers it would load for that), and 3.1 documents work as 3.0 ones do.
 */
export function toInputModel(document: AsyncAPIDocumentInterface): InputMetaModel {
  const input = new InputMetaModel();
  input.originalInput = document;
  // One map for the whole document, so a schema reached twice (or through itself) becomes one model.
  const seen = new Map();
  const taken = new Set<string>();
  let anonymous = 0;
  const nextId = () => `<anonymous-schema-studio-${++anonymous}>`;
  const add = (schema: SchemaInterface | undefined, name?: string) => {
    if (!schema) return;
    identifySchemas(schema.json(), nextId);
    const internal = AsyncAPIInputProcessor.convertToInternalSchema(schema, seen);
    nameInlineSchemas(internal, name);
    const model = JsonSchemaInputProcessor.convertSchemaToMetaModel(internal);
    // The parser hands out a 3.x payload as a copy of the component schema it refers to; one model each.
    const key = FormatHelpers.toPascalCase(model.name);
    if (!taken.has(key)) input.models[model.name] = model;
    taken.add(key);
  };
  for (const message of document.allMessages()) {
    const name = messageName(message);
    add(message.payload(), name ? `${name}_payload` : undefined);
  }
  for (const schema of document.components().schemas()) add(schema);
  return input;
}
