'use client';

import { useEffect, useState } from 'react';
import type { ComponentType } from 'react';

// Loaded on first show, so the graph library stays out of the first page load. Not next/dynamic: its
// Suspense boundary makes React hold the loaded panel back until 300 ms after the placeholder showed
// (React's fallback throttle), which was most of the time to the first picture.
let loaded: ComponentType | null = null;
const load = () => import('./VisualizerPanel').then((m) => (loaded = m.default));

/** The visualizer panel, or a placeholder while its code loads. */
export function LazyVisualizer() {
  const [Panel, setPanel] = useState<ComponentType | null>(() => loaded);
  const [failure, setFailure] = useState<unknown>(null);
  useEffect(() => {
    if (Panel) return;
    let live = true;
    load().then(
      (component) => live && setPanel(() => component),
      (error: unknown) => live && setFailure(error ?? new Error('the visualizer could not be loaded')),
    );
    return () => {
      live = false;
    };
  }, [Panel]);
  // A chunk that failed to load goes to the panel's error boundary, as a render error would.
  if (failure) throw failure;
  return Panel ? <Panel /> : <div className="panel-placeholder">Loading the visualizer…</div>;
}
