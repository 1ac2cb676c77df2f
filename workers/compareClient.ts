import { LatestJobRunner } from './latestJobRunner';
import type { JobFailure } from './latestJobRunner';
import type { CompareRequest, CompareResponse, CompareWorkerRequest, CompareWorkerResponse } from './protocol';

export interface CompareClient {
  compare(request: Omit<CompareRequest, 'type' | 'id'>): void;
  dispose(): void;
}

/** The one owner of the compare worker, created when the comparison view first opens. */
export function createCompareClient(onResult: (response: CompareResponse) => void, onFailure: (failure: JobFailure) => void): CompareClient {
  let nextId = 1;
  const runner = new LatestJobRunner<CompareWorkerRequest, CompareWorkerResponse>({
    createWorker: () => new Worker(new URL('./compare.worker.ts', import.meta.url), { type: 'module', name: 'compare' }),
    // Two parses of a 300-channel document take seconds each on a busy 2-core machine; a minute is a hang.
    timeoutMs: 60_000,
    onResult: (response) => {
      if (response.type === 'compare-result') onResult(response);
    },
    onFailure,
  });
  return {
    compare: (request) => runner.submit({ ...request, type: 'compare', id: nextId++ }),
    dispose: () => runner.dispose(),
  };
}
