import { elkLayout } from '@/lib/graph/elkLayout';
import type { LayoutRequest, LayoutResponse } from './protocol';

/** The layout worker's one job, apart from its entry file so tests run it in-process. */
export async function handleLayoutRequest({ id, version, input }: LayoutRequest): Promise<LayoutResponse> {
  const started = performance.now();
  const layout = await elkLayout(input);
  return { type: 'layout-result', id, version, layout, elapsedMs: performance.now() - started };
}
