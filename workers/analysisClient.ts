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

export interface AnalysisCallbacks {
  onSyntax: (response: SyntaxResponse) => void;
  onAnalysis: (response: AnalyzeResponse) => void;
  onFailure: (failure: JobFailure & { stage: 'syntax' | 'analysis' }) => void;
}

export interface AnalysisClientOptions {
  analysisTimeoutMs?: number;
  syntaxTimeoutMs?: number;
  createSyntaxWorker?: () => WorkerLike;
  createAnalysisWorker?: () => WorkerLike;
}

export interface AnalysisClient {
  checkSyntax(version: number, text: string): void;
  analyze(version: number, text: string, wanted: ViewName[], allowedOrigins: string[]): void;
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
  const syntax = new LatestJobRunner<SyntaxWorkerRequest, SyntaxWorkerResponse>({
    createWorker: options.createSyntaxWorker ?? createSyntaxWorker,
    timeoutMs: options.syntaxTimeoutMs ?? 8_000,
    onResult: (response) => {
      if (response.type === 'syntax-result') callbacks.onSyntax(response);
    },
    onFailure: (failure) => callbacks.onFailure({ ...failure, stage: 'syntax' }),
  });
  const analysis = new LatestJobRunner<AnalysisWorkerRequest, AnalysisWorkerResponse>({
    createWorker: options.createAnalysisWorker ?? createAnalysisWorker,
    timeoutMs: options.analysisTimeoutMs ?? DEFAULT_ANALYSIS_TIMEOUT_MS,
    onResult: (response) => {
      if (response.type === 'analyze-result') callbacks.onAnalysis(response);
    },
    onFailure: (failure) => callbacks.onFailure({ ...failure, stage: 'analysis' }),
  });
  return {
    checkSyntax: (version, text) => syntax.submit({ type: 'syntax', id: nextId++, version, text }),
    analyze: (version, text, wanted, allowedOrigins) =>
      analysis.submit({ type: 'analyze', id: nextId++, version, text, wanted, allowedOrigins }),
    dispose: () => {
      syntax.dispose();
      analysis.dispose();
    },
  };
}
