import { createCodegenSession } from '@/lib/codegen/codegenSession';
import type { CodegenWorkerRequest, CodegenWorkerResponse } from './protocol';
import { serveJobs } from './serveJobs';

// Code generation: Modelina on the last valid document, rebuilt from the analysis worker's JSON.
const generate = createCodegenSession();

serveJobs<CodegenWorkerRequest, CodegenWorkerResponse>(async ({ id, version, documentJson, language, options }) => {
  const started = performance.now();
  const result = await generate(documentJson, language, options);
  return { type: 'codegen-result', id, version, result, elapsedMs: performance.now() - started };
});
