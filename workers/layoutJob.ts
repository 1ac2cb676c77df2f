import type ELK from 'elkjs/lib/elk.bundled.js';
import { elkLayout } from '@/lib/graph/elkLayout';
import { quickLayout } from '@/lib/graph/quickLayout';
import type { LayoutRequest, LayoutResponse } from './protocol';

let engine: Promise<InstanceType<typeof ELK>> | undefined;

/**
 * ELK's engine (1.6 MB of script) loads with the first full layout, so a quick first picture never waits for it.
 * Loaded in a worker, the engine claims `self.onmessage` (to serve as ELK's own worker), which would swallow
 * every later job: the jobs' handler is put back once it is made.
 */
function loadEngine(): Promise<InstanceType<typeof ELK>> {
  engine ??= (async () => {
    const serving = typeof self === 'undefined' ? undefined : self.onmessage;
    const { default: Engine } = await import('elkjs/lib/elk.bundled.js');
    const made = new Engine();
    if (serving !== undefined) self.onmessage = serving;
    return made;
  })();
  return engine;
}

/** The layout worker's one job, apart from its entry file so tests run it in-process. */
export async function handleLayoutRequest({ id, version, input, quick }: LayoutRequest): Promise<LayoutResponse> {
  const started = performance.now();
  const layout = quick ? quickLayout(input) : await elkLayout(input, await loadEngine());
  return { type: 'layout-result', id, version, layout, elapsedMs: performance.now() - started };
}
