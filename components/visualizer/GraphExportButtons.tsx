'use client';

import { useState } from 'react';
import { exportFileName } from '@/lib/graph/exportName';
import type { LaidOutGraph } from '@/lib/graph/elkLayout';
import { useStudioStore } from '@/state/useStudio';
import { downloadBlob, pngOfView, svgOfView } from './exportGraph';
import { messageOf } from '@/lib/errors/messageOf';

function titleOf(view: LaidOutGraph): string | undefined {
  return view.graph.nodes.find((n) => n.kind === 'application')?.label;
}

/** Saves the graph as a picture: SVG (vector, from the data) or PNG (that SVG drawn on a canvas). */
export function GraphExportButtons({ view }: { view: LaidOutGraph | undefined }) {
  const store = useStudioStore();
  const [busy, setBusy] = useState(false);

  const exportSvg = () => {
    if (!view) return;
    const svg = svgOfView(view);
    downloadBlob(new Blob([svg.text], { type: 'image/svg+xml' }), exportFileName(titleOf(view), 'svg'));
  };

  const exportPng = async () => {
    if (!view) return;
    setBusy(true);
    try {
      downloadBlob(await pngOfView(view), exportFileName(titleOf(view), 'png'));
    } catch (error) {
      const reason = messageOf(error);
      store.getState().notify('error', `The PNG export failed: ${reason}. The SVG export still works.`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <button type="button" className="toolbar-button" data-testid="export-svg" aria-label="Export the graph as SVG" disabled={!view} onClick={exportSvg} title="Save the graph as an SVG picture">
        ⤓ SVG
      </button>
      <button type="button" className="toolbar-button" data-testid="export-png" aria-label="Export the graph as PNG" disabled={!view || busy} onClick={() => void exportPng()} title="Save the graph as a PNG picture">
        {busy ? '⤓ PNG…' : '⤓ PNG'}
      </button>
    </>
  );
}
