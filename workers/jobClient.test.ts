import { describe, expect, it } from 'vitest';
import { createJobClient } from './jobClient';
import type { WorkerLike } from './latestJobRunner';
import type { JobErrorResponse, Versioned } from './protocol';

interface Ask extends Versioned {
  type: 'ask';
  say: string;
}
interface Answer extends Versioned {
  type: 'answer';
  said: string;
}

/** A worker that answers only when told, with a result or a job-error, or crashes. */
class ScriptedWorker implements WorkerLike {
  inbox: Ask[] = [];
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  postMessage(message: unknown) {
    this.inbox.push(message as Ask);
  }
  terminate() {}
  answer() {
    const { id, version, say } = this.inbox.shift()!;
    this.onmessage?.({ data: { type: 'answer', id, version, said: say } satisfies Answer } as MessageEvent);
  }
  refuse(message: string) {
    const { id, version } = this.inbox.shift()!;
    this.onmessage?.({ data: { type: 'job-error', id, version, message } satisfies JobErrorResponse } as MessageEvent);
  }
  crash() {
    this.onerror?.({ message: 'out of memory', preventDefault: () => {} } as ErrorEvent);
  }
}

function setup() {
  const workers: ScriptedWorker[] = [];
  const client = createJobClient<Ask, Answer | JobErrorResponse>({
    job: 'The echo',
    timeoutMs: 60_000,
    createWorker: () => {
      workers.push(new ScriptedWorker());
      return workers.at(-1)!;
    },
  });
  return { client, worker: () => workers.at(-1)! };
}

describe('job client: every job ends done, failed (naming the job) or superseded', () => {
  it('settles the running job, supersedes a queued one replaced by a newer job, then runs the newest', async () => {
    const { client, worker } = setup();
    const first = client.run({ type: 'ask', version: 1, say: 'a' });
    const replaced = client.run({ type: 'ask', version: 2, say: 'b' });
    const newest = client.run({ type: 'ask', version: 3, say: 'c' });
    await expect(replaced).resolves.toEqual({ kind: 'superseded' });
    worker().answer();
    await expect(first).resolves.toMatchObject({ kind: 'done', version: 1, result: { said: 'a' } });
    worker().answer();
    await expect(newest).resolves.toMatchObject({ kind: 'done', version: 3, result: { said: 'c' } });
  });

  it('a job-error answer is a failure, never a result', async () => {
    const { client, worker } = setup();
    const job = client.run({ type: 'ask', version: 1, say: 'a' });
    worker().refuse('bad input');
    await expect(job).resolves.toEqual({ kind: 'failed', reason: 'The echo failed: bad input' });
  });

  it('a crash fails the running job with the job name, and the next job gets a fresh worker', async () => {
    const { client, worker } = setup();
    const crashed = worker;
    const job = client.run({ type: 'ask', version: 1, say: 'a' });
    const first = crashed();
    first.crash();
    await expect(job).resolves.toEqual({ kind: 'failed', reason: 'The echo stopped: its worker crashed (out of memory). It starts again with the next request.' });
    const again = client.run({ type: 'ask', version: 2, say: 'b' });
    expect(worker()).not.toBe(first);
    worker().answer();
    await expect(again).resolves.toMatchObject({ kind: 'done', result: { said: 'b' } });
  });

  it('dispose supersedes what is still waiting', async () => {
    const { client } = setup();
    const running = client.run({ type: 'ask', version: 1, say: 'a' });
    const queued = client.run({ type: 'ask', version: 2, say: 'b' });
    client.dispose();
    await expect(running).resolves.toEqual({ kind: 'superseded' });
    await expect(queued).resolves.toEqual({ kind: 'superseded' });
  });
});
