import type { WorkerLike } from './latestJobRunner';

/**
 * A worker that starts only once `gate` settles: messages posted before that wait, in order. On a cold load
 * the analysis workers would compile their bundles while the page builds the editor, on the same few cores;
 * they start once the user's document is on screen instead.
 */
export function gatedWorker(create: () => WorkerLike, gate: Promise<unknown>): WorkerLike {
  let worker: WorkerLike | null = null;
  let terminated = false;
  const queued: unknown[] = [];
  const proxy: WorkerLike = {
    onmessage: null,
    onerror: null,
    postMessage(message) {
      if (worker) worker.postMessage(message);
      else queued.push(message);
    },
    terminate() {
      terminated = true;
      queued.length = 0;
      worker?.terminate();
    },
  };
  const start = () => {
    if (terminated) return;
    worker = create();
    // Handlers are read at each event, so ones the runner sets later still receive it.
    worker.onmessage = (event) => proxy.onmessage?.(event);
    worker.onerror = (event) => proxy.onerror?.(event);
    for (const message of queued.splice(0)) worker.postMessage(message);
  };
  void gate.then(start, start);
  return proxy;
}
