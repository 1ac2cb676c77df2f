import type {
  AsyncAPIDocumentInterface,
  BindingsInterface,
  ChannelInterface,
  MessageInterface,
  OperationInterface,
  SecurityRequirementsInterface,
  ServerInterface,
  TagsInterface,
  ExternalDocumentationInterface,
} from '@asyncapi/parser';
import { jsonText, summarizeSchema } from './schemaRows';
import type { SchemaSummary } from './schemaRows';

/** Plain, serializable documentation content: what both the Markdown and the HTML exports show. */
export interface DocContent {
  title: string;
  version: string;
  asyncapiVersion: string;
  description?: string;
  defaultContentType?: string;
  tags: DocTag[];
  externalDocs?: DocLink;
  servers: DocServer[];
  channels: DocChannel[];
  operations: DocOperation[];
  messages: DocMessage[];
}

export interface DocLink {
  url: string;
  description?: string;
}

/** A protocol binding: its protocol, binding version and value as pretty JSON text (data). */
export interface DocBinding {
  protocol: string;
  version?: string;
  json: string;
}

/** A message example; its parts as pretty JSON text (data). */
export interface DocExample {
  name?: string;
  summary?: string;
  headers?: string;
  payload?: string;
}

export interface DocTag {
  name: string;
  description?: string;
}

export interface DocServer {
  id: string;
  /** 3.x host, or the whole 2.x url (scheme included when the author wrote one). */
  host: string;
  protocol: string;
  protocolVersion?: string;
  pathname?: string;
  description?: string;
  variables: { name: string; defaultValue?: string; allowedValues: string[]; description?: string }[];
  /** One entry per alternative requirement; each lists `scheme (type)` with scopes. */
  security: string[];
  bindings: DocBinding[];
}

export interface DocChannel {
  id: string;
  address?: string;
  description?: string;
  parameters: { name: string; description?: string; location?: string; type?: string }[];
  messages: string[];
  bindings: DocBinding[];
}

export interface DocOperation {
  id: string;
  action: string;
  summary?: string;
  description?: string;
  channels: string[];
  messages: string[];
  reply?: { channel?: string; address?: string; messages: string[] };
  tags: DocTag[];
  bindings: DocBinding[];
}

export interface DocMessage {
  id: string;
  name?: string;
  title?: string;
  summary?: string;
  description?: string;
  contentType?: string;
  schemaFormat?: string;
  headers?: SchemaSummary;
  payload?: SchemaSummary;
  tags: DocTag[];
  externalDocs?: DocLink;
  examples: DocExample[];
  bindings: DocBinding[];
}

// Bindings and examples are shown whole, up to this many characters each: a document's values can be huge.
const MAX_JSON_CHARS = 20_000;

/** Pretty JSON text of a value from the document, cut (and said so) beyond MAX_JSON_CHARS. */
function prettyJson(value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value, null, 2) ?? jsonText(value);
  } catch {
    // A circular value (a schema inside a binding that refers to itself): one line, as far as it goes.
    text = jsonText(value);
  }
  return text.length > MAX_JSON_CHARS ? `${text.slice(0, MAX_JSON_CHARS)}\n… (cut: ${text.length.toLocaleString('en')} characters in all)` : text;
}

function bindingsOf(bindings: BindingsInterface): DocBinding[] {
  return bindings.all().map((binding) => ({
    protocol: binding.protocol(),
    ...opt('version', binding.version()),
    json: prettyJson(bindingValue(binding.value())),
  }));
}

/** The binding's own fields, without the `bindingVersion` already shown beside the protocol. */
function bindingValue(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const { bindingVersion: _shown, ...rest } = value as Record<string, unknown>;
  return rest;
}

function tagsOf(tags: TagsInterface): DocTag[] {
  return tags.all().map((tag) => ({ name: tag.name(), ...opt('description', tag.description()) }));
}

function linkOf(docs: ExternalDocumentationInterface | undefined): DocLink | undefined {
  return docs ? { url: docs.url(), ...opt('description', docs.description()) } : undefined;
}

/** `{ key: value }` only when value is a non-empty string, so optional fields stay absent. */
function opt<K extends string>(key: K, value: string | null | undefined): Partial<Record<K, string>> {
  return value ? ({ [key]: value } as Record<K, string>) : {};
}

/** Scheme names by their JSON object: 3.0 servers hand out schemes with an empty id. */
type SchemeNames = Map<unknown, string>;

function securityOf(requirements: SecurityRequirementsInterface[], names: SchemeNames): string[] {
  return requirements.map((alternative) =>
    alternative
      .all()
      .map((req) => {
        const scheme = req.scheme();
        const scopes = req.scopes();
        const name = scheme.id() || names.get(scheme.json()) || scheme.name() || 'security scheme';
        return `${name} (${scheme.type()})${scopes.length > 0 ? `: ${scopes.join(', ')}` : ''}`;
      })
      .join(' and '),
  );
}

