import { LatestJobRunner } from './latestJobRunner';
import type { LatestJobRunnerOptions, WorkerLike } from './latestJobRunner';
import type { JobErrorResponse, Versioned } from './protocol';

/** How a job ended: its answer, a failure (the message names the job), or replaced by a newer job before it ran. */
export type JobOutcome<T> = { kind: 'done'; version: number; result: T } | { kind: 'failed'; reason: string } | { kind: 'superseded' };

export interface JobClientOptions {
  createWorker?: () => WorkerLike;
  timeoutMs?: number;
  timers?: LatestJobRunnerOptions<Versioned, Versioned>['timers'];
}

export interface JobClient<Req extends Versioned, Res extends Versioned> {
  /** Runs a job; a newer job submitted while this one waits supersedes it. Never rejects. */
  run(request: Omit<Req, 'id'>): Promise<JobOutcome<Exclude<Res, JobErrorResponse>>>;
  dispose(): void;
}

interface Definition {
  /** The job as a person names it, for failure messages ("Code generation", "The conversion"). */
  job: string;
  createWorker: () => WorkerLike;
  timeoutMs: number;
}

/**
 * The one shape of every request/answer worker client: one job running plus the latest queued
 * (LatestJobRunner), each caller's promise settled exactly once as done, failed or superseded.
 */
export function createJobClient<Req extends Versioned, Res extends Versioned & { type: string }>(
  definition: Definition,
  options: JobClientOptions = {},
): JobClient<Req, Res> {
  type Done = Exclude<Res, JobErrorResponse>;
  let nextId = 1;
  const waiting = new Map<number, (outcome: JobOutcome<Done>) => void>();
  const settle = (id: number | undefined, outcome: JobOutcome<Done>) => {
    if (id === undefined) return;
    waiting.get(id)?.(outcome);
    waiting.delete(id);
  };
  const runner = new LatestJobRunner<Req, Res>({
    job: definition.job,
    createWorker: options.createWorker ?? definition.createWorker,
    timeoutMs: options.timeoutMs ?? definition.timeoutMs,
    timers: options.timers,
    onResult: (response) => settle(response.id, { kind: 'done', version: response.version, result: response as Done }),
    onFailure: (failure) => settle(failure.id, { kind: 'failed', reason: failure.reason }),
    onSuperseded: (request) => settle(request.id, { kind: 'superseded' }),
  });
  return {
    run: (request) =>
      new Promise((resolve) => {
        const id = nextId++;
        waiting.set(id, resolve);
        runner.submit({ ...request, id } as Req);
      }),
    dispose: () => runner.dispose(),
  };
}

/** The same outcome with the answer narrowed to the part the caller wants. */
export function mapOutcome<A, B>(outcome: JobOutcome<A>, pick: (answer: A) => B): JobOutcome<B> {
  return outcome.kind === 'done' ? { kind: 'done', version: outcome.version, result: pick(outcome.result) } : outcome;
}
