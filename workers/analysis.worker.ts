import { isOriginAllowed, setAllowedOrigins } from './installFetchGuard';
import { analyzeDocument } from '@/lib/analysis/analyzeDocument';
import { createParser } from '@/lib/analysis/createParser';
import { READY } from './protocol';
import type { AnalysisWorkerRequest, AnalysisWorkerResponse } from './protocol';

// The full pass: @asyncapi/parser with every schema parser, then the data the open panels need.
const parser = createParser({ isOriginAllowed });
const post = (message: AnalysisWorkerResponse) => self.postMessage(message);

self.onmessage = async (event: MessageEvent<AnalysisWorkerRequest>) => {
  const { id, version, text, wanted } = event.data;
  setAllowedOrigins(event.data.allowedOrigins);
  const started = performance.now();
  try {
    const result = await analyzeDocument(parser, text, wanted);
    post({ type: 'analyze-result', id, version, result, elapsedMs: performance.now() - started });
  } catch (error) {
    post({ type: 'job-error', id, version, message: `The parser failed: ${error instanceof Error ? error.message : String(error)}` });
  }
};

self.postMessage(READY);