function serverOf(server: ServerInterface, names: SchemeNames, isV2: boolean): DocServer {
  return {
    id: server.id(),
    // 2.x host()/pathname() run `new URL(url)`: wrong for `host:{port}` and a throw for `localhost`.
    host: isV2 ? server.url() : server.host(),
    protocol: server.protocol(),
    ...opt('protocolVersion', server.protocolVersion()),
    ...opt('pathname', isV2 ? undefined : server.pathname()),
    ...opt('description', server.description()),
    variables: server
      .variables()
      .all()
      .map((variable) => ({
        name: variable.id(),
        ...opt('defaultValue', variable.defaultValue()),
        allowedValues: variable.allowedValues(),
        ...opt('description', variable.description()),
      })),
    security: securityOf(server.security(), names).filter((s) => s.length > 0),
    bindings: bindingsOf(server.bindings()),
  };
}

/** What a channel is called in the docs: its address when it has one (2.x ids are addresses). */
export function channelLabel(channel: ChannelInterface): string {
  return channel.address() ?? channel.id();
}

/** A 2.x message without messageId or a component key has no id, whatever the types say. */
function messageId(message: MessageInterface): string | undefined {
  return message.id() as string | undefined;
}

export function messageLabel(message: MessageInterface): string {
  return message.name() ?? messageId(message) ?? message.title() ?? 'message';
}

function channelOf(channel: ChannelInterface): DocChannel {
  return {
    id: channel.id(),
    ...opt('address', channel.address()),
    ...opt('description', channel.description()),
    parameters: channel
      .parameters()
      .all()
      .map((param) => {
        const schema = param.schema();
        return {
          name: param.id(),
          ...opt('description', param.description() ?? schema?.description()),
          ...opt('location', param.location()),
          ...opt('type', schema ? summarizeSchema(schema, { maxRows: 0 }).type : undefined),
        };
      }),
    messages: channel.messages().all().map(messageLabel),
    bindings: bindingsOf(channel.bindings()),
  };
}

function operationOf(operation: OperationInterface): DocOperation {
  const reply = operation.reply();
  const doc: DocOperation = {
    id: operation.id() ?? operation.operationId() ?? '',
    action: operation.action(),
    ...opt('summary', operation.summary()),
    ...opt('description', operation.description()),
    channels: operation.channels().all().map(channelLabel),
    messages: operation.messages().all().map(messageLabel),
    tags: tagsOf(operation.tags()),
    bindings: bindingsOf(operation.bindings()),
  };
  if (reply) {
    const channel = reply.channel();
    doc.reply = {
      ...opt('channel', channel ? channelLabel(channel) : undefined),
      ...opt('address', reply.address()?.location()),
      messages: reply.messages().all().map(messageLabel),
    };
  }
  return doc;
}

function messageOf(message: MessageInterface, index: number): DocMessage {
  const headers = message.headers();
  const payload = message.payload();
  return {
    id: messageId(message) ?? message.name() ?? `message-${index + 1}`,
    ...opt('name', message.name()),
    ...opt('title', message.title()),
    ...opt('summary', message.summary()),
    ...opt('description', message.description()),
    ...opt('contentType', message.contentType()),
    // The default AsyncAPI schema format is noise; other formats (Avro, OpenAPI...) are worth showing.
    ...opt('schemaFormat', message.schemaFormat()?.startsWith('application/vnd.aai.asyncapi') ? undefined : message.schemaFormat()),
    ...(headers ? { headers: summarizeSchema(headers) } : {}),
    ...(payload ? { payload: summarizeSchema(payload) } : {}),
    tags: tagsOf(message.tags()),
    ...(message.externalDocs() ? { externalDocs: linkOf(message.externalDocs()) } : {}),
    examples: message
      .examples()
      .all()
      .map((example) => ({
        ...opt('name', example.name()),
        ...opt('summary', example.summary()),
        ...(example.hasHeaders() ? { headers: prettyJson(example.headers()) } : {}),
        ...(example.hasPayload() ? { payload: prettyJson(example.payload()) } : {}),
      })),
    bindings: bindingsOf(message.bindings()),
  };
}

/**
 * Reads the parser's unified model (2.x and 3.x alike) into plain data.
 * @remarks Runs wherever the parsed document lives (worker, or page after `unstringify`).
 */
export function collectDocContent(document: AsyncAPIDocumentInterface): DocContent {
  const info = document.info();
  const externalDocs = linkOf(info.externalDocs());
  const isV2 = document.version().startsWith('2.');
  const names: SchemeNames = new Map(document.securitySchemes().all().map((scheme) => [scheme.json(), scheme.id()]));
  return {
    title: info.title(),
    version: info.version(),
    asyncapiVersion: document.version(),
    ...opt('description', info.description()),
    ...opt('defaultContentType', document.defaultContentType()),
    tags: tagsOf(info.tags()),
    ...(externalDocs ? { externalDocs } : {}),
    servers: document.servers().all().map((server) => serverOf(server, names, isV2)),
    channels: document.channels().all().map(channelOf),
    operations: document.operations().all().map(operationOf),
    messages: document.allMessages().all().map((message, index) => messageOf(message, index)),
  };
}
