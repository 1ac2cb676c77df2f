import { LatestJobRunner } from './latestJobRunner';
import type { LatestJobRunnerOptions, WorkerLike } from './latestJobRunner';
import type {
  ConvertRequest,
  ConvertWorkerRequest,
  ConvertWorkerResponse,
  FormatSwapRequest,
  PrepareSaveRequest,
  ReformatRequest,
  SaveJobResult,
  TextJobResult,
} from './protocol';

/** How a job ended: its answer, a failure of the worker itself, or replaced by a newer job before it ran. */
export type JobOutcome<T> = { kind: 'done'; version: number; result: T } | { kind: 'failed'; reason: string } | { kind: 'superseded' };

type Body<R> = Omit<R, 'id' | 'version'>;

export interface ConvertClient {
  convert(version: number, job: Omit<Body<ConvertRequest>, 'type'>): Promise<JobOutcome<TextJobResult>>;
  swapFormat(version: number, job: Omit<Body<FormatSwapRequest>, 'type'>): Promise<JobOutcome<TextJobResult>>;
  reformat(version: number, job: Omit<Body<ReformatRequest>, 'type'>): Promise<JobOutcome<TextJobResult>>;
  prepareSave(version: number, job: Omit<Body<PrepareSaveRequest>, 'type'>): Promise<JobOutcome<SaveJobResult>>;
  dispose(): void;
}

/** The converter is quadratic in channel count: thousands of channels take many seconds. */
export const CONVERT_TIMEOUT_MS = 60_000;

const createConvertWorker = (): WorkerLike =>
  new Worker(new URL('./convert.worker.ts', import.meta.url), { type: 'module', name: 'convert' });

type Settle = (outcome: JobOutcome<TextJobResult | SaveJobResult>) => void;

export interface ConvertClientOptions {
  createWorker?: () => WorkerLike;
  timeoutMs?: number;
  timers?: LatestJobRunnerOptions<ConvertWorkerResponse>['timers'];
}

export function createConvertClient(options: ConvertClientOptions = {}): ConvertClient {
  let nextId = 1;
  // The runner keeps one job running and one queued; these mirror it so every caller gets an answer.
  let running: { id: number; settle: Settle } | null = null;
  let queued: { id: number; settle: Settle } | null = null;
  const timeoutMs = options.timeoutMs ?? CONVERT_TIMEOUT_MS;

  const finish = (outcome: JobOutcome<TextJobResult | SaveJobResult>) => {
    running?.settle(outcome);
    running = queued;
    queued = null;
  };

  const runner = new LatestJobRunner<ConvertWorkerRequest, ConvertWorkerResponse>({
    createWorker: options.createWorker ?? createConvertWorker,
    timeoutMs,
    timers: options.timers,
    onResult: (response) => {
      if (response.type === 'job-error') return;
      finish({ kind: 'done', version: response.version, result: response.result });
    },
    onFailure: (failure) => {
      const reason =
        failure.kind === 'timeout'
          ? `The conversion took longer than ${Math.round(timeoutMs / 1000)} s and was stopped.`
          : failure.kind === 'crash'
            ? 'The conversion worker stopped unexpectedly; try again.'
            : failure.reason;
      finish({ kind: 'failed', reason });
    },
  });

  function submit<T extends TextJobResult | SaveJobResult>(request: ConvertWorkerRequest): Promise<JobOutcome<T>> {
    return new Promise((resolve) => {
      const entry = { id: request.id, settle: resolve as Settle };
      if (runner.busy) {
        queued?.settle({ kind: 'superseded' });
        queued = entry;
      } else {
        running = entry;
      }
      runner.submit(request);
    });
  }

  return {
    convert: (version, job) => submit({ ...job, type: 'convert', id: nextId++, version }),
    swapFormat: (version, job) => submit({ ...job, type: 'format-swap', id: nextId++, version }),
    reformat: (version, job) => submit({ ...job, type: 'reformat', id: nextId++, version }),
    prepareSave: (version, job) => submit({ ...job, type: 'prepare-save', id: nextId++, version }),
    dispose: () => {
      runner.dispose();
      running?.settle({ kind: 'superseded' });
      queued?.settle({ kind: 'superseded' });
      running = queued = null;
    },
  };
}

let shared: ConvertClient | null = null;

/** The page's one convert client; its worker starts on the first job. */
export function convertClient(): ConvertClient {
  shared ??= createConvertClient();
  return shared;
}
