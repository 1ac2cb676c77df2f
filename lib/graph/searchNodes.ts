import type { FlowNode } from './flowGraph';

/**
 * Nodes whose name matches the query, best first: the whole name, then names starting with it, then names
 * containing it, then ids containing it (`channel:…`); case-insensitive, in graph order within each rank.
 */
export function searchNodes(nodes: ReadonlyArray<FlowNode>, query: string, limit = 50): FlowNode[] {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  const ranked: Array<{ node: FlowNode; rank: number; order: number }> = [];
  nodes.forEach((node, order) => {
    const label = node.label.toLowerCase();
    const rank = label === q ? 0 : label.startsWith(q) ? 1 : label.includes(q) ? 2 : node.id.toLowerCase().includes(q) ? 3 : -1;
    if (rank >= 0) ranked.push({ node, rank, order });
  });
  ranked.sort((a, b) => a.rank - b.rank || a.order - b.order);
  return ranked.slice(0, limit).map((r) => r.node);
}
