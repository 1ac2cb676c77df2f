import type { DocsExportFile, DocsExportFormat } from '@/lib/docs/exportDocs';
import { createJobClient, mapOutcome } from './jobClient';
import type { JobClientOptions, JobOutcome } from './jobClient';
import type { DocsExportWorkerRequest, DocsExportWorkerResponse } from './protocol';

export interface DocsExportClient {
  /** Renders the documentation of a parsed document (its `stringify()` JSON) in the export worker. */
  exportDocs(version: number, documentJson: string, format: DocsExportFormat): Promise<JobOutcome<DocsExportFile>>;
  dispose(): void;
}

/** The one owner of the export worker; the worker starts with the first export, not at load. */
export function createDocsExportClient(options: JobClientOptions = {}): DocsExportClient {
  const jobs = createJobClient<DocsExportWorkerRequest, DocsExportWorkerResponse>(
    {
      job: 'The export',
      createWorker: () => new Worker(new URL('./docsExport.worker.ts', import.meta.url), { type: 'module', name: 'docs-export' }),
      timeoutMs: 30_000,
    },
    options,
  );
  return {
    exportDocs: async (version, documentJson, format) =>
      mapOutcome(await jobs.run({ type: 'export-docs', version, documentJson, format }), (r) => r.file),
    dispose: () => jobs.dispose(),
  };
}
