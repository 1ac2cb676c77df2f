import { gatedWorker } from './gatedWorker';
import { LatestJobRunner } from './latestJobRunner';
import type { JobFailure, WorkerLike } from './latestJobRunner';
import type {
  AnalysisWorkerRequest,
  AnalysisWorkerResponse,
  AnalyzeRequest,
  AnalyzeResponse,
  SyntaxResponse,
  SyntaxWorkerRequest,
  SyntaxWorkerResponse,
} from './protocol';
import type { ViewName } from '@/lib/analysis/derivedViews';
import { WorkspaceFeed } from '@/lib/workspace/workspaceFeed';
import type { FeedFile } from '@/lib/workspace/workspaceFeed';
import type { SkipReason } from '@/lib/workspace/types';

export type AnalysisStage = 'syntax' | 'analysis';

/** A failed job of one file's analysis; `version` is the file's version it was for. */
export type AnalysisFailure = JobFailure & { stage: AnalysisStage; fileId: string };

/**
 * An analysis result with what it was computed from: for each workspace path the document depends on, the
 * stamp of the file that was there (see `workspaceStamp`), so the store can tell when an edit elsewhere
 * made it stale.
 */
export type AnalysisResult = AnalyzeResponse & { inputs?: Record<string, string> };

export interface AnalysisCallbacks {
  onSyntax: (response: SyntaxResponse) => void;
  onAnalysis: (response: AnalysisResult) => void;
  onFailure: (failure: AnalysisFailure) => void;
}

export interface AnalysisClientOptions {
  analysisTimeoutMs?: number;
  syntaxTimeoutMs?: number;
  createSyntaxWorker?: () => WorkerLike;
  createAnalysisWorker?: () => WorkerLike;
  /** The workers start once this settles (see gatedWorker); jobs submitted before then wait. */
  startAfter?: Promise<unknown>;
}

/** One file of the workspace as the page holds it; `id` tells a file apart from another one later at the same path. */
export interface WorkspaceInputFile {
  id?: string;
  path: string;
  version: number;
  text?: string;
  skipped?: { reason: SkipReason; size?: number };
}

/** The document's place in the workspace: its path, and every file of the workspace. */
export interface WorkspaceInput {
  documentPath: string;
  files: ReadonlyArray<WorkspaceInputFile>;
}

export interface AnalysisClient {
  checkSyntax(fileId: string, version: number, text: string): void;
  analyze(fileId: string, version: number, text: string, wanted: ViewName[], allowedOrigins: string[], workspace?: WorkspaceInput): void;
  /** Called whenever the analysis lane has nothing running or queued (for background re-validation). */
  onIdle(listener: () => void): () => void;
  /** Whether the analysis lane has nothing running or queued. */
  idle(): boolean;
  dispose(): void;
}

/** What a workspace path held when a request was made: `<file id>@<version>`, `skipped` or `absent`. */
export function workspaceStamp(file: Pick<WorkspaceInputFile, 'id' | 'version' | 'skipped'> | undefined): string {
  if (!file) return 'absent';
  if (file.skipped) return `skipped:${file.skipped.reason}`;
  return `${file.id ?? ''}@${file.version}`;
}

/** The pseudo-path under which a result's stamps record the allowed origins (when the document reaches remote refs). */
export const ORIGINS_INPUT = '#allowed-origins';

// Workers are created lazily, on the first job, and again after a crash or time-out.
const createSyntaxWorker = (): WorkerLike =>
  new Worker(new URL('./syntax.worker.ts', import.meta.url), { type: 'module', name: 'syntax' });
const createAnalysisWorker = (): WorkerLike =>
  new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module', name: 'analysis' });

export const DEFAULT_ANALYSIS_TIMEOUT_MS = 12_000;
/** Extra time an analysis gets per million characters of text: a 3,000-channel document parses for many seconds on a busy machine. */
export const ANALYSIS_MS_PER_MEGACHAR = 10_000;

/** The time limit of one analysis: the base limit, plus time in proportion to the text's size. */
export function analysisTimeLimit(textLength: number, baseMs: number = DEFAULT_ANALYSIS_TIMEOUT_MS): number {
  return baseMs + Math.round((textLength / 1_000_000) * ANALYSIS_MS_PER_MEGACHAR);
}
/** Rounds of `analyze-needs-files` one request may take (one per level of $refs): a bound, never reached by real projects. */
const MAX_FILE_ROUNDS = 64;

interface Sent {
  fileId: string;
  request: AnalyzeRequest;
  workspace?: WorkspaceInput;
  feedFiles?: FeedFile[];
  rounds: number;
}

/**
 * Feed versions: the worker's file store knows a path's text by (path, version), so each distinct file
 * content at a path (file id and version) gets its own number, even after a rename or a delete and re-create.
 */
class FeedVersions {
  private next = 1;
  private byPath = new Map<string, { stamp: string; version: number }>();
  versionOf(file: WorkspaceInputFile): number {
    const stamp = workspaceStamp(file);
    const known = this.byPath.get(file.path);
    if (known?.stamp === stamp) return known.version;
    const version = this.next++;
    this.byPath.set(file.path, { stamp, version });
    return version;
  }
}

