import type { AsyncAPIDocumentInterface, ChannelInterface, MessageInterface, OperationInterface, ServerInterface } from '@asyncapi/parser';
import { documentFromJson } from '@/lib/docs/documentFromJson';
import { labMessages } from '@/lib/messageLab/labMessages';
import type { LabMessage } from '@/lib/messageLab/labMessages';
import { routeOf } from './protocolRoutes';
import type { LiveRoute } from './protocolRoutes';

/** A value the user fills in (server variable, channel parameter), with what the document says about it. */
export interface LiveVariable {
  name: string;
  defaultValue?: string;
  enum?: string[];
  examples?: string[];
  description?: string;
}

export interface LiveServer {
  id: string;
  /** As written (`mqtt`, `wss`, `kafka-secure`…). */
  protocol: string;
  protocolVersion?: string;
  /** `protocol://host/pathname` with `{variables}` still in it. */
  urlTemplate: string;
  variables: LiveVariable[];
  /** How (and whether) a browser can reach it. */
  route: LiveRoute;
  description?: string;
  /** Security scheme types the server asks for (`userPassword`, `httpApiKey`, `http`…): which credentials to ask for. */
  securityTypes: string[];
}

export interface LiveChannel {
  id: string;
  /** The address with `{parameters}`; null when the document leaves it unknown (dynamic). */
  address: string | null;
  parameters: LiveVariable[];
  /** The servers it is available on; empty means all. */
  serverIds: string[];
  messageIds: string[];
}

export interface LiveOperation {
  id: string;
  title: string;
  /** What the application does, in 3.x words (a 2.x `publish` is `receive`, `subscribe` is `send`). */
  action: 'send' | 'receive';
  /** What the panel does to talk to that application: the opposite. */
  role: 'send' | 'receive';
  channelId: string;
  messageIds: string[];
  /** From the operation's bindings, where they matter for sending. */
  bindings: { httpMethod?: string; mqttQos?: 0 | 1 | 2; mqttRetain?: boolean };
}

export interface LiveMessage extends LabMessage {
  /** The message's `name` (SSE event names often are it). */
  name?: string;
  /** The message's contentType, else the document's defaultContentType. */
  contentType?: string;
}

/** Everything the live panel needs from one document: plain, serializable data, built in a worker. */
export interface LiveView {
  specVersion: string;
  servers: LiveServer[];
  channels: LiveChannel[];
  operations: LiveOperation[];
  /** The messages the channels and operations use, with their schemas and a generated valid example. */
  messages: LiveMessage[];
}

type Json = Record<string, unknown>;

const asStrings = (value: unknown): string[] | undefined =>
  Array.isArray(value) ? value.filter((v) => ['string', 'number', 'boolean'].includes(typeof v)).map(String) : undefined;
const asString = (value: unknown): string | undefined => (value === undefined || value === null || typeof value === 'object' ? undefined : String(value));

function urlTemplateOf(server: ServerInterface, major: number): string {
  const raw = server.json() as Json;
  if (major >= 3) return `${server.protocol()}://${String(raw.host ?? '')}${String(raw.pathname ?? '')}`;
  const url = String(raw.url ?? '');
  // 2.x servers write the URL with or without its scheme.
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(url) ? url : `${server.protocol()}://${url}`;
}

function serverOf(server: ServerInterface, major: number): LiveServer {
  const securityTypes = new Set<string>();
  for (const requirement of server.security()) for (const item of requirement.all()) securityTypes.add(item.scheme().type());
  return {
    id: server.id(),
    protocol: server.protocol(),
    protocolVersion: server.protocolVersion(),
    urlTemplate: urlTemplateOf(server, major),
    variables: server.variables().all().map((v) => ({
      name: v.id(),
      defaultValue: v.defaultValue(),
      enum: v.hasAllowedValues() ? v.allowedValues() : undefined,
      examples: asStrings(v.examples()),
      description: v.description(),
    })),
    route: routeOf(server.protocol()),
    description: server.description(),
    securityTypes: [...securityTypes],
  };
}

