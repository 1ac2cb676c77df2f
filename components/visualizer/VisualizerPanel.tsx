'use client';

import '@xyflow/react/dist/style.css';
import './visualizer.css';
import { ReactFlowProvider } from '@xyflow/react';
import { selectShowsOlderVersion, selectGraphView, selectStatusState } from '@/state/selectors';
import { useStudio } from '@/state/useStudio';
import { GraphCanvas } from './GraphCanvas';
import { GraphExportButtons } from './GraphExportButtons';

/** Who produces and who consumes what: the document's topology as a graph beside the editor. */
export default function VisualizerPanel() {
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
        <GraphExportButtons view={empty ? undefined : view} />
        {stale && view ? (
          <span className="visualizer-stale" data-testid="visualizer-stale" role="status">
            Out of date: the text has errors, showing the last valid version
          </span>
        ) : null}
      </header>
      <div className={`visualizer-body${stale ? ' is-stale' : ''}`}>
        {message ? (
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
