import type { FlowNode } from './flowGraph';

export interface NodeSize {
  width: number;
  height: number;
}

/** A node's box, top-left corner first (React Flow's `position`), in graph pixels. */
export interface NodeBox extends NodeSize {
  x: number;
  y: number;
}

export interface Point {
  x: number;
  y: number;
}

// Rough text metrics of the node card (visualizer.css: 13px label, 11px facts); the card ellipsizes past MAX_WIDTH.
const LABEL_CHAR = 8;
const FACT_CHAR = 6.5;
const PADDING_X = 32;
const HEADER = 38;
const FACT_LINE = 18;
const MIN_WIDTH = 160;
const MAX_WIDTH = 320;

/** Estimates a node card's size from its text; long lines are expected to be ellipsized at MAX_WIDTH. */
export function estimateNodeSize(node: Pick<FlowNode, 'label' | 'facts' | 'folds'>): NodeSize {
  const factWidth = Math.max(0, ...node.facts.map((f) => (f.label.length + f.value.length + 2) * FACT_CHAR));
  const text = Math.max(node.label.length * LABEL_CHAR, factWidth) + PADDING_X;
  return {
    width: Math.round(Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, text))),
    // An opened stack's channel has a line more: its Fold button.
    height: HEADER + (node.facts.length + (node.folds?.expanded ? 1 : 0)) * FACT_LINE + 8,
  };
}
