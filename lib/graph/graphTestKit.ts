import type { AsyncAPIDocumentInterface } from '@asyncapi/parser';
import { createParser } from '@/lib/analysis/createParser';
import { createLocate } from '@/lib/analysis/locate';
import type { RangeSource } from '@/lib/analysis/locate';
import { corpusPath, readCorpus } from '@/lib/testing/corpus';
import { deriveGraph } from './deriveGraph';
import type { FlowEdge, FlowGraph, FlowNode, FlowNodeKind } from './flowGraph';

// Test vocabulary for lib/graph: parse real text with the studio's parser, then read the graph.

export interface ParsedGraph {
  text: string;
  document: AsyncAPIDocumentInterface;
  graph: FlowGraph;
}

/** `source` is the file's path, so relative $refs to other files resolve. */
export async function graphOfText(text: string, source?: string): Promise<ParsedGraph> {
  const { document, extras, diagnostics } = await createParser().parse(text, source ? { source } : {});
  if (!document || !extras) {
    const errors = diagnostics.filter((d) => d.severity === 0).map((d) => d.message);
    throw new Error(`document did not parse: ${errors.join('; ')}`);
  }
  const locate = createLocate(extras.document as unknown as RangeSource);
  return { text, document, graph: deriveGraph(document, locate) };
}

export function graphOfCorpus(relative: string): Promise<ParsedGraph> {
  return graphOfText(readCorpus(relative), corpusPath(relative));
}

export function nodesOfKind(graph: FlowGraph, kind: FlowNodeKind): FlowNode[] {
  return graph.nodes.filter((n) => n.kind === kind);
}

export function nodeById(graph: FlowGraph, id: string): FlowNode {
  const node = graph.nodes.find((n) => n.id === id);
  if (!node) throw new Error(`no node ${id}; have ${graph.nodes.map((n) => n.id).join(', ')}`);
  return node;
}

export function edgeBetween(graph: FlowGraph, source: string, target: string): FlowEdge | undefined {
  return graph.edges.find((e) => e.source === source && e.target === target);
}

/** 1-based number of the first line at or after `after` that starts with `prefix`. */
export function lineOf(text: string, prefix: string, after = 0): number {
  const lines = text.split('\n');
  const index = lines.findIndex((l, i) => i >= after && l.startsWith(prefix));
  if (index < 0) throw new Error(`no line starting with ${JSON.stringify(prefix)}`);
  return index + 1;
}
