import { describe, expect, it } from 'vitest';
import { runGovernance } from '@/lib/governance/runGovernance';
import { createGovernanceClient } from './governanceClient';
import type { WorkerLike } from './latestJobRunner';
import type { GovernanceWorkerRequest } from './protocol';

/** Runs the rules in-process, answering on a later task as the worker does; `broken` makes it crash once. */
function inProcessWorker(broken = false): WorkerLike {
  const worker: WorkerLike = {
    onmessage: null,
    onerror: null,
    terminate: () => {},
    postMessage: (message) => {
      const { id, version, text, file, settings, customRuleset } = message as GovernanceWorkerRequest;
      setTimeout(() => {
        if (broken) {
          worker.onerror?.({ message: 'boom', preventDefault: () => {} } as ErrorEvent);
          return;
        }
        const result = runGovernance({ text, file, settings, customRuleset });
        worker.onmessage?.({ data: { type: 'governance-result', id, version, result, elapsedMs: 1 } } as MessageEvent);
      }, 0);
    },
  };
  return worker;
}

const TEXT = 'asyncapi: 3.0.0\ninfo:\n  title: T\n  version: 1.0.0\n';

describe('governance client', () => {
  it('answers each run with its version, and a newer run supersedes one still waiting', async () => {
    const client = createGovernanceClient({ createWorker: () => inProcessWorker() });
    const first = client.run({ version: 1, text: TEXT, settings: {} });
    const replaced = client.run({ version: 2, text: TEXT, settings: {} });
    const last = client.run({ version: 3, text: TEXT, settings: { 'asyncapi-info-description': 'off' } });
    const [a, b, c] = await Promise.all([first, replaced, last]);
    expect(b).toEqual({ kind: 'superseded' });
    expect(a.kind === 'done' && a.result.diagnostics.some((d) => d.code === 'asyncapi-info-description')).toBe(true);
    expect(c.kind === 'done' && c.version).toBe(3);
    expect(c.kind === 'done' && c.result.diagnostics.some((d) => d.code === 'asyncapi-info-description')).toBe(false);
    client.dispose();
  });

  it('reports a crash as a failure naming the rules check, and runs again afterwards', async () => {
    let crashes = 1;
    const client = createGovernanceClient({ createWorker: () => inProcessWorker(crashes-- > 0) });
    await expect(client.run({ version: 1, text: TEXT, settings: {} })).resolves.toEqual({ kind: 'failed', reason: expect.stringMatching(/^The rules check stopped: its worker crashed \(boom\)/) });
    await expect(client.run({ version: 2, text: TEXT, settings: {} })).resolves.toMatchObject({ kind: 'done', version: 2 });
    client.dispose();
  });
});
