import { LatestJobRunner } from './latestJobRunner';
import type { JobFailure } from './latestJobRunner';
import type { LabCheckRequest, LabCheckResponse, LabWorkerRequest, LabWorkerResponse } from './protocol';

export interface LabClient {
  check(request: Omit<LabCheckRequest, 'type' | 'id'>): void;
  dispose(): void;
}

/** The one owner of the message lab's worker, created when the lab first checks something. */
export function createLabClient(onResult: (response: LabCheckResponse) => void, onFailure: (failure: JobFailure) => void): LabClient {
  let nextId = 1;
  const runner = new LatestJobRunner<LabWorkerRequest, LabWorkerResponse>({
    createWorker: () => new Worker(new URL('./lab.worker.ts', import.meta.url), { type: 'module', name: 'message-lab' }),
    timeoutMs: 10_000,
    onResult: (response) => {
      if (response.type === 'lab-result') onResult(response);
    },
    onFailure,
  });
  return {
    check: (request) => runner.submit({ ...request, type: 'lab-check', id: nextId++ }),
    dispose: () => runner.dispose(),
  };
}
