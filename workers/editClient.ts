import type { EditJob, EditJobResult } from '@/lib/edit/editJobs';
import { createJobClient, mapOutcome } from './jobClient';
import type { JobClientOptions, JobOutcome } from './jobClient';
import type { WorkerLike } from './latestJobRunner';
import type { EditWorkerRequest, EditWorkerResponse } from './protocol';

export type EditLane = 'act' | 'inspect' | 'check';

/**
 * The visual-edit worker's three lanes, each its own worker so one kind of job never supersedes another:
 * - `act`: plans, guide steps, references and the guide's state (the store runs them one after another);
 * - `inspect`: the inspector's forms (a newer selection replaces a queued one);
 * - `check`: a field's value checked as it is typed (the newest keystroke wins).
 */
export interface EditClient {
  act(version: number, job: EditJob): Promise<JobOutcome<EditJobResult>>;
  inspect(version: number, job: EditJob): Promise<JobOutcome<EditJobResult>>;
  check(version: number, job: EditJob): Promise<JobOutcome<EditJobResult>>;
  dispose(): void;
}

const createEditWorker = (lane: EditLane): WorkerLike => new Worker(new URL('./edit.worker.ts', import.meta.url), { type: 'module', name: `edit-${lane}` });

export interface EditClientOptions extends Omit<JobClientOptions, 'createWorker'> {
  /** Tests pass fakes at this seam, one per lane. */
  createWorker?: (lane: EditLane) => WorkerLike;
}

/** Planning on a 300-channel document takes a second on a busy 2-core machine; half a minute is a hang. */
export const EDIT_TIMEOUT_MS = 30_000;

export function createEditClient({ createWorker = createEditWorker, ...options }: EditClientOptions = {}): EditClient {
  const lane = (job: string, name: EditLane) =>
    createJobClient<EditWorkerRequest, EditWorkerResponse>({ job, createWorker: () => createWorker(name), timeoutMs: EDIT_TIMEOUT_MS }, options);
  const act = lane('The visual edit', 'act');
  const inspect = lane('The inspector', 'inspect');
  const check = lane('The field check', 'check');
  const run = async (client: typeof act, version: number, job: EditJob) => mapOutcome(await client.run({ type: 'edit', version, job }), (r) => r.result);
  return {
    act: (version, job) => run(act, version, job),
    inspect: (version, job) => run(inspect, version, job),
    check: (version, job) => run(check, version, job),
    dispose: () => {
      act.dispose();
      inspect.dispose();
      check.dispose();
    },
  };
}
