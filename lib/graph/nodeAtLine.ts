import type { FlowNode } from './flowGraph';

/**
 * The innermost node whose source range holds `line` (1-based), e.g. the operation, not the whole
 * `operations:` block; undefined when the line is in no node.
 */
export function nodeAtLine(nodes: ReadonlyArray<FlowNode>, line: number): FlowNode | undefined {
  let best: FlowNode | undefined;
  let bestSpan = Infinity;
  for (const node of nodes) {
    const range = node.range;
    if (!range || line < range.startLine || line > range.endLine) continue;
    const span = range.endLine - range.startLine;
    if (span < bestSpan) {
      best = node;
      bestSpan = span;
    }
  }
  return best;
}
