import { LatestJobRunner } from './latestJobRunner';
import type { JobFailure, WorkerLike } from './latestJobRunner';
import type { GovernanceRequest, GovernanceResponse, GovernanceWorkerRequest, GovernanceWorkerResponse } from './protocol';

export interface GovernanceClient {
  /** Runs the rules on a version of the document; a newer call replaces one still waiting. */
  run(request: Omit<GovernanceRequest, 'type' | 'id'>): void;
  dispose(): void;
}

export interface GovernanceClientOptions {
  onResult: (response: GovernanceResponse) => void;
  onFailure: (failure: JobFailure) => void;
  /** Tests pass an in-process worker. */
  createWorker?: () => WorkerLike;
}

/** The one owner of the governance worker, created when the first analysis result asks for rules. */
export function createGovernanceClient({ onResult, onFailure, createWorker }: GovernanceClientOptions): GovernanceClient {
  let nextId = 1;
  const runner = new LatestJobRunner<GovernanceWorkerRequest, GovernanceWorkerResponse>({
    createWorker: createWorker ?? (() => new Worker(new URL('./governance.worker.ts', import.meta.url), { type: 'module', name: 'governance' })),
    // The catalogue runs in well under a second on a 300-channel document; a custom `$..*` rule may take longer.
    timeoutMs: 30_000,
    onResult: (response) => {
      if (response.type === 'governance-result') onResult(response);
    },
    onFailure,
  });
  return {
    run: (request) => runner.submit({ ...request, type: 'governance', id: nextId++ }),
    dispose: () => runner.dispose(),
  };
}
