import { createJobClient, mapOutcome } from './jobClient';
import type { JobClientOptions, JobOutcome } from './jobClient';
import type { WorkerLike } from './latestJobRunner';
import type {
  BundleRequest,
  BundleResponse,
  ZipRequest,
  ZipResponse,
  ConvertRequest,
  ConvertWorkerRequest,
  ConvertWorkerResponse,
  FormatSwapRequest,
  PrepareSaveRequest,
  ReformatRequest,
  SaveJobResult,
  TextJobResult,
} from './protocol';

export type { JobOutcome } from './jobClient';

type Body<R> = Omit<R, 'id' | 'version' | 'type'>;

export interface ConvertClient {
  convert(version: number, job: Body<ConvertRequest>): Promise<JobOutcome<TextJobResult>>;
  swapFormat(version: number, job: Body<FormatSwapRequest>): Promise<JobOutcome<TextJobResult>>;
  reformat(version: number, job: Body<ReformatRequest>): Promise<JobOutcome<TextJobResult>>;
  prepareSave(version: number, job: Body<PrepareSaveRequest>): Promise<JobOutcome<SaveJobResult>>;
  /** A document with its relative $refs pulled in (lib/workspace/bundle.ts). */
  bundle(version: number, job: Body<BundleRequest>): Promise<JobOutcome<BundleResponse['result']>>;
  /** Files zipped at their workspace paths. */
  zip(version: number, job: Body<ZipRequest>): Promise<JobOutcome<ZipResponse['result']>>;
  dispose(): void;
}

/** The converter is quadratic in channel count: thousands of channels take many seconds. */
export const CONVERT_TIMEOUT_MS = 60_000;

const createConvertWorker = (): WorkerLike =>
  new Worker(new URL('./convert.worker.ts', import.meta.url), { type: 'module', name: 'convert' });

/** Version upgrades, YAML↔JSON, re-formatting and file preparation, one job at a time in the convert worker. */
export function createConvertClient(options: JobClientOptions = {}): ConvertClient {
  const jobs = createJobClient<ConvertWorkerRequest, ConvertWorkerResponse>(
    { job: 'The conversion', createWorker: createConvertWorker, timeoutMs: CONVERT_TIMEOUT_MS },
    options,
  );
  type Answer = Exclude<ConvertWorkerResponse, { type: 'job-error' }>;
  const text = (r: Answer) => r.result as TextJobResult;
  const save = (r: Answer) => r.result as SaveJobResult;
  return {
    convert: async (version, job) => mapOutcome(await jobs.run({ ...job, type: 'convert', version }), text),
    swapFormat: async (version, job) => mapOutcome(await jobs.run({ ...job, type: 'format-swap', version }), text),
    reformat: async (version, job) => mapOutcome(await jobs.run({ ...job, type: 'reformat', version }), text),
    prepareSave: async (version, job) => mapOutcome(await jobs.run({ ...job, type: 'prepare-save', version }), save),
    bundle: async (version, job) => mapOutcome(await jobs.run({ ...job, type: 'bundle', version }), (r) => r.result as BundleResponse['result']),
    zip: async (version, job) => mapOutcome(await jobs.run({ ...job, type: 'zip', version }), (r) => r.result as ZipResponse['result']),
    dispose: () => jobs.dispose(),
  };
}
