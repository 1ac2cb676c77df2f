import { describe, expect, it } from 'vitest';
import { createAnalysisClient, analysisTimeLimit } from './analysisClient';
import type { AnalysisCallbacks } from './analysisClient';
import type { WorkerLike } from './latestJobRunner';
import type { AnalyzeResponse, SyntaxResponse } from './protocol';

/** A worker that never answers (the hang no real document was found to cause) or crashes on demand. */
class FakeWorker implements WorkerLike {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  received: unknown[] = [];
  terminated = false;
  constructor(private readonly behaviour: 'hang' | 'answer-syntax' | 'crash') {
    // Like a real worker, it says when it has loaded; the job's clock starts then.
    queueMicrotask(() => this.onmessage?.({ data: { type: 'ready' } } as MessageEvent));
  }
  postMessage(message: unknown): void {
    this.received.push(message);
    const request = message as { id: number; version: number };
    if (this.behaviour === 'answer-syntax') {
      queueMicrotask(() =>
        this.onmessage?.({ data: { type: 'syntax-result', id: request.id, version: request.version, result: { format: 'yaml', stage: 'structure', diagnostics: [] } } } as MessageEvent),
      );
    }
    if (this.behaviour === 'crash') {
      queueMicrotask(() => this.onerror?.({ message: 'Out of memory', preventDefault() {} } as ErrorEvent));
    }
  }
  terminate(): void {
    this.terminated = true;
  }
}

function recorder() {
  const seen = { syntax: [] as SyntaxResponse[], analysis: [] as AnalyzeResponse[], failures: [] as Parameters<AnalysisCallbacks['onFailure']>[0][] };
  const callbacks: AnalysisCallbacks = {
    onSyntax: (r) => seen.syntax.push(r),
    onAnalysis: (r) => seen.analysis.push(r),
    onFailure: (f) => seen.failures.push(f),
  };
  return { seen, callbacks };
}

const until = async (condition: () => boolean) => {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((r) => setTimeout(r, 5));
};

describe('analysis client with a worker that hangs or crashes', () => {
  it('stops a hung analysis worker, reports "failed" with the reason, and starts a new worker for the next edit', async () => {
    const { seen, callbacks } = recorder();
    const analysisWorkers: FakeWorker[] = [];
    const client = createAnalysisClient(callbacks, {
      analysisTimeoutMs: 40,
      createSyntaxWorker: () => new FakeWorker('answer-syntax'),
      createAnalysisWorker: () => {
        const worker = new FakeWorker('hang');
        analysisWorkers.push(worker);
        return worker;
      },
    });
    client.checkSyntax('f', 1, 'asyncapi: 3.0.0');
    client.analyze('f', 1, 'asyncapi: 3.0.0', [], []);
    await until(() => seen.failures.length > 0);
    expect(seen.failures).toEqual([{ stage: 'analysis', fileId: 'f', id: 2, kind: 'timeout', version: 1, reason: expect.stringMatching(/^Analysis took longer than .* stopped; the worker was restarted/) }]);
    // The syntax lane is independent of the hung parser.
    expect(seen.syntax.map((r) => r.version)).toEqual([1]);
    expect(analysisWorkers[0]?.terminated).toBe(true);
    client.analyze('f', 2, 'asyncapi: 3.0.0\n', [], []);
    expect(analysisWorkers).toHaveLength(2);
    expect(analysisWorkers[1]?.received).toHaveLength(1);
    client.dispose();
  });

  it('starts its workers only once startAfter settles; what was asked before then is answered after', async () => {
    const { seen, callbacks } = recorder();
    let painted: () => void = () => {};
    const startAfter = new Promise<void>((resolve) => {
      painted = resolve;
    });
    const created: FakeWorker[] = [];
    const client = createAnalysisClient(callbacks, {
      startAfter,
      createSyntaxWorker: () => {
        const worker = new FakeWorker('answer-syntax');
        created.push(worker);
        return worker;
      },
    });
    client.checkSyntax('f', 1, 'asyncapi: 3.0.0');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(created).toHaveLength(0);
    expect(seen.syntax).toEqual([]);
    painted();
    await until(() => seen.syntax.length > 0);
    expect(created).toHaveLength(1);
    expect(seen.syntax.map((r) => r.version)).toEqual([1]);
    client.dispose();
  });

  it('reports a crashed worker as a failure with its message', async () => {
    const { seen, callbacks } = recorder();
    const client = createAnalysisClient(callbacks, {
      createSyntaxWorker: () => new FakeWorker('answer-syntax'),
      createAnalysisWorker: () => new FakeWorker('crash'),
    });
    client.analyze('g', 7, 'x', [], []);
    await until(() => seen.failures.length > 0);
    expect(seen.failures).toEqual([{ stage: 'analysis', fileId: 'g', id: 1, kind: 'crash', version: 7, reason: 'Analysis stopped: its worker crashed (Out of memory). It starts again with the next request.' }]);
    client.dispose();
  });
});

describe('the analysis time limit', () => {
  it('grows with the text: a large document is not a hung parser', () => {
    expect(analysisTimeLimit(0)).toBe(12_000);
    expect(analysisTimeLimit(2_750_000)).toBe(12_000 + 27_500);
    expect(analysisTimeLimit(1_000_000, 40)).toBe(10_040);
  });
});
