'use client';

import dynamic from 'next/dynamic';

/** The visualizer panel, loaded on first show so the graph library stays out of the first page load. */
export const LazyVisualizer = dynamic(() => import('./VisualizerPanel'), {
  ssr: false,
  loading: () => <div className="panel-placeholder">Loading the visualizer…</div>,
});
