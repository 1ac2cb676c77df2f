import { exportDocumentation } from '@/lib/docs/exportDocs';
import type { DocsExportWorkerRequest, DocsExportWorkerResponse } from './protocol';

// Builds documentation files from the already-parsed document: no parse here, only rendering.
const post = (message: DocsExportWorkerResponse) => self.postMessage(message);

self.onmessage = (event: MessageEvent<DocsExportWorkerRequest>) => {
  const { id, version, documentJson, format } = event.data;
  try {
    post({ type: 'export-docs-result', id, version, file: exportDocumentation(documentJson, format) });
  } catch (error) {
    post({ type: 'job-error', id, version, message: `The export failed: ${error instanceof Error ? error.message : String(error)}` });
  }
};
