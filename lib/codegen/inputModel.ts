import type { AsyncAPIDocumentInterface, MessageInterface, SchemaInterface } from '@asyncapi/parser';
import { AsyncAPIInputProcessor, FormatHelpers, InputMetaModel, JsonSchemaInputProcessor } from '@asyncapi/modelina';
import { nameInlineSchemas } from './schemaNames';

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
  const add = (schema: SchemaInterface | undefined, name?: string) => {
    if (!schema) return;
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
