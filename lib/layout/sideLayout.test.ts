import { describe, expect, it } from 'vitest';
import { closePanel, EMPTY_SIDE_LAYOUT, isSplit, movePanel, readArrangement, showPanel, showPanelBeside, shownIn, storedArrangement, tabsOf, togglePanel } from './sideLayout';
import type { Arrangement } from './sideLayout';

const ORDER = ['preview', 'visualizer', 'outline', 'lab'] as const;
type Name = (typeof ORDER)[number];

const closed = (): Arrangement<Name> => ({
  open: { preview: false, visualizer: false, outline: false, lab: false },
  layout: EMPTY_SIDE_LAYOUT,
});

function apply(state: Arrangement<Name>, ...steps: Array<[typeof showPanel | typeof movePanel | typeof closePanel | typeof togglePanel, Name]>) {
  return steps.reduce((s, [step, name]) => step(s, ORDER, name), state);
}

const panes = (s: Arrangement<Name>) => [tabsOf(s.open, s.layout, ORDER, 0), tabsOf(s.open, s.layout, ORDER, 1)];
const shown = (s: Arrangement<Name>) => [shownIn(s.open, s.layout, ORDER, 0), shownIn(s.open, s.layout, ORDER, 1)];

describe('side panels as tabs', () => {
  it('opens panels as tabs of one pane, the newest in front; showing an open one brings it forward', () => {
    const s = apply(closed(), [showPanel, 'visualizer'], [showPanel, 'preview']);
    expect(panes(s)).toEqual([['preview', 'visualizer'], []]);
    expect(shown(s)).toEqual(['preview', null]);
    expect(shown(apply(s, [showPanel, 'visualizer']))).toEqual(['visualizer', null]);
  });

  it('the toggle hides the panel in front, and brings a tab behind it forward instead of hiding it', () => {
    const s = apply(closed(), [showPanel, 'visualizer'], [showPanel, 'preview']);
    const forward = apply(s, [togglePanel, 'visualizer']);
    expect(forward.open.visualizer).toBe(true);
    expect(shown(forward)).toEqual(['visualizer', null]);
    const hidden = apply(forward, [togglePanel, 'visualizer']);
    expect(hidden.open.visualizer).toBe(false);
    expect(shown(hidden)).toEqual(['preview', null]);
  });

  it('moving a tab down splits the area; new panels go to the pane last used; an emptied pane joins the other', () => {
    let s = apply(closed(), [showPanel, 'preview'], [showPanel, 'visualizer'], [movePanel, 'visualizer']);
    expect(isSplit(s.open, s.layout, ORDER)).toBe(true);
    expect(panes(s)).toEqual([['preview'], ['visualizer']]);
    s = apply(s, [showPanel, 'lab']);
    expect(panes(s)).toEqual([['preview'], ['visualizer', 'lab']]);
    expect(shown(s)).toEqual(['preview', 'lab']);
    s = apply(s, [showPanel, 'preview'], [showPanel, 'outline']);
    expect(panes(s)).toEqual([['preview', 'outline'], ['visualizer', 'lab']]);
    s = apply(s, [closePanel, 'visualizer'], [closePanel, 'lab']);
    expect(isSplit(s.open, s.layout, ORDER)).toBe(false);
    expect(panes(s)).toEqual([['preview', 'outline'], []]);
    expect(s.layout.lower).toEqual([]);
  });

  it('moving the last tab of a pane back joins the panes and shows it', () => {
    const s = apply(closed(), [showPanel, 'preview'], [showPanel, 'visualizer'], [movePanel, 'visualizer'], [movePanel, 'visualizer']);
    expect(panes(s)).toEqual([['preview', 'visualizer'], []]);
    expect(shown(s)).toEqual(['visualizer', null]);
  });

  it('a single open panel cannot be split off alone', () => {
    const s = apply(closed(), [showPanel, 'preview']);
    expect(movePanel(s, ORDER, 'preview')).toBe(s);
  });

  it('names left in the lower list while the area is one pane do not split it when a panel opens', () => {
    const s: Arrangement<Name> = { ...apply(closed(), [showPanel, 'visualizer']), layout: { lower: ['visualizer'], active: [null, null], focus: 1 } };
    const next = apply(s, [showPanel, 'preview']);
    expect(isSplit(next.open, next.layout, ORDER)).toBe(false);
    expect(shown(next)).toEqual(['preview', null]);
  });
});

describe('a panel shown beside another', () => {
  it('opens in a second pane, so the panel the user works in stays in front', () => {
    const withGraph = showPanel(showPanel(closed(), ORDER, 'preview'), ORDER, 'visualizer');
    const beside = showPanelBeside(withGraph, ORDER, 'lab', 'visualizer');
    expect(panes(beside)).toEqual([['preview', 'visualizer'], ['lab']]);
    expect(shown(beside)).toEqual(['visualizer', 'lab']);
    // Outline opens where the user last was (beside lab, below); lab then moves up to stay beside it.
    const again = showPanelBeside(showPanel(beside, ORDER, 'outline'), ORDER, 'lab', 'outline');
    expect(shown(again)).toEqual(['lab', 'outline']);
  });

  it('leaves a lower-pane panel in place and shows the other above it', () => {
    const graphBelow = movePanel(showPanel(showPanel(closed(), ORDER, 'preview'), ORDER, 'visualizer'), ORDER, 'visualizer');
    const beside = showPanelBeside(graphBelow, ORDER, 'lab', 'visualizer');
    expect(panes(beside)).toEqual([['preview', 'lab'], ['visualizer']]);
    expect(shown(beside)).toEqual(['lab', 'visualizer']);
  });

  it('is a plain show when the panel to keep is not open', () => {
    expect(showPanelBeside(closed(), ORDER, 'lab', 'visualizer')).toEqual(showPanel(closed(), ORDER, 'lab'));
  });
});

describe('the arrangement in storage', () => {
  it('round-trips, and drops unknown names and broken fields', () => {
    const s = apply(closed(), [showPanel, 'preview'], [showPanel, 'lab'], [movePanel, 'lab']);
    expect(readArrangement(JSON.parse(JSON.stringify(storedArrangement(s, ORDER))), ORDER)).toEqual(s);
    expect(readArrangement({ open: ['preview', 'gone', 7], layout: { lower: ['x'], active: ['gone', 'lab'], focus: 9 } }, ORDER)).toEqual({
      open: { preview: true, visualizer: false, outline: false, lab: false },
      layout: { lower: [], active: [null, 'lab'], focus: 0 },
    });
    expect(readArrangement('nonsense', ORDER)).toBeNull();
  });
});
