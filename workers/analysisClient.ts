import { LatestJobRunner } from './latestJobRunner';
import type { JobFailure, WorkerLike } from './latestJobRunner';
import type {
  AnalysisWorkerRequest,
  AnalysisWorkerResponse,
  AnalyzeResponse,
  SyntaxResponse,
  SyntaxWorkerRequest,
  SyntaxWorkerResponse,
} from './protocol';
import type { ViewName } from '@/lib/analysis/derivedViews';

export type AnalysisStage = 'syntax' | 'analysis';

/** A failed job of one file's analysis; `version` is the file's version it was for. */
export type AnalysisFailure = JobFailure & { stage: AnalysisStage; fileId: string };

export interface AnalysisCallbacks {
  onSyntax: (response: SyntaxResponse) => void;
  onAnalysis: (response: AnalyzeResponse) => void;
  onFailure: (failure: AnalysisFailure) => void;
}

export interface AnalysisClientOptions {
  analysisTimeoutMs?: number;
  syntaxTimeoutMs?: number;
  createSyntaxWorker?: () => WorkerLike;
  createAnalysisWorker?: () => WorkerLike;
}

export interface AnalysisClient {
  checkSyntax(fileId: string, version: number, text: string): void;
  analyze(fileId: string, version: number, text: string, wanted: ViewName[], allowedOrigins: string[]): void;
  dispose(): void;
}

// Workers are created lazily, on the first job, and again after a crash or time-out.
const createSyntaxWorker = (): WorkerLike =>
  new Worker(new URL('./syntax.worker.ts', import.meta.url), { type: 'module', name: 'syntax' });
const createAnalysisWorker = (): WorkerLike =>
  new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module', name: 'analysis' });

export const DEFAULT_ANALYSIS_TIMEOUT_MS = 12_000;

/** The one owner of the analysis workers: two lanes, so a slow full parse never delays syntax feedback. */
export function createAnalysisClient(callbacks: AnalysisCallbacks, options: AnalysisClientOptions = {}): AnalysisClient {
  let nextId = 1;
  // Which file each request was for, so a failure (which carries only the request id) reaches that file.
  const fileOf = new Map<number, string>();
  const failed = (stage: AnalysisStage) => (failure: JobFailure) => {
    const fileId = failure.id === undefined ? undefined : fileOf.get(failure.id);
    if (failure.id !== undefined) fileOf.delete(failure.id);
    if (fileId !== undefined) callbacks.onFailure({ ...failure, stage, fileId });
  };
  const forget = (request: { id: number }) => fileOf.delete(request.id);
  const syntax = new LatestJobRunner<SyntaxWorkerRequest, SyntaxWorkerResponse>({
    job: 'The syntax check',
    createWorker: options.createSyntaxWorker ?? createSyntaxWorker,
    timeoutMs: options.syntaxTimeoutMs ?? 8_000,
    onResult: (response) => {
      fileOf.delete(response.id);
      if (response.type === 'syntax-result') callbacks.onSyntax(response);
    },
    onFailure: failed('syntax'),
    onSuperseded: forget,
  });
  const analysis = new LatestJobRunner<AnalysisWorkerRequest, AnalysisWorkerResponse>({
    job: 'Analysis',
    createWorker: options.createAnalysisWorker ?? createAnalysisWorker,
    timeoutMs: options.analysisTimeoutMs ?? DEFAULT_ANALYSIS_TIMEOUT_MS,
    onResult: (response) => {
      fileOf.delete(response.id);
      if (response.type === 'analyze-result') callbacks.onAnalysis(response);
    },
    onFailure: failed('analysis'),
    onSuperseded: forget,
  });
  const track = (fileId: string) => {
    const id = nextId++;
    fileOf.set(id, fileId);
    return id;
  };
  return {
    checkSyntax: (fileId, version, text) => syntax.submit({ type: 'syntax', id: track(fileId), fileId, version, text }),
    analyze: (fileId, version, text, wanted, allowedOrigins) =>
      analysis.submit({ type: 'analyze', id: track(fileId), fileId, version, text, wanted, allowedOrigins }),
    dispose: () => {
      syntax.dispose();
      analysis.dispose();
    },
  };
}
