import { describe, expect, it } from 'vitest';
import { DEFAULT_DOCUMENT } from '@/lib/defaultDocument';
import { layoutInputOf } from '@/lib/graph/elkLayout';
import { graphOfText } from '@/lib/graph/graphTestKit';
import { createLayoutClient, LAYOUT_TIMEOUT_MS } from './layoutClient';
import { handleLayoutRequest } from './layoutJob';
import type { WorkerLike } from './latestJobRunner';
import type { LayoutWorkerRequest } from './protocol';

/** Runs the real layout job in-process, answering on a later task as the worker does; `hang` never answers. */
function inProcessWorker(hang = false): WorkerLike & { terminated: boolean } {
  const worker = {
    terminated: false,
    onmessage: null as ((event: MessageEvent) => void) | null,
    onerror: null as ((event: ErrorEvent) => void) | null,
    terminate: () => {
      worker.terminated = true;
    },
    postMessage: (message: unknown) => {
      if (hang) return;
      void handleLayoutRequest(message as LayoutWorkerRequest).then((data) => worker.onmessage?.({ data } as MessageEvent));
    },
  };
  // A loaded worker says so first; the job clock starts then.
  setTimeout(() => worker.onmessage?.({ data: { type: 'ready' } } as MessageEvent), 0);
  return worker;
}

/** Timers the test moves by hand, so the time limit is reached without waiting for it. */
function manualTimers() {
  const pending = new Map<number, { fn: () => void; at: number }>();
  let now = 0;
  let next = 1;
  return {
    set: (fn: () => void, ms: number) => {
      pending.set(next, { fn, at: now + ms });
      return next++;
    },
    clear: (handle: unknown) => void pending.delete(handle as number),
    advance: (ms: number) => {
      now += ms;
      for (const [handle, timer] of [...pending]) {
        if (timer.at <= now) {
          pending.delete(handle);
          timer.fn();
        }
      }
    },
  };
}

describe('layout client', () => {
  it('lays a graph out in the worker: a box per card and a route per edge, tagged with the version', async () => {
    const { graph } = await graphOfText(DEFAULT_DOCUMENT);
    const client = createLayoutClient({ createWorker: () => inProcessWorker() });
    const outcome = await client.layout(7, layoutInputOf(graph).input);
    expect(outcome.kind).toBe('done');
    if (outcome.kind !== 'done') return;
    expect(outcome.version).toBe(7);
    expect(Object.keys(outcome.result.boxes).sort()).toEqual(graph.nodes.map((n) => n.id).sort());
    expect(Object.keys(outcome.result.routes).sort()).toEqual(graph.edges.map((e) => e.id).sort());
    client.dispose();
  });

  it('a newer layout supersedes one still waiting', async () => {
    const { graph } = await graphOfText(DEFAULT_DOCUMENT);
    const input = layoutInputOf(graph).input;
    const client = createLayoutClient({ createWorker: () => inProcessWorker() });
    const [a, b, c] = await Promise.all([client.layout(1, input), client.layout(2, input), client.layout(3, input)]);
    expect(a.kind).toBe('done');
    expect(b).toEqual({ kind: 'superseded' });
    expect(c.kind === 'done' && c.version).toBe(3);
    client.dispose();
  });

  it('stops a layout that runs past its limit with a message naming the layout, and starts a fresh worker next time', async () => {
    const timers = manualTimers();
    const workers: Array<ReturnType<typeof inProcessWorker>> = [];
    let hang = true;
    const client = createLayoutClient({
      timers,
      createWorker: () => {
        const worker = inProcessWorker(hang);
        workers.push(worker);
        return worker;
      },
    });
    const slow = client.layout(1, { nodes: [{ id: 'a', kind: 'channel', width: 160, height: 60 }], edges: [] });
    await new Promise((resolve) => setTimeout(resolve, 5));
    timers.advance(LAYOUT_TIMEOUT_MS);
    await expect(slow).resolves.toEqual({ kind: 'failed', reason: `The graph layout took longer than ${LAYOUT_TIMEOUT_MS / 1000} s and was stopped; the worker was restarted.` });
    expect(workers[0]!.terminated).toBe(true);

    hang = false;
    const next = await client.layout(2, { nodes: [{ id: 'a', kind: 'channel', width: 160, height: 60 }], edges: [] });
    expect(next).toMatchObject({ kind: 'done', version: 2 });
    expect(workers).toHaveLength(2);
    client.dispose();
  });
});
