import type { DocsExportFile, DocsExportFormat } from '@/lib/docs/exportDocs';
import { LatestJobRunner } from './latestJobRunner';
import type { WorkerLike } from './latestJobRunner';
import type { DocsExportWorkerRequest, DocsExportWorkerResponse } from './protocol';

export interface DocsExportClient {
  /** Renders the documentation of a parsed document (its `stringify()` JSON) in the export worker. */
  exportDocs(version: number, documentJson: string, format: DocsExportFormat): Promise<DocsExportFile>;
  dispose(): void;
}

export interface DocsExportClientOptions {
  timeoutMs?: number;
  createWorker?: () => WorkerLike;
}

const createDocsExportWorker = (): WorkerLike =>
  new Worker(new URL('./docsExport.worker.ts', import.meta.url), { type: 'module', name: 'docs-export' });

interface Waiting {
  resolve: (file: DocsExportFile) => void;
  reject: (error: Error) => void;
}

/** The one owner of the export worker, created on the first export. */
export function createDocsExportClient(options: DocsExportClientOptions = {}): DocsExportClient {
  let nextId = 1;
  // Ids in submission order; the runner keeps one job running and only the newest queued one.
  const waiting = new Map<number, Waiting>();
  const settleOlderThan = (id: number) => {
    for (const [older, w] of waiting) {
      if (older >= id) continue;
      waiting.delete(older);
      w.reject(new Error('A newer export replaced this one.'));
    }
  };
  const runner = new LatestJobRunner<DocsExportWorkerRequest, DocsExportWorkerResponse>({
    createWorker: options.createWorker ?? createDocsExportWorker,
    timeoutMs: options.timeoutMs ?? 30_000,
    onResult: (response) => {
      if (response.type !== 'export-docs-result') return;
      settleOlderThan(response.id);
      waiting.get(response.id)?.resolve(response.file);
      waiting.delete(response.id);
    },
    onFailure: (failure) => {
      // The failed job is the oldest one still waiting: the one that was running.
      const oldest = Math.min(...waiting.keys());
      const w = waiting.get(oldest);
      waiting.delete(oldest);
      w?.reject(new Error(failure.kind === 'timeout' ? 'The export took too long and was stopped.' : failure.reason));
    },
  });
  return {
    exportDocs: (version, documentJson, format) =>
      new Promise<DocsExportFile>((resolve, reject) => {
        const id = nextId++;
        waiting.set(id, { resolve, reject });
        runner.submit({ type: 'export-docs', id, version, documentJson, format });
      }),
    dispose: () => {
      runner.dispose();
      settleOlderThan(Number.POSITIVE_INFINITY);
    },
  };
}

let shared: DocsExportClient | null = null;

/** The page's export client; its worker starts on the first export, not at load. */
export function docsExportClient(): DocsExportClient {
  shared ??= createDocsExportClient();
  return shared;
}
