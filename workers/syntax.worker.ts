import { checkSyntax } from '@/lib/analysis/syntaxCheck';
import { createStructurePass } from '@/lib/analysis/structurePass';
import { loadSpecSchema } from '@/lib/analysis/structureSchemas';
import type { SyntaxWorkerRequest, SyntaxWorkerResponse } from './protocol';
import { serveJobs } from './serveJobs';

// The fast pass: YAML/JSON syntax, the hostile-input guards, then the version's JSON Schema on the same loaded
// value (Ajv, compiled once per version here: this worker's CSP allows it, the page's does not).
const structurePass = createStructurePass(loadSpecSchema);

serveJobs<SyntaxWorkerRequest, SyntaxWorkerResponse>(({ id, version, fileId, text }) => {
  const check = checkSyntax(text);
  return {
    type: 'syntax-result',
    id,
    version,
    fileId,
    result: check.ok
      ? { format: check.format, specVersion: check.specVersion, stage: 'structure', diagnostics: structurePass(text, check) }
      : { format: check.format, specVersion: check.specVersion, stage: 'syntax', diagnostics: check.diagnostics },
  };
});
