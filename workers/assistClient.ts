import { LatestJobRunner } from './latestJobRunner';
import type { AssistRequest, AssistResponse, AssistWorkerRequest, AssistWorkerResponse } from './protocol';

type Answer = Pick<AssistResponse, 'suggestions' | 'hover' | 'locations' | 'edits'> | null;

let runner: LatestJobRunner<AssistWorkerRequest, AssistWorkerResponse> | null = null;
const waiting = new Map<number, (answer: Answer) => void>();
let nextId = 1;

// Answers come in order; a request replaced by a newer one before it ran gets no answer, so settle it empty.
function settleUpTo(id: number, answer: Answer) {
  for (const [waitingId, resolve] of waiting) {
    if (waitingId > id) continue;
    resolve(waitingId === id ? answer : null);
    waiting.delete(waitingId);
  }
}

function ensureRunner() {
  runner ??= new LatestJobRunner<AssistWorkerRequest, AssistWorkerResponse>({
    createWorker: () => new Worker(new URL('./assist.worker.ts', import.meta.url), { type: 'module', name: 'editor-assist' }),
    timeoutMs: 5_000,
    onResult: (response) => {
      if (response.type === 'assist-result') settleUpTo(response.id, { suggestions: response.suggestions, hover: response.hover, locations: response.locations, edits: response.edits });
    },
    onFailure: () => settleUpTo(Number.MAX_SAFE_INTEGER, null),
  });
  return runner;
}

/** Asks the assist worker; resolves null when the answer was superseded or failed. */
export function requestAssist(request: Omit<AssistRequest, 'type' | 'id'>): Promise<Answer> {
  const id = nextId++;
  return new Promise((resolve) => {
    waiting.set(id, resolve);
    ensureRunner().submit({ ...request, type: 'assist', id });
  });
}
