import type {
  AsyncAPIDocumentInterface,
  ChannelInterface,
  MessageInterface,
  OperationInterface,
  ServerInterface,
} from '@asyncapi/parser';
import type { FlowFact } from './flowGraph';

// Labels and facts for each node kind, kept apart from the graph's structure.

function fact(label: string, value: string | undefined | null): FlowFact[] {
  return value ? [{ label, value }] : [];
}

export function applicationFacts(document: AsyncAPIDocumentInterface): FlowFact[] {
  return [...fact('version', document.info().version()), ...fact('asyncapi', document.version())];
}

/**
 * 2.x `host()` runs `new URL(url)`: it throws on some urls and returns '' for scheme-less ones
 * (`broker.example.com:{port}` reads as scheme `broker.example.com`), so fall back to the url.
 */
function serverHost(server: ServerInterface): string {
  try {
    return server.host() || server.url();
  } catch {
    return server.url();
  }
}

export function serverFacts(server: ServerInterface): FlowFact[] {
  const protocol = [server.protocol(), server.protocolVersion()].filter(Boolean).join(' ');
  return [...fact('protocol', protocol), ...fact('host', serverHost(server))];
}

export function channelFacts(channel: ChannelInterface): FlowFact[] {
  const parameters = channel.parameters().all().map((p) => p.id());
  return [
    ...fact('address', channel.address() ?? undefined),
    ...fact('parameters', parameters.join(', ')),
  ];
}

/** 2.x actions read from the client's side; say what the application does so the graph reads the same for both. */
function actionText(operation: OperationInterface): string {
  const action = operation.action();
  if (action === 'publish' || action === 'subscribe') {
    return `${action} (application ${operation.isSend() ? 'sends' : 'receives'})`;
  }
  return action;
}

export function operationFacts(operation: OperationInterface): FlowFact[] {
  return [...fact('action', actionText(operation)), ...fact('summary', operation.summary())];
}

export function operationLabel(operation: OperationInterface, key: string): string {
  return operation.operationId() ?? key;
}

export function messageFacts(message: MessageInterface): FlowFact[] {
  return [
    ...fact('content type', message.contentType()),
    ...fact('schema format', message.schemaFormat()),
  ];
}

/** The parser names inline 2.x messages `<anonymous-message-N>`; that name is not worth showing. */
export function messageLabel(message: MessageInterface, fallback: string): string {
  const id = message.id();
  const named = id && !id.startsWith('<anonymous') ? id : undefined;
  return message.name() ?? message.title() ?? named ?? fallback;
}
