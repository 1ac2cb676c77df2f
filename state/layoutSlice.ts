import type { StateCreator } from 'zustand';
import type { GraphLayout, HiddenEdges } from '@/lib/graph/elkLayout';
import type { FlowGraph } from '@/lib/graph/flowGraph';
import type { StudioState } from './studioState';

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
  /**
   * The layout for `key` once done; while running, the previous one (cards it has no box for wait), or for a
   * large graph's first picture a provisional one (`provisional`) until ELK's arrives.
   */
  layout?: GraphLayout;
  provisional?: boolean;
  /** Why the layout failed (a timeout names the limit). */
  reason?: string;
}

export interface LayoutSlice {
  graphPicture: GraphPicture | null;
  /** Ids of the message stacks the user opened. */
  expandedStacks: string[];
  toggleStack: (stackId: string) => void;
  openStack: (stackId: string) => void;
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
});
