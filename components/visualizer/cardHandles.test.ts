import { describe, expect, it } from 'vitest';
import { Position } from '@xyflow/react';
import { cardHandles } from './cardHandles';

describe('cardHandles', () => {
  it('gives a source and a target handle in the middle of each side, named as the card names them', () => {
    const handles = cardHandles(200, 80);
    expect(handles.map((h) => h.id).sort()).toEqual(
      ['s-bottom', 's-left', 's-right', 's-top', 't-bottom', 't-left', 't-right', 't-top'],
    );
    const centre = (id: string) => {
      const h = handles.find((x) => x.id === id)!;
      return { x: h.x + (h.width ?? 0) / 2, y: h.y + (h.height ?? 0) / 2, position: h.position };
    };
    // Inside the card's 1.5 px border, like the rendered handles.
    expect(centre('s-left')).toEqual({ x: 1.5, y: 40, position: Position.Left });
    expect(centre('t-right')).toEqual({ x: 198.5, y: 40, position: Position.Right });
    expect(centre('s-top')).toEqual({ x: 100, y: 1.5, position: Position.Top });
    expect(centre('t-bottom')).toEqual({ x: 100, y: 78.5, position: Position.Bottom });
    expect(handles.filter((h) => h.type === 'source')).toHaveLength(4);
  });
});
