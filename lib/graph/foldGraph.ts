import type { FlowEdge, FlowGraph, FlowNode } from './flowGraph';

/** A channel carrying more messages than this shows them as one stack card until the user opens it. */
export const FOLD_AT = 6;

const STACK_PREFIX = 'stack:';

/** The stack card's id for a channel's messages. */
export function stackIdOf(channelId: string): string {
  return `${STACK_PREFIX}${channelId}`;
}

export function isStackId(id: string): boolean {
  return id.startsWith(STACK_PREFIX);
}

export interface FoldedGraph {
  graph: FlowGraph;
  /** Message ids drawn only inside a stack, with that stack's id (search opens it to show one). */
  hiddenIn: Record<string, string>;
}

/**
 * Folds the messages of every channel that carries more than FOLD_AT of them into one stack card, except
 * for the stacks in `expanded`. A message another (unfolded) channel also carries stays drawn there.
 * @remarks Pure and linear in the graph's size. The channel card gets `folds` (its toggle), the stack card `stack`.
 */
export function foldGraph(graph: FlowGraph, expanded: ReadonlySet<string> = new Set()): FoldedGraph {
  const carried = new Map<string, string[]>();
  for (const edge of graph.edges) {
    if (edge.kind !== 'carries') continue;
    const list = carried.get(edge.source);
    if (list) list.push(edge.target);
    else carried.set(edge.source, [edge.target]);
  }
  const folding = new Set<string>();
  for (const [channel, messages] of carried) if (messages.length > FOLD_AT && !expanded.has(stackIdOf(channel))) folding.add(channel);
  const foldable = new Set([...carried].filter(([, messages]) => messages.length > FOLD_AT).map(([channel]) => channel));
  if (foldable.size === 0) return { graph, hiddenIn: {} };

  // A message stays drawn while any channel that carries it is not folded.
  const shownBy = new Set<string>();
  for (const edge of graph.edges) if (edge.kind === 'carries' && !folding.has(edge.source)) shownBy.add(edge.target);
  const hiddenIn: Record<string, string> = {};
  for (const channel of folding) for (const message of carried.get(channel)!) if (!shownBy.has(message)) hiddenIn[message] ??= stackIdOf(channel);

  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const nodes: FlowNode[] = [];
  const edges: FlowEdge[] = [];
  for (const node of graph.nodes) {
    if (hiddenIn[node.id]) continue;
    if (!foldable.has(node.id)) {
      nodes.push(node);
      continue;
    }
    const messages = carried.get(node.id)!;
    const stack = stackIdOf(node.id);
    nodes.push({ ...node, folds: { stack, count: messages.length, expanded: !folding.has(node.id) } });
    if (!folding.has(node.id)) continue;
    const names = messages.slice(0, 3).map((id) => byId.get(id)?.label ?? id);
    nodes.push({
      id: stack,
      kind: 'message',
      label: `${messages.length} messages`,
      facts: [{ label: 'first', value: `${names.join(', ')}…` }],
      stack: { channel: node.id, count: messages.length },
    });
    edges.push({ id: `carries:${node.id}->${stack}`, source: node.id, target: stack, kind: 'carries' });
  }
  for (const edge of graph.edges) {
    if (hiddenIn[edge.source] || hiddenIn[edge.target]) continue;
    if (edge.kind === 'carries' && folding.has(edge.source)) continue;
    edges.push(edge);
  }
  return { graph: { nodes, edges }, hiddenIn };
}