function parametersOf(channel: ChannelInterface): LiveVariable[] {
  return channel.parameters().all().map((parameter) => {
    const schema = (parameter.schema()?.json() ?? {}) as Json;
    return {
      name: parameter.id(),
      defaultValue: asString(schema.default),
      enum: asStrings(schema.enum),
      examples: asStrings(schema.examples),
      description: parameter.description() ?? asString(schema.description),
    };
  });
}

function bindingsOf(operation: OperationInterface): LiveOperation['bindings'] {
  const bindings: LiveOperation['bindings'] = {};
  const http = operation.bindings().get('http')?.value() as Json | undefined;
  if (typeof http?.method === 'string') bindings.httpMethod = http.method.toUpperCase();
  const mqtt = operation.bindings().get('mqtt')?.value() as Json | undefined;
  if (mqtt?.qos === 0 || mqtt?.qos === 1 || mqtt?.qos === 2) bindings.mqttQos = mqtt.qos;
  if (typeof mqtt?.retain === 'boolean') bindings.mqttRetain = mqtt.retain;
  return bindings;
}

/**
 * The live panel's view of a parsed document (2.x or 3.x, through the parser's common model). Run it where
 * the document is parsed (the analysis worker), like the lab's messages: the page only fills in values.
 */
export function buildLiveView(document: AsyncAPIDocumentInterface): LiveView {
  const specVersion = document.version();
  const major = Number.parseInt(specVersion, 10);
  const lab = labMessages(document);
  // The lab names each message by its first pointer; channels and operations reach the same objects by others.
  const labByPointer = new Map<string, LabMessage>();
  for (const message of lab) for (const pointer of message.pointers) labByPointer.set(pointer, message);
  const labByObject = new Map<unknown, LabMessage>();
  for (const message of [...document.messages().all(), ...document.components().messages().all()]) {
    const known = labByPointer.get(message.meta().pointer);
    if (known) labByObject.set(message.json(), known);
  }
  const defaultContentType = document.defaultContentType();
  const used = new Map<string, LiveMessage>();
  const idsOf = (messages: MessageInterface[]): string[] => {
    const ids: string[] = [];
    for (const message of messages) {
      const known = labByObject.get(message.json());
      if (!known) continue;
      if (!used.has(known.id)) used.set(known.id, { ...known, name: message.name(), contentType: message.contentType() ?? defaultContentType });
      if (!ids.includes(known.id)) ids.push(known.id);
    }
    return ids;
  };

  const channels = document.channels().all().map((channel): LiveChannel => {
    const declared = (channel.json() as Json).servers;
    return {
      id: channel.id(),
      address: channel.address() ?? null,
      parameters: parametersOf(channel),
      serverIds: Array.isArray(declared) && declared.length > 0 ? channel.servers().all().map((s) => s.id()) : [],
      messageIds: idsOf(channel.messages().all()),
    };
  });

  const operations: LiveOperation[] = [];
  for (const operation of document.operations().all()) {
    const channel = operation.channels().all()[0];
    if (!channel) continue;
    const raw = operation.json() as Json;
    const action = operation.isSend() ? 'send' : 'receive';
    const id = major >= 3 ? operation.id() ?? `${channel.id()}/${action}` : asString(raw.operationId) ?? `${channel.id()} ${String(operation.action())}`;
    operations.push({
      id,
      title: operation.summary() ?? asString(raw.title) ?? id,
      action,
      role: action === 'send' ? 'receive' : 'send',
      channelId: channel.id(),
      messageIds: idsOf(operation.messages().all()),
      bindings: bindingsOf(operation),
    });
  }

  return {
    specVersion,
    servers: document.servers().all().map((server) => serverOf(server, major)),
    channels,
    operations,
    messages: [...used.values()],
  };
}

/** The same from the analysis worker's `stringify(document)` output (for a worker that holds only that). */
export function liveViewFromJson(documentJson: string): LiveView {
  return buildLiveView(documentFromJson(documentJson));
}
