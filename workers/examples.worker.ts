import { isOriginAllowed, setAllowedOrigins } from './installFetchGuard';
import { checkExamples } from '@/lib/analysis/checkExamples';
import { createParser } from '@/lib/analysis/createParser';
import type { ExamplesWorkerRequest, ExamplesWorkerResponse } from './protocol';
import { serveJobs } from './serveJobs';

// The example check in its own worker and time limit: a slow example cannot take the parser's verdict down.
const parser = createParser({ isOriginAllowed, rules: 'none' });

serveJobs<ExamplesWorkerRequest, ExamplesWorkerResponse>(async ({ id, version, text, allowedOrigins }) => {
  setAllowedOrigins(allowedOrigins);
  const started = performance.now();
  const diagnostics = await checkExamples(parser, text);
  return { type: 'examples-result', id, version, diagnostics, elapsedMs: performance.now() - started };
});
