import { Position } from '@xyflow/react';
import type { NodeHandle } from '@xyflow/react';

// Where GraphNodeCard's 1 px handles sit (see .graph-handle and the card's 1.5 px border), so React Flow
// need not render and measure every node to learn them: with no handle bounds, it renders all nodes once
// even with onlyRenderVisibleElements (1,200 cards on 300 channels).
const BORDER = 1.5;
const SIZE = 1;

const SIDES = [
  ['top', Position.Top],
  ['right', Position.Right],
  ['bottom', Position.Bottom],
  ['left', Position.Left],
] as const;

function offset(side: (typeof SIDES)[number][0], width: number, height: number): { x: number; y: number } {
  const middleX = width / 2 - SIZE / 2;
  const middleY = height / 2 - SIZE / 2;
  switch (side) {
    case 'top':
      return { x: middleX, y: BORDER - SIZE / 2 };
    case 'bottom':
      return { x: middleX, y: height - BORDER - SIZE / 2 };
    case 'left':
      return { x: BORDER - SIZE / 2, y: middleY };
    case 'right':
      return { x: width - BORDER - SIZE / 2, y: middleY };
  }
}

/** The card's eight handles (`s-<side>` sources, `t-<side>` targets) for a card of this size, node-relative. */
export function cardHandles(width: number, height: number): NodeHandle[] {
  return SIDES.flatMap(([side, position]) => {
    const at = offset(side, width, height);
    return [
      { id: `s-${side}`, type: 'source' as const, position, width: SIZE, height: SIZE, ...at },
      { id: `t-${side}`, type: 'target' as const, position, width: SIZE, height: SIZE, ...at },
    ];
  });
}
