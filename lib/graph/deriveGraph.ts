import type {
  AsyncAPIDocumentInterface,
  ChannelInterface,
  MessageInterface,
  OperationInterface,
} from '@asyncapi/parser';
import type { JsonPath, Locate } from '@/lib/analysis/sourceMap';
import { pointerTokens } from '@/lib/jsonPointer/jsonPointer';
import type { FlowEdge, FlowEdgeKind, FlowGraph, FlowNode } from './flowGraph';
import {
  applicationFacts,
  channelFacts,
  messageFacts,
  messageLabel,
  operationFacts,
  operationLabel,
  serverFacts,
} from './nodeFacts';

export { graphSignature } from './flowGraph';

export const APPLICATION_ID = 'application';

class GraphBuilder {
  readonly nodes: FlowNode[] = [];
  readonly edges: FlowEdge[] = [];
  private readonly nodeIds = new Set<string>();
  private readonly edgeIds = new Set<string>();

  constructor(private readonly locate: Locate | undefined) {}

  addNode(node: Omit<FlowNode, 'range'>, path: JsonPath): void {
    if (this.nodeIds.has(node.id)) return;
    this.nodeIds.add(node.id);
    const range = this.locate?.(path);
    this.nodes.push(range ? { ...node, range } : node);
  }

  /** Edges to unknown nodes are dropped, so every edge's ends exist. */
  addEdge(kind: FlowEdgeKind, source: string | undefined, target: string | undefined, label?: string): void {
    if (!source || !target || !this.nodeIds.has(source) || !this.nodeIds.has(target)) return;
    const id = `${kind}:${source}->${target}`;
    if (this.edgeIds.has(id)) return;
    this.edgeIds.add(id);
    this.edges.push(label ? { id, source, target, kind, label } : { id, source, target, kind });
  }
}

interface OperationPlace {
  id: string;
  path: string[];
}

/** 3.x operations are keyed; 2.x ones live under their channel as publish/subscribe. */
function operationPlace(operation: OperationInterface, isV2: boolean): OperationPlace {
  if (!isV2) return { id: `operation:${operation.id() ?? ''}`, path: ['operations', operation.id() ?? ''] };
  const path = pointerTokens(operation.meta('pointer'));
  return { id: `operation:${path.slice(1).join('/')}`, path };
}

/**
 * Message nodes are keyed by their component name when they are one (so every $ref to it is
 * one node), else by the pointer of their first use.
 */
function messagePlace(message: MessageInterface, components: Map<unknown, string>): OperationPlace {
  const key = components.get(message.json());
  if (key !== undefined) return { id: `message:${key}`, path: ['components', 'messages', key] };
  const pointer = message.meta('pointer');
  return { id: `message:${pointer}`, path: pointerTokens(pointer) };
}

/**
 * Channels are matched by id, not by object: the parser's id is the channel's key in both
 * versions, while 3.x operation traits leave `operation.channels()` holding a merged copy.
 */
function channelId(channel: ChannelInterface): string {
  return `channel:${channel.id()}`;
}

function componentMessages(document: AsyncAPIDocumentInterface): Map<unknown, string> {
  const raw = document.json() as { components?: { messages?: Record<string, unknown> } };
  const byJson = new Map<unknown, string>();
  for (const [key, value] of Object.entries(raw.components?.messages ?? {})) byJson.set(value, key);
  return byJson;
}

/**
 * Turns a parsed document into the topology graph: application → send operation → channel →
 * receive operation → application, servers hosting channels, channels carrying messages, and
 * operations pointing at their reply channel.
 * @remarks The application sits at both ends of the flow, so a document that both sends and
 * receives makes a cycle; layout keeps the application on the left then.
 */
export function deriveGraph(document: AsyncAPIDocumentInterface, locate?: Locate): FlowGraph {
  const b = new GraphBuilder(locate);
  const isV2 = document.version().startsWith('2.');
  const info = document.info();
  b.addNode(
    { id: APPLICATION_ID, kind: 'application', label: info.title(), facts: applicationFacts(document) },
    ['info'],
  );

  for (const server of document.servers()) {
    const id = `server:${server.id()}`;
    b.addNode({ id, kind: 'server', label: server.id(), facts: serverFacts(server) }, ['servers', server.id()]);
  }

  for (const channel of document.channels()) {
    const id = channelId(channel);
    b.addNode({ id, kind: 'channel', label: channel.id(), facts: channelFacts(channel) }, ['channels', channel.id()]);
  }

  const components = componentMessages(document);
  const messageIds = new Map<unknown, string>();
  for (const message of document.messages()) {
    const place = messagePlace(message, components);
    messageIds.set(message.json(), place.id);
    const label = messageLabel(message, place.path[place.path.length - 1] ?? 'message');
    b.addNode({ id: place.id, kind: 'message', label, facts: messageFacts(message) }, place.path);
  }

  for (const channel of document.channels()) {
    const id = channelId(channel);
    for (const server of channel.servers()) b.addEdge('hosts', `server:${server.id()}`, id);
    for (const message of channel.messages()) b.addEdge('carries', id, messageIds.get(message.json()));
  }

  for (const operation of document.operations()) {
    const place = operationPlace(operation, isV2);
    const key = place.path[place.path.length - 1] ?? '';
    const label = isV2 ? operationLabel(operation, `${operation.action()} ${place.path[1] ?? ''}`) : key;
    b.addNode({ id: place.id, kind: 'operation', label, facts: operationFacts(operation) }, place.path);

    for (const channel of operation.channels()) {
      if (operation.isSend()) {
        b.addEdge('sends', APPLICATION_ID, place.id);
        b.addEdge('sends', place.id, channelId(channel));
      } else if (operation.isReceive()) {
        b.addEdge('receives', channelId(channel), place.id);
        b.addEdge('receives', place.id, APPLICATION_ID);
      }
    }
    addReply(b, operation, place);
  }

  return { nodes: b.nodes, edges: b.edges };
}

/** A reply with a channel points at it; a reply with only a runtime address gets its own node. */
function addReply(b: GraphBuilder, operation: OperationInterface, place: OperationPlace): void {
  const reply = operation.reply();
  if (!reply) return;
  const location = reply.address()?.location();
  const channel = reply.channel();
  if (channel) {
    b.addEdge('reply', place.id, channelId(channel), location ?? 'reply');
    return;
  }
  if (!location) return;
  const id = `reply-address:${place.id.slice('operation:'.length)}`;
  b.addNode(
    { id, kind: 'channel', label: location, facts: [{ label: 'reply address', value: location }] },
    [...place.path, 'reply', 'address'],
  );
  b.addEdge('reply', place.id, id, 'reply');
}
