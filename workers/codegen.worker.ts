import { createCodegenSession } from '@/lib/codegen/codegenSession';
import { READY } from './protocol';
import type { CodegenWorkerRequest, CodegenWorkerResponse } from './protocol';

// Code generation: Modelina on the last valid document, rebuilt from the analysis worker's JSON.
const generate = createCodegenSession();
const post = (message: CodegenWorkerResponse) => self.postMessage(message);

self.onmessage = async (event: MessageEvent<CodegenWorkerRequest>) => {
  const { id, version, documentJson, language, options } = event.data;
  const started = performance.now();
  try {
    const result = await generate(documentJson, language, options);
    post({ type: 'codegen-result', id, version, result, elapsedMs: performance.now() - started });
  } catch (error) {
    post({ type: 'job-error', id, version, message: `Code generation failed: ${error instanceof Error ? error.message : String(error)}` });
  }
};

self.postMessage(READY);
