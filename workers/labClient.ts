import { createJobClient } from './jobClient';
import type { JobClientOptions, JobOutcome } from './jobClient';
import type { JobErrorResponse, LabCheckRequest, LabCheckResponse, LiveCheckRequest, LiveCheckResponse } from './protocol';
import type { LiveCheckInput, ReceivedVerdict } from '@/lib/live/validateReceived';

export interface LabClient {
  check(request: Omit<LabCheckRequest, 'type' | 'id'>): Promise<JobOutcome<LabCheckResponse>>;
  /**
   * The verdicts of one batch of live messages; rejects (with a message naming the job) when the check failed.
   * @remarks Feed it from lib/live's CheckQueue, which posts one batch at a time: every message needs its
   * verdict, so batches must never queue up behind each other (the runner keeps only the latest waiting job).
   */
  checkLive(batch: LiveCheckInput): Promise<ReceivedVerdict[]>;
  dispose(): void;
}

const createLabWorker = (name: string) => () => new Worker(new URL('./lab.worker.ts', import.meta.url), { type: 'module', name });

/**
 * The one owner of the message lab's workers, each started with its first job: one for the lab's example
 * checks, one for the Try panel's live messages, so a burst of live traffic never delays (or is superseded
 * by) a check the user is typing.
 */
export function createLabClient(options: JobClientOptions = {}): LabClient {
  const examples = createJobClient<LabCheckRequest, LabCheckResponse | JobErrorResponse>(
    { job: 'The example check', createWorker: createLabWorker('message-lab'), timeoutMs: 10_000 },
    options,
  );
  const live = createJobClient<LiveCheckRequest, LiveCheckResponse | JobErrorResponse>(
    { job: 'The check of live messages', createWorker: createLabWorker('live-check'), timeoutMs: 10_000 },
    options,
  );
  let batches = 0;
  return {
    check: (request) => examples.run({ ...request, type: 'lab-check' }),
    checkLive: async (batch) => {
      const outcome = await live.run({ type: 'live-check', version: ++batches, batch });
      if (outcome.kind === 'done') return outcome.result.verdicts;
      throw new Error(outcome.kind === 'failed' ? outcome.reason : 'The check of live messages was replaced by a newer batch.');
    },
    dispose: () => {
      examples.dispose();
      live.dispose();
    },
  };
}
