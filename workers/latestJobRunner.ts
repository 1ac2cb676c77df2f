import type { Versioned } from './protocol';

/** The part of a Worker the runner uses; tests pass a fake at this seam. */
export interface WorkerLike {
  postMessage(message: unknown): void;
  terminate(): void;
  onmessage: ((event: MessageEvent) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

export interface JobFailure {
  /** The request that failed (absent only when a crash found no job running). */
  id?: number;
  version: number;
  reason: string;
  kind: 'timeout' | 'crash' | 'job-error';
}

export interface LatestJobRunnerOptions<Req extends Versioned, Res extends Versioned> {
  /**
   * The job as a person names it, capitalised ("Analysis", "Code generation"): failure messages say
   * which work failed, never another job's name.
   */
  job: string;
  createWorker: () => WorkerLike;
  /**
   * A job running longer than this gets its worker terminated; the next job starts a fresh one. A function
   * gives each request its own limit (e.g. by the size of its text).
   */
  timeoutMs: number | ((request: Req) => number);
  /**
   * How long a fresh worker may take to load its modules before its first job's clock starts
   * (workers post { type: 'ready' } once loaded). Loading a large bundle on a busy machine is not a hung job.
   */
  loadTimeoutMs?: number;
  onResult: (response: Res) => void;
  onFailure: (failure: JobFailure) => void;
  /** A queued request replaced by a newer one (or dropped by dispose) before it ran or finished. */
  onSuperseded?: (request: Req) => void;
  /** Injected for tests; defaults to the global timers. */
  timers?: { set: (fn: () => void, ms: number) => unknown; clear: (handle: unknown) => void };
}

/**
 * Runs at most one job in a worker at a time; while it runs, a newer job replaces any queued one,
 * so a burst of edits costs one job in flight plus the latest.
 */
export class LatestJobRunner<Req extends Versioned, Res extends Versioned & { type: string }> {
  private worker: WorkerLike | null = null;
  private workerReady = false;
  private running: Req | null = null;
  private pending: Req | null = null;
  private timer: unknown = null;
  private disposed = false;
  private readonly timers: NonNullable<LatestJobRunnerOptions<Req, Res>['timers']>;

  constructor(private readonly options: LatestJobRunnerOptions<Req, Res>) {
    this.timers = options.timers ?? {
      set: (fn, ms) => setTimeout(fn, ms),
      clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
    };
  }

  submit(request: Req): void {
    if (this.disposed) return;
    if (this.running) {
      const replaced = this.pending;
      this.pending = request;
      if (replaced) this.options.onSuperseded?.(replaced);
      return;
    }
    this.start(request);
  }

  /** Whether a job is in flight (for status and tests). */
  get busy(): boolean {
    return this.running !== null;
  }

  dispose(): void {
    this.disposed = true;
    this.stopTimer();
    this.worker?.terminate();
    this.worker = null;
    const dropped = [this.running, this.pending];
    this.running = null;
    this.pending = null;
    for (const request of dropped) if (request) this.options.onSuperseded?.(request);
  }

  private start(request: Req): void {
    const worker = this.ensureWorker();
    this.running = request;
    const limit = this.workerReady ? this.limitFor(request) : (this.options.loadTimeoutMs ?? 60_000) + this.limitFor(request);
    this.timer = this.timers.set(() => this.onTimeout(request), limit);
    worker.postMessage(request);
  }

  private ensureWorker(): WorkerLike {
    if (this.worker) return this.worker;
    const worker = this.options.createWorker();
    this.workerReady = false;
    worker.onmessage = (event) => {
      if ((event.data as { type?: string } | null)?.type === 'ready') this.onReady();
      else this.onMessage(event.data as Res);
    };
    worker.onerror = (event) => {
      event.preventDefault?.();
      this.fail('crash', `${this.options.job} stopped: its worker crashed (${event.message || 'unknown error'}). It starts again with the next request.`);
    };
    this.worker = worker;
    return worker;
  }

  /** The worker has loaded: the running job's clock restarts with the ordinary limit. */
  private onReady(): void {
    this.workerReady = true;
    const request = this.running;
    if (!request) return;
    this.stopTimer();
    this.timer = this.timers.set(() => this.onTimeout(request), this.limitFor(request));
  }

  private limitFor(request: Req): number {
    const { timeoutMs } = this.options;
    return typeof timeoutMs === 'number' ? timeoutMs : timeoutMs(request);
  }

  private onMessage(response: Res): void {
    if (!this.running || response.id !== this.running.id) return;
    this.stopTimer();
    this.running = null;
    if (response.type === 'job-error') {
      const message = (response as unknown as { message: string }).message;
      this.options.onFailure({ id: response.id, version: response.version, reason: `${this.options.job} failed: ${message}`, kind: 'job-error' });
    } else {
      this.options.onResult(response);
    }
    this.next();
  }

  private onTimeout(request: Req): void {
    if (this.running !== request) return;
    const seconds = Math.round(this.limitFor(request) / 100) / 10;
    this.fail('timeout', `${this.options.job} took longer than ${seconds} s and was stopped; the worker was restarted.`);
  }

  /** Terminates the worker; the next job gets a fresh one. */
  private fail(kind: JobFailure['kind'], reason: string): void {
    const failed = this.running;
    const version = failed?.version ?? this.pending?.version ?? 0;
    this.stopTimer();
    this.worker?.terminate();
    this.worker = null;
    this.running = null;
    this.options.onFailure({ id: failed?.id, version, reason, kind });
    this.next();
  }

  private next(): void {
    const queued = this.pending;
    this.pending = null;
    if (queued && !this.disposed) this.start(queued);
  }

  private stopTimer(): void {
    if (this.timer !== null) this.timers.clear(this.timer);
    this.timer = null;
  }
}
