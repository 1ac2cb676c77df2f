import { createJobClient, mapOutcome } from './jobClient';
import type { JobClientOptions, JobOutcome } from './jobClient';
import type { CodegenRequest, CodegenWorkerRequest, CodegenWorkerResponse } from './protocol';
import type { CodegenOutcome } from '@/lib/codegen/codegenOutcome';

export interface CodegenClient {
  generate(request: Omit<CodegenRequest, 'type' | 'id'>): Promise<JobOutcome<CodegenOutcome>>;
  dispose(): void;
}

/** The one owner of the code-generation worker; the worker starts with the first request. */
export function createCodegenClient(options: JobClientOptions = {}): CodegenClient {
  const jobs = createJobClient<CodegenWorkerRequest, CodegenWorkerResponse>(
    {
      job: 'Code generation',
      createWorker: () => new Worker(new URL('./codegen.worker.ts', import.meta.url), { type: 'module', name: 'codegen' }),
      // Generating a 300-channel document takes seconds on a busy 2-core machine; a minute is a hang.
      timeoutMs: 60_000,
    },
    options,
  );
  return {
    generate: async (request) => mapOutcome(await jobs.run({ ...request, type: 'codegen' }), (r) => r.result),
    dispose: () => jobs.dispose(),
  };
}
