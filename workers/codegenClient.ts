import { LatestJobRunner } from './latestJobRunner';
import type { JobFailure } from './latestJobRunner';
import type { CodegenRequest, CodegenResponse, CodegenWorkerRequest, CodegenWorkerResponse } from './protocol';

export interface CodegenClient {
  generate(request: Omit<CodegenRequest, 'type' | 'id'>): void;
  dispose(): void;
}

/** The one owner of the code-generation worker, created when the generate panel first asks for models. */
export function createCodegenClient(onResult: (response: CodegenResponse) => void, onFailure: (failure: JobFailure) => void): CodegenClient {
  let nextId = 1;
  const runner = new LatestJobRunner<CodegenWorkerRequest, CodegenWorkerResponse>({
    createWorker: () => new Worker(new URL('./codegen.worker.ts', import.meta.url), { type: 'module', name: 'codegen' }),
    // Generating a 300-channel document takes seconds on a busy 2-core machine; a minute is a hang.
    timeoutMs: 60_000,
    onResult: (response) => {
      if (response.type === 'codegen-result') onResult(response);
    },
    onFailure,
  });
  return {
    generate: (request) => runner.submit({ ...request, type: 'codegen', id: nextId++ }),
    dispose: () => runner.dispose(),
  };
}
