import { describe, expect, it, vi } from 'vitest';
import { LatestJobRunner } from './latestJobRunner';
import type { JobFailure, WorkerLike } from './latestJobRunner';

interface Job { type: 'job'; id: number; version: number }
interface Done { type: 'done'; id: number; version: number }

/** A worker that records what it was sent and answers when the test says so. */
class FakeWorker implements WorkerLike {
  static created: FakeWorker[] = [];
  sent: Job[] = [];
  terminated = false;
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  constructor() {
    FakeWorker.created.push(this);
  }
  postMessage(message: unknown) {
    this.sent.push(message as Job);
  }
  terminate() {
    this.terminated = true;
  }
  answer(job: Job) {
    this.onmessage?.({ data: { type: 'done', id: job.id, version: job.version } } as MessageEvent);
  }
  crash(message: string) {
    this.onerror?.({ message, preventDefault: () => {} } as ErrorEvent);
  }
}

function setup(timeoutMs: number | ((job: Job) => number) = 1000) {
  FakeWorker.created = [];
  const results: Done[] = [];
  const failures: JobFailure[] = [];
  const runner = new LatestJobRunner<Job, Done>({
    job: 'The test job',
    createWorker: () => new FakeWorker(),
    timeoutMs,
    onResult: (r) => results.push(r),
    onFailure: (f) => failures.push(f),
  });
  const job = (version: number): Job => ({ type: 'job', id: version, version });
  return { runner, results, failures, job, worker: () => FakeWorker.created.at(-1)! };
}

describe('LatestJobRunner', () => {
  it('keeps one job in flight and only the latest of those that arrive meanwhile', () => {
    const { runner, results, job, worker } = setup();
    runner.submit(job(1));
    runner.submit(job(2));
    runner.submit(job(3));
    expect(worker().sent.map((j) => j.version)).toEqual([1]);
    worker().answer(job(1));
    expect(worker().sent.map((j) => j.version)).toEqual([1, 3]);
    worker().answer(job(3));
    expect(results.map((r) => r.version)).toEqual([1, 3]);
    expect(runner.busy).toBe(false);
  });

  it('terminates a worker that does not answer in time, reports it, and starts a fresh one for the next job', () => {
    vi.useFakeTimers();
    try {
      const { runner, failures, job, worker } = setup(500);
      runner.submit(job(1));
      const hung = worker();
      hung.onmessage?.({ data: { type: 'ready' } } as MessageEvent);
      vi.advanceTimersByTime(501);
      expect(hung.terminated).toBe(true);
      expect(failures).toEqual([{ id: 1, version: 1, kind: 'timeout', reason: expect.stringContaining('The test job took longer than 0.5 s') }]);
      runner.submit(job(2));
      expect(FakeWorker.created).toHaveLength(2);
      expect(worker().sent.map((j) => j.version)).toEqual([2]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('gives each job the time limit its request asks for', () => {
    vi.useFakeTimers();
    try {
      const { runner, failures, results, job, worker } = setup((j) => j.version * 1000);
      runner.submit(job(3));
      worker().onmessage?.({ data: { type: 'ready' } } as MessageEvent);
      vi.advanceTimersByTime(2500);
      worker().answer(job(3));
      expect(results.map((r) => r.version)).toEqual([3]);
      runner.submit(job(1));
      vi.advanceTimersByTime(1001);
      expect(failures).toEqual([{ id: 1, version: 1, kind: 'timeout', reason: expect.stringContaining('longer than 1 s') }]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('treats a crash as an ordinary failure and runs the queued job in a new worker', () => {
    const { runner, failures, results, job, worker } = setup();
    runner.submit(job(1));
    runner.submit(job(2));
    const crashed = worker();
    crashed.crash('out of memory');
    expect(crashed.terminated).toBe(true);
    expect(failures[0]).toMatchObject({ version: 1, kind: 'crash', reason: expect.stringContaining('out of memory') });
    expect(worker()).not.toBe(crashed);
    worker().answer(job(2));
    expect(results.map((r) => r.version)).toEqual([2]);
  });

  it('takes a job-error answer as a failure of that job, never as a result, and goes on with the next', () => {
    const { runner, results, failures, job, worker } = setup();
    runner.submit(job(1));
    runner.submit(job(2));
    worker().onmessage?.({ data: { type: 'job-error', id: 1, version: 1, message: 'The parser failed: boom' } } as MessageEvent);
    expect(results).toEqual([]);
    expect(failures).toEqual([{ id: 1, version: 1, reason: 'The test job failed: The parser failed: boom', kind: 'job-error' }]);
    expect(worker().sent.map((j) => j.version)).toEqual([1, 2]);
    worker().answer(job(2));
    expect(results.map((r) => r.version)).toEqual([2]);
  });

  it('ignores answers to jobs it is no longer waiting for', () => {
    const { runner, results, job, worker } = setup();
    runner.submit(job(1));
    worker().answer(job(7));
    expect(results).toEqual([]);
    expect(runner.busy).toBe(true);
  });
});

describe('LatestJobRunner and a worker that is still loading', () => {
  it('counts the job’s time from the worker’s ready message, not from its creation', () => {
    vi.useFakeTimers();
    try {
      const { runner, failures, results, job, worker } = setup(500);
      runner.submit(job(1));
      vi.advanceTimersByTime(5_000);
      expect(failures).toEqual([]);
      worker().onmessage?.({ data: { type: 'ready' } } as MessageEvent);
      vi.advanceTimersByTime(400);
      worker().answer(job(1));
      expect(results.map((r) => r.version)).toEqual([1]);
      runner.submit(job(2));
      vi.advanceTimersByTime(501);
      expect(failures).toEqual([{ id: 2, version: 2, kind: 'timeout', reason: expect.any(String) }]);
    } finally {
      vi.useRealTimers();
    }
  });
});
