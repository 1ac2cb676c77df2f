'use client';

import { edgeDash } from '@/lib/graph/edgeStyle';
import type { HiddenEdges } from '@/lib/graph/elkLayout';
import type { FlowEdgeKind } from '@/lib/graph/flowGraph';

// Short words, so the legend stays one line in a narrow panel; the edges' own names say it in full.
const LEGEND: Array<[FlowEdgeKind, string]> = [
  ['sends', 'sends'],
  ['receives', 'receives'],
  ['carries', 'carries'],
  ['hosts', 'hosts'],
  ['reply', 'reply'],
];

function hiddenNote(hidden: HiddenEdges): { short: string; full: string } | null {
  const parts: string[] = [];
  if (hidden.application) parts.push(`${hidden.application} application links`);
  if (hidden.hosts) parts.push(`${hidden.hosts} server links`);
  if (parts.length === 0) return null;
  return {
    short: `Hidden: ${parts.join(', ')}`,
    full: `Hidden to keep the graph readable: ${parts.join(' and ')} (each operation card says whether it sends or receives). The exports include them.`,
  };
}

/** What each line means (colour and dash, so it reads without colour too), and which links are left out. Below the canvas, never over it. */
export function GraphLegend({ hidden }: { hidden: HiddenEdges }) {
  const note = hiddenNote(hidden);
  return (
    <div className="visualizer-legend" data-testid="graph-legend">
      <ul aria-label="Edge legend">
        {LEGEND.map(([kind, word]) => (
          <li key={kind} className={`graph-legend-${kind}`}>
            <svg width="26" height="8" aria-hidden="true">
              <line x1="1" y1="4" x2="25" y2="4" stroke={`var(--vis-edge-${kind})`} strokeWidth="2" strokeDasharray={edgeDash(kind)} />
            </svg>
            {word}
          </li>
        ))}
      </ul>
      {note ? (
        <p className="visualizer-note" data-testid="graph-hidden-links" title={note.full}>
          <span aria-hidden="true">{note.short}</span>
          <span className="visually-hidden">{note.full}</span>
        </p>
      ) : null}
    </div>
  );
}
