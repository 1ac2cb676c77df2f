import ELK from 'elkjs/lib/elk.bundled.js';
import { elkLayout } from '@/lib/graph/elkLayout';
import type { LayoutRequest, LayoutResponse } from './protocol';

// Made when this module loads, before serveJobs takes `self.onmessage`: ELK's engine, loaded in a worker,
// claims `self.onmessage` for itself (to serve as ELK's own worker), which would swallow every later job.
const elk = new ELK();

/** The layout worker's one job, apart from its entry file so tests run it in-process. */
export async function handleLayoutRequest({ id, version, input }: LayoutRequest): Promise<LayoutResponse> {
  const started = performance.now();
  const layout = await elkLayout(input, elk);
  return { type: 'layout-result', id, version, layout, elapsedMs: performance.now() - started };
}
