'use client';

import { EDGE_TITLES, edgeDash } from '@/lib/graph/edgeStyle';
import type { HiddenEdges } from '@/lib/graph/elkLayout';
import type { FlowEdgeKind } from '@/lib/graph/flowGraph';

const KINDS: FlowEdgeKind[] = ['sends', 'receives', 'carries', 'hosts', 'reply'];

function hiddenNote(hidden: HiddenEdges): string | null {
  const parts: string[] = [];
  if (hidden.application) parts.push(`${hidden.application} application ↔ operation links (each operation says whether it sends or receives)`);
  if (hidden.hosts) parts.push(`${hidden.hosts} server → channel links`);
  return parts.length ? `Hidden to keep the graph readable: ${parts.join('; ')}. The exports include them.` : null;
}

/** What each line means (colour and dash, so it reads without colour too), and which links are left out. Below the canvas, never over it. */
export function GraphLegend({ hidden }: { hidden: HiddenEdges }) {
  const note = hiddenNote(hidden);
  return (
    <div className="visualizer-legend" data-testid="graph-legend">
      <ul aria-label="Edge legend">
        {KINDS.map((kind) => (
          <li key={kind} className={`graph-legend-${kind}`}>
            <svg width="26" height="8" aria-hidden="true">
              <line x1="1" y1="4" x2="25" y2="4" stroke={`var(--vis-edge-${kind})`} strokeWidth="2" strokeDasharray={edgeDash(kind)} />
            </svg>
            {EDGE_TITLES[kind]}
          </li>
        ))}
      </ul>
      {note ? (
        <p className="visualizer-note" data-testid="graph-hidden-links">
          {note}
        </p>
      ) : null}
    </div>
  );
}
