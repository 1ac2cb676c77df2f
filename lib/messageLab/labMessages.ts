import type { AsyncAPIDocumentInterface, MessageInterface } from '@asyncapi/parser';
import { acyclicSchema } from './acyclicSchema';
import type { LabSchema } from './createValidator';
import { generateExample } from './generateExample';
import { hasSchemaRefs, schemaKind } from './schemaKind';

/** A message as the lab shows it: plain data, built in the worker from the parsed document. */
export interface LabMessage {
  /** The message's JSON pointer in the document; unique and stable across edits. */
  id: string;
  /** Every pointer that reaches this message (a channel's $ref and the component itself). */
  pointers: string[];
  label: string;
  /** Where it travels, e.g. "parcelLocation · reportLocation (send)". */
  context: string;
  schemaFormat: string;
  payload?: LabSchema;
  headers?: LabSchema;
  examples: Array<{ name?: string; payload?: unknown; headers?: unknown }>;
  /** A generated example that satisfies the schemas: a valid message to start from. */
  generated: { payload?: unknown; headers?: unknown };
}

type Json = Record<string, unknown>;

function originalPayload(message: MessageInterface): unknown {
  const raw = message.json() as Json;
  if (raw['x-parser-original-payload'] !== undefined) return raw['x-parser-original-payload'];
  const payload = raw.payload as Json | undefined;
  if (payload && payload['x-parser-original-payload'] !== undefined) return payload['x-parser-original-payload'];
  return undefined;
}

function payloadSchema(message: MessageInterface): LabSchema | undefined {
  const converted = message.payload();
  if (!converted) return undefined;
  const kind = schemaKind(message.schemaFormat());
  const jsonSchema = acyclicSchema(converted.json());
  const original = originalPayload(message);
  const native = kind === 'json-schema' ? jsonSchema : original === undefined ? jsonSchema : acyclicSchema(original, { shareRepeats: hasSchemaRefs(kind) });
  const id = (converted.json() as Json)['x-parser-schema-id'];
  const protobufType = kind === 'protobuf' && typeof id === 'string' && !id.startsWith('<') ? id : undefined;
  return { kind, native, jsonSchema, protobufType };
}

function labelOf(message: MessageInterface): string {
  const json = message.json() as Json;
  const candidates = [message.name(), message.title(), json['x-parser-message-name'], message.id()];
  const label = candidates.find((c) => typeof c === 'string' && c !== '' && !c.startsWith('<anonymous'));
  return typeof label === 'string' ? label : message.meta().pointer;
}

/** For each message object, the channels and operations it travels with (read from their side, which works in 2.x and 3.x). */
function usesOf(document: AsyncAPIDocumentInterface): Map<unknown, Set<string>> {
  const uses = new Map<unknown, Set<string>>();
  const add = (message: MessageInterface, label: string) => {
    const key = message.json();
    if (!uses.has(key)) uses.set(key, new Set());
    uses.get(key)!.add(label);
  };
  for (const channel of document.channels().all()) for (const m of channel.messages().all()) add(m, channel.id());
  for (const op of document.operations().all()) for (const m of op.messages().all()) add(m, `${op.id() ?? op.action()} (${op.action()})`);
  return uses;
}

/** Every message of the document (channel messages and component messages), once each. */
export function labMessages(document: AsyncAPIDocumentInterface, { withExamplesOnly = false } = {}): LabMessage[] {
  const seen = new Map<unknown, LabMessage>();
  const uses = usesOf(document);
  // A component message used by a channel is one object reached by two pointers: one entry, both pointers.
  const all = [...document.messages().all(), ...document.components().messages().all()];
  for (const message of all) {
    const id = message.meta().pointer;
    const known = seen.get(message.json());
    if (known) {
      if (!known.pointers.includes(id)) known.pointers.push(id);
      continue;
    }
    if (withExamplesOnly && message.examples().length === 0) continue;
    const headers = message.headers();
    const payload = payloadSchema(message);
    const headersSchema = headers ? acyclicSchema(headers.json()) : undefined;
    seen.set(message.json(), {
      id,
      pointers: [id],
      label: labelOf(message),
      context: [...(uses.get(message.json()) ?? [])].join(' · ') || 'components (not used by any channel)',
      schemaFormat: message.schemaFormat() ?? '',
      payload,
      headers: headersSchema ? { kind: 'json-schema', native: headersSchema, jsonSchema: headersSchema } : undefined,
      examples: message.examples().all().map((e) => ({ name: e.name(), payload: e.payload(), headers: e.headers() })),
      generated: {
        payload: payload ? generateExample(payload.jsonSchema) : undefined,
        headers: headersSchema ? generateExample(headersSchema) : undefined,
      },
    });
  }
  return [...seen.values()];
}
