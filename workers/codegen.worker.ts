import { isOriginAllowed } from './installFetchGuard';
import { createParser } from '@/lib/analysis/createParser';
import { createCodegenSession } from '@/lib/codegen/codegenSession';
import { READY } from './protocol';
import type { CodegenWorkerRequest, CodegenWorkerResponse } from './protocol';

// Code generation: the same parser configuration as the analysis worker, then Modelina on its document.
const generate = createCodegenSession(createParser({ isOriginAllowed }));
const post = (message: CodegenWorkerResponse) => self.postMessage(message);

self.onmessage = async (event: MessageEvent<CodegenWorkerRequest>) => {
  const { id, version, text, language, options } = event.data;
  const started = performance.now();
  try {
    const result = await generate(text, language, options);
    post({ type: 'codegen-result', id, version, result, elapsedMs: performance.now() - started });
  } catch (error) {
    post({ type: 'job-error', id, version, message: `Code generation failed: ${error instanceof Error ? error.message : String(error)}` });
  }
};

self.postMessage(READY);
