import type { GraphLayout, LayoutInput } from '@/lib/graph/elkLayout';
import { createJobClient, mapOutcome } from './jobClient';
import type { JobClientOptions, JobOutcome } from './jobClient';
import type { LayoutWorkerRequest, LayoutWorkerResponse } from './protocol';

export interface LayoutClient {
  /**
   * Lays out a graph of the document at `version`; a newer layout supersedes a queued one. `quick`: the
   * provisional layout of lib/graph/quickLayout.ts, in milliseconds, without loading ELK.
   */
  layout(version: number, input: LayoutInput, options?: { quick?: boolean }): Promise<JobOutcome<GraphLayout>>;
  dispose(): void;
}

/**
 * ELK lays out 300 channels (1,200 cards) in 1–3 s on a busy 2-core machine; a graph still running after
 * this long is one the visualizer cannot draw, and the worker is stopped.
 */
export const LAYOUT_TIMEOUT_MS = 20_000;

/** The one owner of the layout worker; the worker starts with the first layout. */
export function createLayoutClient(options: JobClientOptions = {}): LayoutClient {
  const jobs = createJobClient<LayoutWorkerRequest, LayoutWorkerResponse>(
    {
      job: 'The graph layout',
      createWorker: () => new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module', name: 'layout' }),
      timeoutMs: LAYOUT_TIMEOUT_MS,
    },
    options,
  );
  return {
    layout: async (version, input, options) => mapOutcome(await jobs.run({ type: 'layout', version, input, ...(options?.quick ? { quick: true } : {}) }), (r) => r.layout),
    dispose: () => jobs.dispose(),
  };
}
