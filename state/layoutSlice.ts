import type { StateCreator } from 'zustand';
import type { GraphLayout, HiddenEdges } from '@/lib/graph/elkLayout';
import type { FlowGraph } from '@/lib/graph/flowGraph';
import * as side from '@/lib/layout/sideLayout';
import type { StudioState } from './studioState';
import { PANEL_NAMES } from './uiSlice';

/** What the visualizer draws: the active file's graph as folded, and its layout from the layout worker. */
export interface GraphPicture {
  fileId: string;
  version: number;
  /** The unfolded graph's structure (GraphView.signature): the view is framed again when it changes. */
  signature: string;
  /** `layoutKey` of the layout input: equal keys, same layout. */
  key: string;
  /** The graph with many-message channels folded into stacks (lib/graph/foldGraph). */
  graph: FlowGraph;
  /** Message ids drawn only inside a stack, with that stack's id. */
  hiddenIn: Record<string, string>;
  /** Links left out of the picture (hub links), by what they link. */
  hidden: HiddenEdges;
  status: 'running' | 'done' | 'failed';
  /** The layout for `key` once done; while running, the previous one (cards it has no box for wait). */
  layout?: GraphLayout;
  /** Why the layout failed (a timeout names the limit). */
  reason?: string;
}

export interface LayoutSlice {
  graphPicture: GraphPicture | null;
  /** Ids of the message stacks the user opened. */
  expandedStacks: string[];
  toggleStack: (stackId: string) => void;
  openStack: (stackId: string) => void;
  /**
   * Shows the inspector for a card clicked in the graph without hiding the graph: opened fresh, it goes to the
   * other pane (below the graph); already open in the graph's own pane, it stays a tab behind it.
   */
  showInspectorBesideGraph: () => void;
  /** For the layout effects (state/layoutEffects.ts) only. */
  setGraphPicture: (picture: GraphPicture | null) => void;
}

export const createLayoutSlice: StateCreator<StudioState, [['zustand/subscribeWithSelector', never]], [], LayoutSlice> = (set) => ({
  graphPicture: null,
  expandedStacks: [],
  toggleStack: (stackId) =>
    set((s) => ({ expandedStacks: s.expandedStacks.includes(stackId) ? s.expandedStacks.filter((id) => id !== stackId) : [...s.expandedStacks, stackId] })),
  openStack: (stackId) => set((s) => (s.expandedStacks.includes(stackId) ? s : { expandedStacks: [...s.expandedStacks, stackId] })),
  setGraphPicture: (graphPicture) => set({ graphPicture }),
  showInspectorBesideGraph: () =>
    set((s) => {
      const current = { open: s.panels, layout: s.sideLayout };
      const paneOf = (a: typeof current, name: 'inspector' | 'visualizer') => side.paneOf(a.open, a.layout, PANEL_NAMES, name);
      if (!s.panels.visualizer) return arrangementOf(side.showPanel(current, PANEL_NAMES, 'inspector'));
      if (s.panels.inspector) {
        return paneOf(current, 'inspector') === paneOf(current, 'visualizer') ? s : arrangementOf(side.showPanel(current, PANEL_NAMES, 'inspector'));
      }
      let next = side.showPanel(current, PANEL_NAMES, 'inspector');
      if (paneOf(next, 'inspector') === paneOf(next, 'visualizer')) next = side.movePanel(next, PANEL_NAMES, 'inspector');
      const graphPane = paneOf(next, 'visualizer');
      const active: [(typeof next.layout.active)[0], (typeof next.layout.active)[1]] = [...next.layout.active];
      active[graphPane] = 'visualizer';
      return arrangementOf({ open: next.open, layout: { ...next.layout, active } });
    }),
});

function arrangementOf(a: side.Arrangement<(typeof PANEL_NAMES)[number]>): Pick<StudioState, 'panels' | 'sideLayout'> {
  return { panels: a.open, sideLayout: a.layout };
}
