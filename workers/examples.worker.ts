import { isOriginAllowed, setAllowedOrigins } from './installFetchGuard';
import { checkExamples, examplesWorkspace } from '@/lib/analysis/checkExamples';
import { createParser } from '@/lib/analysis/createParser';
import { createRemoteReader } from '@/lib/workspace/remoteRefs';
import type { ExamplesWorkerRequest, ExamplesWorkerResponse } from './protocol';
import { serveJobs } from './serveJobs';

// The example check in its own worker and time limit: a slow example cannot take the parser's verdict down.
const parser = createParser({ isOriginAllowed, rules: 'none' });
// Through the guarded fetch installed above, with time and size limits.
const remote = createRemoteReader({ fetch: (input, init) => self.fetch(input, init) });

serveJobs<ExamplesWorkerRequest, ExamplesWorkerResponse>(async ({ id, version, text, allowedOrigins, workspace }) => {
  setAllowedOrigins(allowedOrigins);
  const started = performance.now();
  const diagnostics = await checkExamples(parser, text, workspace ? examplesWorkspace(workspace, { isOriginAllowed, remote }) : undefined);
  return { type: 'examples-result', id, version, diagnostics, elapsedMs: performance.now() - started };
});
