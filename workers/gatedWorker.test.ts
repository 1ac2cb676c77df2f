import { describe, expect, it } from 'vitest';
import { gatedWorker } from './gatedWorker';
import type { WorkerLike } from './latestJobRunner';

class EchoWorker implements WorkerLike {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  received: unknown[] = [];
  terminated = false;
  postMessage(message: unknown): void {
    this.received.push(message);
    this.onmessage?.({ data: { echo: message } } as MessageEvent);
  }
  terminate(): void {
    this.terminated = true;
  }
}

function gate() {
  let open: () => void = () => {};
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { opened, open };
}

describe('a worker that starts once its gate opens', () => {
  it('creates nothing before the gate, then delivers what was posted in order, answers going to the handlers set', async () => {
    const { opened, open } = gate();
    const created: EchoWorker[] = [];
    const worker = gatedWorker(() => {
      const w = new EchoWorker();
      created.push(w);
      return w;
    }, opened);
    const answers: unknown[] = [];
    worker.onmessage = (event) => answers.push(event.data);
    worker.postMessage('first');
    worker.postMessage('second');
    await Promise.resolve();
    expect(created).toHaveLength(0);
    open();
    await opened;
    await Promise.resolve();
    expect(created).toHaveLength(1);
    expect(created[0]?.received).toEqual(['first', 'second']);
    worker.postMessage('third');
    expect(created[0]?.received).toEqual(['first', 'second', 'third']);
    expect(answers).toEqual([{ echo: 'first' }, { echo: 'second' }, { echo: 'third' }]);
  });

  it('forwards errors, and terminates the real worker', async () => {
    const inner = new EchoWorker();
    const worker = gatedWorker(() => inner, Promise.resolve());
    const errors: string[] = [];
    worker.onerror = (event) => errors.push(event.message);
    await Promise.resolve();
    await Promise.resolve();
    inner.onerror?.({ message: 'Out of memory' } as ErrorEvent);
    expect(errors).toEqual(['Out of memory']);
    worker.terminate();
    expect(inner.terminated).toBe(true);
  });

  it('never starts a worker terminated before its gate opened, and starts one whose gate failed', async () => {
    const { opened, open } = gate();
    let created = 0;
    const worker = gatedWorker(() => {
      created += 1;
      return new EchoWorker();
    }, opened);
    worker.postMessage('lost');
    worker.terminate();
    open();
    await opened;
    await Promise.resolve();
    expect(created).toBe(0);

    const failing = Promise.reject(new Error('no paint'));
    gatedWorker(() => {
      created += 1;
      return new EchoWorker();
    }, failing);
    await failing.catch(() => {});
    await Promise.resolve();
    expect(created).toBe(1);
  });
});