/** The one owner of the analysis workers: two lanes, so a slow full parse never delays syntax feedback. */
export function createAnalysisClient(callbacks: AnalysisCallbacks, options: AnalysisClientOptions = {}): AnalysisClient {
  const { startAfter } = options;
  const gated = (create: () => WorkerLike) => (startAfter ? () => gatedWorker(create, startAfter) : create);
  let nextId = 1;
  // Which file each request was for, so a failure (which carries only the request id) reaches that file.
  const fileOf = new Map<number, string>();
  const sentAnalyses = new Map<number, Sent>();
  const feed = new WorkspaceFeed('lazy');
  const feedVersions = new FeedVersions();
  const idleListeners = new Set<() => void>();
  let latestAnalysisId = 0;

  const failed = (stage: AnalysisStage) => (failure: JobFailure) => {
    const fileId = failure.id === undefined ? undefined : fileOf.get(failure.id);
    if (failure.id !== undefined) fileOf.delete(failure.id);
    if (stage === 'analysis') {
      if (failure.id !== undefined) sentAnalyses.delete(failure.id);
      // A replaced worker holds no texts: the next request finds out what it needs again.
      if (failure.kind !== 'job-error') feed.reset();
      notifyIdleSoon();
    }
    if (fileId !== undefined) callbacks.onFailure({ ...failure, stage, fileId });
  };
  const forget = (request: { id: number }) => {
    fileOf.delete(request.id);
    sentAnalyses.delete(request.id);
  };
  const syntax = new LatestJobRunner<SyntaxWorkerRequest, SyntaxWorkerResponse>({
    job: 'The syntax check',
    createWorker: gated(options.createSyntaxWorker ?? createSyntaxWorker),
    timeoutMs: options.syntaxTimeoutMs ?? 8_000,
    onResult: (response) => {
      fileOf.delete(response.id);
      if (response.type === 'syntax-result') callbacks.onSyntax(response);
    },
    onFailure: failed('syntax'),
    onSuperseded: forget,
  });

  const track = (fileId: string) => {
    const id = nextId++;
    fileOf.set(id, fileId);
    return id;
  };

  const submitAnalysis = (sent: Omit<Sent, 'request'> & { request: Omit<AnalyzeRequest, 'id' | 'workspace'> }) => {
    const id = track(sent.fileId);
    latestAnalysisId = id;
    const request: AnalyzeRequest = { ...sent.request, id };
    if (sent.workspace && sent.feedFiles) request.workspace = { documentPath: sent.workspace.documentPath, files: feed.entries(sent.feedFiles) };
    sentAnalyses.set(id, { ...sent, request });
    analysis.submit(request);
  };

  const inputsOf = (sent: Sent, response: AnalyzeResponse): Record<string, string> | undefined => {
    const facts = response.workspace;
    if (!facts || !sent.workspace) return undefined;
    const byPath = new Map(sent.workspace.files.map((f) => [f.path, f]));
    const inputs: Record<string, string> = {};
    for (const path of facts.dependencies) inputs[path] = workspaceStamp(byPath.get(path));
    if (facts.remoteRefs.length > 0) inputs[ORIGINS_INPUT] = sent.request.allowedOrigins.join(' ');
    return inputs;
  };

  const onAnalysisAnswer = (response: AnalysisWorkerResponse) => {
    const sent = sentAnalyses.get(response.id);
    sentAnalyses.delete(response.id);
    fileOf.delete(response.id);
    if (sent?.request.workspace) feed.delivered(sent.request.workspace.files);
    if (response.type === 'analyze-result') {
      callbacks.onAnalysis(sent ? { ...response, inputs: inputsOf(sent, response) } : response);
    } else if (response.type === 'analyze-needs-files') {
      feed.forget(response.paths);
      // A newer request is queued: it goes next, and gets what it needs the same way.
      if (sent && response.id === latestAnalysisId) {
        if (sent.rounds >= MAX_FILE_ROUNDS) {
          callbacks.onFailure({ id: response.id, version: response.version, fileId: sent.fileId, stage: 'analysis', kind: 'job-error', reason: 'Analysis stopped: the $refs kept asking for more files than expected.' });
        } else {
          submitAnalysis({ ...sent, rounds: sent.rounds + 1 });
          return;
        }
      }
    }
    notifyIdleSoon();
  };

  const analysis: LatestJobRunner<AnalysisWorkerRequest, AnalysisWorkerResponse> = new LatestJobRunner<AnalysisWorkerRequest, AnalysisWorkerResponse>({
    job: 'Analysis',
    createWorker: gated(options.createAnalysisWorker ?? createAnalysisWorker),
    timeoutMs: (request) => analysisTimeLimit(request.text.length, options.analysisTimeoutMs),
    onResult: onAnalysisAnswer,
    onFailure: failed('analysis'),
    onSuperseded: forget,
  });

  const isIdle = () => !analysis.busy;
  // Results are delivered before the runner starts its queued job: look once it has.
  function notifyIdleSoon() {
    queueMicrotask(() => {
      if (isIdle()) for (const listener of [...idleListeners]) listener();
    });
  }

  return {
    checkSyntax: (fileId, version, text) => syntax.submit({ type: 'syntax', id: track(fileId), fileId, version, text }),
    analyze: (fileId, version, text, wanted, allowedOrigins, workspace) => {
      const feedFiles = workspace?.files.map((f): FeedFile => ({ path: f.path, version: feedVersions.versionOf(f), text: f.text, skipped: f.skipped }));
      submitAnalysis({ fileId, workspace, feedFiles, rounds: 0, request: { type: 'analyze', fileId, version, text, wanted, allowedOrigins } });
    },
    onIdle: (listener) => {
      idleListeners.add(listener);
      return () => idleListeners.delete(listener);
    },
    idle: isIdle,
    dispose: () => {
      idleListeners.clear();
      syntax.dispose();
      analysis.dispose();
    },
  };
}
