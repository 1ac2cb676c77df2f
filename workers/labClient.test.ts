import { describe, expect, it } from 'vitest';
import { validateReceived } from '@/lib/live/validateReceived';
import type { LiveCheckInput } from '@/lib/live/validateReceived';
import { checkExample } from '@/lib/messageLab/checkExample';
import { createLabClient } from './labClient';
import type { WorkerLike } from './latestJobRunner';
import type { LabWorkerRequest, LabWorkerResponse } from './protocol';

/** The lab worker's handler in-process, answering on a later task as a worker does; each instance counts its jobs. */
function inProcessWorker(log: string[]): WorkerLike {
  const worker: WorkerLike = {
    onmessage: null,
    onerror: null,
    terminate: () => {},
    postMessage: (message) => {
      const request = message as LabWorkerRequest;
      log.push(request.type);
      setTimeout(() => {
        const data: LabWorkerResponse =
          request.type === 'live-check'
            ? { type: 'live-check-result', id: request.id, version: request.version, verdicts: validateReceived(request.batch) }
            : { type: 'lab-result', id: request.id, version: request.version, payload: checkExample(request.payloadText, request.payloadSchema), headers: checkExample(request.headersText, request.headersSchema) };
        worker.onmessage?.({ data } as MessageEvent);
      }, 0);
    },
  };
  return worker;
}

const schema = { kind: 'json-schema' as const, native: { type: 'object', required: ['price'], properties: { price: { type: 'number', minimum: 0 } } }, jsonSchema: {} };
const batch = (prices: unknown[]): LiveCheckInput => ({
  candidates: { k: [{ messageId: '#/m', label: 'price', payload: schema }] },
  messages: prices.map((price, i) => ({ seq: i + 1, candidatesKey: 'k', payload: { text: JSON.stringify({ price }), encoding: 'utf8', bytes: 10, truncated: false }, headers: {} })),
});

describe('lab client: live checks', () => {
  it('answers every message of a batch with its verdict, on a worker of its own', async () => {
    const workers: string[][] = [];
    const client = createLabClient({ createWorker: () => inProcessWorker(workers[workers.length] = []) });
    const [verdicts, example] = await Promise.all([
      client.checkLive(batch([1, -1])),
      client.check({ version: 1, payloadText: '{"price": 2}', headersText: '', payloadSchema: schema }),
    ]);
    expect(verdicts.map((v) => [v.seq, v.state])).toEqual([[1, 'valid'], [2, 'invalid']]);
    expect(verdicts[1]!.violations[0]).toMatchObject({ part: 'payload', path: ['price'] });
    expect(example.kind).toBe('done');
    // The lab's check and the live batch went to two workers: neither waited for (or replaced) the other.
    expect(workers.map((w) => w.join())).toEqual(['live-check', 'lab-check']);
    client.dispose();
  });

  it('rejects, naming the job, when the worker crashes', async () => {
    const client = createLabClient({
      createWorker: () => {
        const worker = inProcessWorker([]);
        worker.postMessage = () => setTimeout(() => worker.onerror?.({ message: 'boom', preventDefault: () => {} } as ErrorEvent), 0);
        return worker;
      },
    });
    await expect(client.checkLive(batch([1]))).rejects.toThrow(/^The check of live messages stopped: its worker crashed \(boom\)/);
    client.dispose();
  });
});
