import { describe, expect, it } from 'vitest';
import { runGovernance } from '@/lib/governance/runGovernance';
import { createGovernanceClient } from './governanceClient';
import type { JobFailure, WorkerLike } from './latestJobRunner';
import type { GovernanceResponse, GovernanceWorkerRequest } from './protocol';

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

function collect(crashes = 0) {
  const results: GovernanceResponse[] = [];
  const failures: JobFailure[] = [];
  let left = crashes;
  const client = createGovernanceClient({
    onResult: (response) => results.push(response),
    onFailure: (failure) => failures.push(failure),
    createWorker: () => inProcessWorker(left-- > 0),
  });
  return { client, results, failures };
}

async function settle(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
}

describe('governance client', () => {
  it('answers each run with its version, and a newer run replaces one still waiting', async () => {
    const { client, results } = collect();
    client.run({ version: 1, text: TEXT, settings: {} });
    client.run({ version: 2, text: TEXT, settings: {} });
    client.run({ version: 3, text: TEXT, settings: { 'asyncapi-info-description': 'off' } });
    await settle(() => results.length === 2);
    expect(results.map((r) => r.version)).toEqual([1, 3]);
    expect(results[0]!.result.diagnostics.some((d) => d.code === 'asyncapi-info-description')).toBe(true);
    expect(results[1]!.result.diagnostics.some((d) => d.code === 'asyncapi-info-description')).toBe(false);
    client.dispose();
  });

  it('reports a crash as a failure of that version, and runs again afterwards', async () => {
    const { client, results, failures } = collect(1);
    client.run({ version: 1, text: TEXT, settings: {} });
    await settle(() => failures.length === 1);
    expect(failures[0]).toMatchObject({ version: 1, kind: 'crash' });
    client.run({ version: 2, text: TEXT, settings: {} });
    await settle(() => results.length === 1);
    expect(results[0]!.version).toBe(2);
    client.dispose();
  });
});
