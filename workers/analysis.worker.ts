import { isOriginAllowed, setAllowedOrigins } from './installFetchGuard';
import { analyzeDocument } from '@/lib/analysis/analyzeDocument';
import { createParser } from '@/lib/analysis/createParser';
import type { AnalysisWorkerRequest, AnalysisWorkerResponse } from './protocol';
import { serveJobs } from './serveJobs';

// The full pass: @asyncapi/parser with every schema parser, then the data the open panels need.
const parser = createParser({ isOriginAllowed });

serveJobs<AnalysisWorkerRequest, AnalysisWorkerResponse>(async ({ id, version, fileId, text, wanted, allowedOrigins }) => {
  setAllowedOrigins(allowedOrigins);
  const started = performance.now();
  const result = await analyzeDocument(parser, text, wanted);
  return { type: 'analyze-result', id, version, fileId, result, elapsedMs: performance.now() - started };
});
