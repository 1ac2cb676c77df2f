import { describe, expect, it } from 'vitest';
import { readCorpus } from '@/lib/testing/corpus';
import { createConvertClient } from './convertClient';
import { handleConvertRequest } from './convertJobs';
import type { WorkerLike } from './latestJobRunner';
import type { ConvertWorkerRequest } from './protocol';

/** A worker that runs the real request handler, but only when the test lets it answer. */
class HeldWorker implements WorkerLike {
  inbox: ConvertWorkerRequest[] = [];
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  postMessage(message: unknown) {
    this.inbox.push(message as ConvertWorkerRequest);
  }
  terminate() {
    this.terminated = true;
  }
  answerNext() {
    const request = this.inbox.shift();
    if (request) this.onmessage?.({ data: handleConvertRequest(request) } as MessageEvent);
  }
}

const streetlights = readCorpus('spec-examples/2.6.0/streetlights-kafka.yml');

describe('convert client', () => {
  it('answers every caller: the running job, a superseded queued one, and the latest', async () => {
    const worker = new HeldWorker();
    const client = createConvertClient({ createWorker: () => worker });
    const first = client.convert(1, { text: streetlights, target: '3.0.0', perspective: 'application' });
    const second = client.swapFormat(1, { text: streetlights, to: 'json' });
    const third = client.prepareSave(2, { text: streetlights, format: 'yaml' });

    await expect(second).resolves.toEqual({ kind: 'superseded' });
    worker.answerNext();
    const converted = await first;
    expect(converted.kind === 'done' && converted.result.ok && converted.result.text).toMatch(/^asyncapi: 3\.0\.0$/m);
    worker.answerNext();
    await expect(third).resolves.toMatchObject({ kind: 'done', version: 2, result: { ok: true, fileName: 'streetlights-kafka-api.yaml' } });
    client.dispose();
  });

  it('stops a conversion that runs past its time limit and says so', async () => {
    const worker = new HeldWorker();
    // Timers that fire at once instead of after two seconds.
    const timers = { set: (fn: () => void) => setTimeout(fn, 0), clear: (handle: unknown) => clearTimeout(handle as ReturnType<typeof setTimeout>) };
    const client = createConvertClient({ createWorker: () => worker, timeoutMs: 2_000, timers });
    const outcome = await client.convert(1, { text: streetlights, target: '3.0.0', perspective: 'application' });
    expect(outcome).toEqual({ kind: 'failed', reason: 'The conversion took longer than 2 s and was stopped; the worker was restarted.' });
    expect(worker.terminated).toBe(true);
    client.dispose();
  });
});
