import { exportDocumentation } from '@/lib/docs/exportDocs';
import type { DocsExportWorkerRequest, DocsExportWorkerResponse } from './protocol';
import { serveJobs } from './serveJobs';

// Builds documentation files from the already-parsed document: no parse here, only rendering.
serveJobs<DocsExportWorkerRequest, DocsExportWorkerResponse>(
  ({ id, version, documentJson, format }) => ({ type: 'export-docs-result', id, version, file: exportDocumentation(documentJson, format) }),
);
