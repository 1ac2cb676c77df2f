import { checkSyntax } from '@/lib/analysis/syntaxCheck';
import type { SyntaxWorkerRequest, SyntaxWorkerResponse } from './protocol';
import { serveJobs } from './serveJobs';

// The fast pass: YAML/JSON syntax and the hostile-input guards, answered in milliseconds.
serveJobs<SyntaxWorkerRequest, SyntaxWorkerResponse>(({ id, version, fileId, text }) => {
  const check = checkSyntax(text);
  return {
    type: 'syntax-result',
    id,
    version,
    fileId,
    result: { format: check.format, specVersion: check.specVersion, diagnostics: check.ok ? [] : check.diagnostics },
  };
});
