import { createJobClient, mapOutcome } from './jobClient';
import type { JobClientOptions, JobOutcome } from './jobClient';
import type { CompareOutcome } from '@/lib/diff/compareTexts';
import type { CompareRequest, CompareWorkerRequest, CompareWorkerResponse } from './protocol';

export interface CompareClient {
  compare(request: Omit<CompareRequest, 'type' | 'id'>): Promise<JobOutcome<CompareOutcome>>;
  dispose(): void;
}

/** The one owner of the compare worker; the worker starts with the first comparison. */
export function createCompareClient(options: JobClientOptions = {}): CompareClient {
  const jobs = createJobClient<CompareWorkerRequest, CompareWorkerResponse>(
    {
      job: 'The comparison',
      createWorker: () => new Worker(new URL('./compare.worker.ts', import.meta.url), { type: 'module', name: 'compare' }),
      // Two parses of a 300-channel document take seconds each on a busy 2-core machine; a minute is a hang.
      timeoutMs: 60_000,
    },
    options,
  );
  return {
    compare: async (request) => mapOutcome(await jobs.run({ ...request, type: 'compare' }), (r) => r.result),
    dispose: () => jobs.dispose(),
  };
}
