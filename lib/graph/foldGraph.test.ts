import { describe, expect, it } from 'vitest';
import type { FlowGraph } from './flowGraph';
import { FOLD_AT, foldGraph, stackIdOf } from './foldGraph';

/** Channel `busy` carries `count` messages; `quiet` carries m0 too and one of its own. */
function graphWith(count: number): FlowGraph {
  const messages = Array.from({ length: count }, (_, i) => ({ id: `message:m${i}`, kind: 'message' as const, label: `m${i}`, facts: [] }));
  return {
    nodes: [
      { id: 'channel:busy', kind: 'channel', label: 'busy', facts: [] },
      { id: 'channel:quiet', kind: 'channel', label: 'quiet', facts: [] },
      { id: 'message:own', kind: 'message', label: 'own', facts: [] },
      ...messages,
    ],
    edges: [
      ...messages.map((m) => ({ id: `carries:channel:busy->${m.id}`, source: 'channel:busy', target: m.id, kind: 'carries' as const })),
      { id: 'carries:channel:quiet->message:m0', source: 'channel:quiet', target: 'message:m0', kind: 'carries' },
      { id: 'carries:channel:quiet->message:own', source: 'channel:quiet', target: 'message:own', kind: 'carries' },
    ],
  };
}

describe('foldGraph', () => {
  it('leaves a channel with few messages alone', () => {
    const graph = graphWith(FOLD_AT);
    expect(foldGraph(graph)).toEqual({ graph, hiddenIn: {} });
  });

  it('folds many messages of one channel into one stack card, keeping a message another channel shows', () => {
    const { graph, hiddenIn } = foldGraph(graphWith(47));
    const stack = stackIdOf('channel:busy');
    expect(graph.nodes.map((n) => n.id).sort()).toEqual(['channel:busy', 'channel:quiet', 'message:m0', 'message:own', stack].sort());
    expect(graph.nodes.find((n) => n.id === stack)).toMatchObject({ kind: 'message', label: '47 messages', stack: { channel: 'channel:busy', count: 47 } });
    expect(graph.nodes.find((n) => n.id === 'channel:busy')?.folds).toEqual({ stack, count: 47, expanded: false });
    expect(graph.edges.map((e) => e.id).sort()).toEqual(
      ['carries:channel:busy->stack:channel:busy', 'carries:channel:quiet->message:m0', 'carries:channel:quiet->message:own'].sort(),
    );
    expect(hiddenIn['message:m46']).toBe(stack);
    expect(hiddenIn['message:m0']).toBeUndefined();
    expect(Object.keys(hiddenIn)).toHaveLength(46);
  });

  it('shows every message of an expanded stack, the channel keeping its toggle', () => {
    const stack = stackIdOf('channel:busy');
    const { graph, hiddenIn } = foldGraph(graphWith(47), new Set([stack]));
    expect(graph.nodes.filter((n) => n.kind === 'message')).toHaveLength(48);
    expect(graph.nodes.some((n) => n.id === stack)).toBe(false);
    expect(graph.nodes.find((n) => n.id === 'channel:busy')?.folds).toEqual({ stack, count: 47, expanded: true });
    expect(hiddenIn).toEqual({});
  });
});
