'use client';

import '@xyflow/react/dist/style.css';
import './visualizer.css';
import { useCallback, useState } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import { UpgradeOffer } from '@/components/inspector/UpgradeOffer';
import { selectShowsOlderVersion, selectGraphView, selectGraphPicture, selectIsBlank, selectStatusState } from '@/state/selectors';
import { useStudio, useStudioStore } from '@/state/useStudio';
import { GraphAddMenu } from './GraphAddMenu';
import { GraphCanvas } from './GraphCanvas';
import type { FocusRequest } from './GraphCanvas';
import { GraphExportButtons } from './GraphExportButtons';
import { GraphLegend } from './GraphLegend';
import { GraphSearch } from './GraphSearch';

/** Who produces and who consumes what: the document's topology as a graph beside the editor. */
export default function VisualizerPanel() {
  const store = useStudioStore();
  const blank = useStudio(selectIsBlank);
  const view = useStudio(selectGraphView);
  const picture = useStudio(selectGraphPicture);
  const stale = useStudio(selectShowsOlderVersion);
  const status = useStudio(selectStatusState);
  const [focus, setFocus] = useState<FocusRequest | null>(null);
  const laidOut = picture?.status === 'done' && picture.layout ? { graph: picture.graph, ...picture.layout } : undefined;

  const focusOn = useCallback((id: string | null) => setFocus((f) => (id === null ? null : { id, seq: (f?.seq ?? 0) + 1 })), []);
  // A match folded into a message stack: open the stack, then centre the message once it is laid out.
  const find = (id: string) => {
    const stack = picture?.hiddenIn[id];
    if (stack) store.getState().openStack(stack);
    focusOn(id);
  };

  let message: string | null = null;
  if (view?.error) message = `The graph could not be drawn: ${view.error}`;
  else if (!view) message = status === 'invalid' ? 'The graph appears once the document parses without errors.' : 'Building the graph…';
  else if (picture?.status === 'failed') {
    message = `${picture.reason ?? 'The graph layout failed.'} The graph of this version is not drawn; the problems, the editor and the other panels work as usual.`;
  } else if (!picture?.layout) message = `Laying out ${view.graph.nodes.length} elements…`;

  return (
    <ReactFlowProvider>
      <section className="visualizer" data-testid="visualizer" aria-label="Visualizer" data-layout={picture?.status}>
        <header className="panel-header visualizer-header">
          <h2>Visualizer</h2>
          {view && !view.error ? <span className="panel-count">{view.graph.nodes.length} nodes</span> : null}
          {/* Exports sit left: the studio's toasts appear at the top right. */}
          <GraphAddMenu />
          <GraphExportButtons view={laidOut && laidOut.graph.nodes.length > 0 ? laidOut : undefined} />
          {view && !view.error && view.graph.nodes.length > 0 ? <GraphSearch nodes={view.graph.nodes} onFind={find} /> : null}
          {stale && view ? (
            <span className="visualizer-stale" data-testid="visualizer-stale" role="status">
              Out of date: the text has errors, showing the last valid version
            </span>
          ) : null}
        </header>
        <UpgradeOffer />
        <div className={`visualizer-body${stale ? ' is-stale' : ''}`}>
          {/* Over the canvas, not in the header: there it wrapped the header to a second line in a narrow pane,
              and the picture moved up when the final layout arrived. */}
          {picture?.status === 'running' && picture.layout ? (
            <span className="visualizer-busy" role="status">
              Laying out…
            </span>
          ) : null}
          {blank ? (
            <div className="panel-placeholder visualizer-empty">
              <p>The document is empty. Add a server, channel, operation or message with + Add, or let the guide build a first version.</p>
              <button type="button" className="button button-primary" data-testid="visualizer-start-guide" onClick={() => store.getState().openDialog('guide')}>
                Start the new API guide
              </button>
            </div>
          ) : message ? (
            <p className="panel-placeholder" data-testid={picture?.status === 'failed' ? 'visualizer-layout-failed' : undefined} role={picture?.status === 'failed' ? 'alert' : undefined}>
              {message}
            </p>
          ) : picture ? (
            <GraphCanvas picture={picture} focus={focus} onFocus={focusOn} />
          ) : null}
        </div>
        {picture?.layout && !message ? <GraphLegend hidden={picture.hidden} /> : null}
      </section>
    </ReactFlowProvider>
  );
}
