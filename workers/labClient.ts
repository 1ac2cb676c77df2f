import { createJobClient } from './jobClient';
import type { JobClientOptions, JobOutcome } from './jobClient';
import type { LabCheckRequest, LabCheckResponse, LabWorkerRequest, LabWorkerResponse } from './protocol';

export interface LabClient {
  check(request: Omit<LabCheckRequest, 'type' | 'id'>): Promise<JobOutcome<LabCheckResponse>>;
  dispose(): void;
}

/** The one owner of the message lab's worker; the worker starts with the first check. */
export function createLabClient(options: JobClientOptions = {}): LabClient {
  const jobs = createJobClient<LabWorkerRequest, LabWorkerResponse>(
    {
      job: 'The example check',
      createWorker: () => new Worker(new URL('./lab.worker.ts', import.meta.url), { type: 'module', name: 'message-lab' }),
      timeoutMs: 10_000,
    },
    options,
  );
  return {
    check: (request) => jobs.run({ ...request, type: 'lab-check' }),
    dispose: () => jobs.dispose(),
  };
}
