'use client';

import '@xyflow/react/dist/style.css';
import './visualizer.css';
import { ReactFlowProvider } from '@xyflow/react';
import { UpgradeOffer } from '@/components/inspector/UpgradeOffer';
import { selectShowsOlderVersion, selectGraphView, selectIsBlank, selectStatusState } from '@/state/selectors';
import { useStudio, useStudioStore } from '@/state/useStudio';
import { GraphAddMenu } from './GraphAddMenu';
import { GraphCanvas } from './GraphCanvas';
import { GraphExportButtons } from './GraphExportButtons';

/** Who produces and who consumes what: the document's topology as a graph beside the editor. */
export default function VisualizerPanel() {
  const store = useStudioStore();
  const blank = useStudio(selectIsBlank);
  const view = useStudio(selectGraphView);
  const stale = useStudio(selectShowsOlderVersion);
  const status = useStudio(selectStatusState);
  const empty = !view || view.graph.nodes.length === 0;

  let message: string | null = null;
  if (view?.error) message = `The graph could not be drawn: ${view.error}`;
  else if (!view) message = status === 'invalid' ? 'The graph appears once the document parses without errors.' : 'Building the graph…';

  return (
    <section className="visualizer" data-testid="visualizer" aria-label="Visualizer">
      <header className="panel-header visualizer-header">
        <h2>Visualizer</h2>
        {view && !view.error ? <span className="panel-count">{view.graph.nodes.length} nodes</span> : null}
        {/* Exports sit left: the studio's toasts appear at the top right. */}
        <GraphAddMenu />
        <GraphExportButtons view={empty ? undefined : view} />
        {stale && view ? (
          <span className="visualizer-stale" data-testid="visualizer-stale" role="status">
            Out of date: the text has errors, showing the last valid version
          </span>
        ) : null}
      </header>
      <UpgradeOffer />
      <div className={`visualizer-body${stale ? ' is-stale' : ''}`}>
        {blank ? (
          <div className="panel-placeholder visualizer-empty">
            <p>The document is empty. Add a server, channel, operation or message with + Add, or let the guide build a first version.</p>
            <button type="button" className="button button-primary" data-testid="visualizer-start-guide" onClick={() => store.getState().openDialog('guide')}>
              Start the new API guide
            </button>
          </div>
        ) : message ? (
          <p className="panel-placeholder">{message}</p>
        ) : view ? (
          <ReactFlowProvider>
            <GraphCanvas view={view} />
          </ReactFlowProvider>
        ) : null}
      </div>
    </section>
  );
}
