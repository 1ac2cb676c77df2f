import { isOriginAllowed, setAllowedOrigins } from './installFetchGuard';
import { analyzeDocument } from '@/lib/analysis/analyzeDocument';
import { createParser } from '@/lib/analysis/createParser';
import { analyzeWorkspaceDocument } from '@/lib/workspace/analyzeWorkspaceDocument';
import { WorkspaceFileStore } from '@/lib/workspace/fileStore';
import { createRemoteReader } from '@/lib/workspace/remoteRefs';
import type { AnalysisWorkerRequest, AnalysisWorkerResponse } from './protocol';
import { serveJobs } from './serveJobs';

// The full pass: @asyncapi/parser with every schema parser, then the data the open panels need.
const parser = createParser({ isOriginAllowed });
// The workspace texts this worker was sent, kept between jobs (by path and version).
const workspaceFiles = new WorkspaceFileStore();
// Through the guarded fetch installed above, with time and size limits.
const remote = createRemoteReader({ fetch: (input, init) => self.fetch(input, init) });

serveJobs<AnalysisWorkerRequest, AnalysisWorkerResponse>(async ({ id, version, fileId, text, wanted, allowedOrigins, workspace }) => {
  setAllowedOrigins(allowedOrigins);
  const started = performance.now();
  if (!workspace) {
    const result = await analyzeDocument(parser, text, wanted);
    return { type: 'analyze-result', id, version, fileId, result, elapsedMs: performance.now() - started };
  }
  workspaceFiles.update(workspace.files);
  const analysis = await analyzeWorkspaceDocument(parser, {
    documentPath: workspace.documentPath,
    text,
    reader: workspaceFiles,
    wanted,
    isOriginAllowed,
    remote,
  });
  if (analysis.kind === 'needs-files') return { type: 'analyze-needs-files', id, version, fileId, paths: analysis.paths };
  return { type: 'analyze-result', id, version, fileId, result: analysis.outcome, workspace: analysis.facts, elapsedMs: performance.now() - started };
});
