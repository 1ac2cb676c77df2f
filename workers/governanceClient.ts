import { createJobClient, mapOutcome } from './jobClient';
import type { JobClientOptions, JobOutcome } from './jobClient';
import type { GovernanceOutcome } from '@/lib/governance/runGovernance';
import type { GovernanceRequest, GovernanceWorkerRequest, GovernanceWorkerResponse } from './protocol';

export interface GovernanceClient {
  /** Runs the rules on a version of the document; a newer call supersedes one still waiting. */
  run(request: Omit<GovernanceRequest, 'type' | 'id'>): Promise<JobOutcome<GovernanceOutcome>>;
  dispose(): void;
}

/** The one owner of the governance worker; the worker starts with the first run. */
export function createGovernanceClient(options: JobClientOptions = {}): GovernanceClient {
  const jobs = createJobClient<GovernanceWorkerRequest, GovernanceWorkerResponse>(
    {
      job: 'The rules check',
      createWorker: () => new Worker(new URL('./governance.worker.ts', import.meta.url), { type: 'module', name: 'governance' }),
      // The catalogue runs in well under a second on a 300-channel document; a custom `$..*` rule may take longer.
      timeoutMs: 30_000,
    },
    options,
  );
  return {
    run: async (request) => mapOutcome(await jobs.run({ ...request, type: 'governance' }), (r) => r.result),
    dispose: () => jobs.dispose(),
  };
}
