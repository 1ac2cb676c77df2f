import { layoutInputOf, layoutKey } from '@/lib/graph/elkLayout';
import { foldGraph } from '@/lib/graph/foldGraph';
import type { GraphView } from '@/lib/graph/graphView';
import type { LayoutClient } from '@/workers/layoutClient';
import type { GraphPicture } from './layoutSlice';
import type { StudioStore } from './store';
import type { StudioState } from './studioState';

/**
 * From this many cards a graph seen for the first time is drawn at once with a provisional layout while ELK
 * works (seconds on a thousand cards); smaller graphs wait for ELK's picture (well under a second).
 */
export const QUICK_FIRST_FROM = 150;

interface LayoutSource {
  open: boolean;
  fileId: string;
  version: number | undefined;
  view: GraphView | undefined;
  expanded: string[];
}

const selectLayoutSource = (s: StudioState): LayoutSource => {
  const lastValid = s.analyses[s.activeId]?.lastValid;
  return { open: s.panels.visualizer, fileId: s.activeId, version: lastValid?.version, view: lastValid?.views.graph, expanded: s.expandedStacks };
};

const sameSource = (a: LayoutSource, b: LayoutSource) =>
  a.open === b.open && a.fileId === b.fileId && a.version === b.version && a.view === b.view && a.expanded === b.expanded;

/**
 * Lays out the visualizer's graph in the layout worker whenever its structure, card sizes or open stacks
 * change (label edits that still fit keep the layout, so the picture does not move). A layout that fails or
 * times out is kept as a message in the picture; the analysis and the other panels never wait on it.
 * Returns the disposer.
 */
export function startLayoutEffects(store: StudioStore, client: LayoutClient): () => void {
  const run = (source: LayoutSource) => {
    const { open, fileId, version, view, expanded } = source;
    if (!open || !view || view.error || version === undefined) {
      if (store.getState().graphPicture !== null && (!view || view.error)) store.getState().setGraphPicture(null);
      return;
    }
    const { graph, hiddenIn } = foldGraph(view.graph, new Set(expanded));
    const { input, hidden } = layoutInputOf(graph);
    const key = layoutKey(input);
    const current = store.getState().graphPicture;
    const sameLayout = current?.key === key && current.fileId === fileId;
    if (sameLayout) {
      // Same cards and edges: new labels and facts on the layout already made (or being made).
      store.getState().setGraphPicture({ ...current, version, signature: view.signature, graph, hiddenIn, hidden });
      return;
    }
    const previous = current?.fileId === fileId && current.status !== 'failed' && !current.provisional ? current.layout : undefined;
    store.getState().setGraphPicture({ fileId, version, signature: view.signature, key, graph, hiddenIn, hidden, status: 'running', layout: previous });
    const stillWanted = (now: GraphPicture | null): now is GraphPicture => now !== null && now.key === key && now.fileId === fileId;
    if (!previous && input.nodes.length >= QUICK_FIRST_FROM) {
      // Runs before ELK's job (one job at a time in the worker), so the first picture comes in milliseconds.
      void client.layout(version, input, { quick: true }).then((outcome) => {
        const now = store.getState().graphPicture;
        if (!stillWanted(now) || now.status !== 'running' || now.layout || outcome.kind !== 'done') return;
        store.getState().setGraphPicture({ ...now, layout: outcome.result, provisional: true });
      });
    }
    void client.layout(version, input).then((outcome) => {
      const now = store.getState().graphPicture;
      if (!stillWanted(now) || outcome.kind === 'superseded') return;
      if (outcome.kind === 'done') store.getState().setGraphPicture({ ...now, status: 'done', layout: outcome.result, provisional: undefined, reason: undefined });
      else store.getState().setGraphPicture({ ...now, status: 'failed', layout: undefined, provisional: undefined, reason: outcome.reason });
    });
  };
  const unsubscribe = store.subscribe(selectLayoutSource, run, { equalityFn: sameSource });
  run(selectLayoutSource(store.getState()));
  return unsubscribe;
}
