import { createJobClient } from './jobClient';
import type { JobClientOptions } from './jobClient';
import type { AssistRequest, AssistResponse, AssistWorkerRequest, AssistWorkerResponse } from './protocol';

export type AssistAnswer = Pick<AssistResponse, 'suggestions' | 'hover' | 'locations' | 'edits'> | null;

export interface AssistClient {
  /** Completion, hover and $ref navigation; null when superseded by a newer request or failed. */
  request(request: Omit<AssistRequest, 'type' | 'id'>): Promise<AssistAnswer>;
  dispose(): void;
}

export function createAssistClient(options: JobClientOptions = {}): AssistClient {
  const jobs = createJobClient<AssistWorkerRequest, AssistWorkerResponse>(
    {
      job: 'Editor assistance',
      createWorker: () => new Worker(new URL('./assist.worker.ts', import.meta.url), { type: 'module', name: 'editor-assist' }),
      timeoutMs: 5_000,
    },
    options,
  );
  return {
    request: async (request) => {
      const outcome = await jobs.run({ ...request, type: 'assist' });
      if (outcome.kind !== 'done') return null;
      const { suggestions, hover, locations, edits } = outcome.result;
      return { suggestions, hover, locations, edits };
    },
    dispose: () => jobs.dispose(),
  };
}
