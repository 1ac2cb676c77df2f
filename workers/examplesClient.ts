import type { Diagnostic } from '@/lib/analysis/diagnostic';
import { createJobClient, mapOutcome } from './jobClient';
import type { JobClientOptions, JobOutcome } from './jobClient';
import type { ExamplesRequest, ExamplesWorkerRequest, ExamplesWorkerResponse } from './protocol';

export interface ExamplesClient {
  /** Checks the examples of a version of the document; a newer call supersedes one still waiting. */
  run(request: Omit<ExamplesRequest, 'type' | 'id'>): Promise<JobOutcome<Diagnostic[]>>;
  dispose(): void;
}

/** What the studio calls the example check in what it tells the user (failures start with it). */
export const EXAMPLES_JOB = 'The example check';

/** The one owner of the example-check worker; the worker starts with the first run. */
export function createExamplesClient(options: JobClientOptions = {}): ExamplesClient {
  const jobs = createJobClient<ExamplesWorkerRequest, ExamplesWorkerResponse>(
    {
      job: EXAMPLES_JOB,
      createWorker: () => new Worker(new URL('./examples.worker.ts', import.meta.url), { type: 'module', name: 'examples' }),
      // Its own parse (no rules) and the examples of a 300-channel document take well under a second.
      timeoutMs: 10_000,
    },
    options,
  );
  return {
    run: async (request) => mapOutcome(await jobs.run({ ...request, type: 'examples' }), (r) => r.diagnostics),
    dispose: () => jobs.dispose(),
  };
}
