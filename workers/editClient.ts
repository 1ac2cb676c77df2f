import type { EditJob, EditJobResult } from '@/lib/edit/editJobs';
import { createJobClient, mapOutcome } from './jobClient';
import type { JobClientOptions, JobOutcome } from './jobClient';
import type { EditWorkerRequest, EditWorkerResponse } from './protocol';

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

const createEditWorker = (name: string) => () => new Worker(new URL('./edit.worker.ts', import.meta.url), { type: 'module', name });

/** Planning on a 300-channel document takes a second on a busy 2-core machine; half a minute is a hang. */
export const EDIT_TIMEOUT_MS = 30_000;

export function createEditClient(options: JobClientOptions = {}): EditClient {
  const lane = (job: string, name: string) => createJobClient<EditWorkerRequest, EditWorkerResponse>({ job, createWorker: createEditWorker(name), timeoutMs: EDIT_TIMEOUT_MS }, options);
  const act = lane('The visual edit', 'edit-actions');
  const inspect = lane('The inspector', 'edit-inspector');
  const check = lane('The field check', 'edit-check');
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
