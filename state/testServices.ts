import { createConvertClient } from '@/workers/convertClient';
import { handleConvertRequest } from '@/workers/convertJobs';
import type { WorkerLike } from '@/workers/latestJobRunner';
import type { ConvertWorkerRequest } from '@/workers/protocol';
import type { StudioServices } from './services';

/** A convert worker running the real request handler in-process, answering only when the test says so. */
export class HeldConvertWorker implements WorkerLike {
  inbox: ConvertWorkerRequest[] = [];
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  postMessage(message: unknown) {
    this.inbox.push(message as ConvertWorkerRequest);
  }
  terminate() {}
  answerNext() {
    const request = this.inbox.shift();
    if (request) this.onmessage?.({ data: handleConvertRequest(request) } as MessageEvent);
  }
}

/** Services for a unit test: a real convert client over `worker`; any other service throws when used. */
export function servicesWithConvert(worker: WorkerLike): StudioServices {
  const convert = createConvertClient({ createWorker: () => worker });
  return new Proxy({ convert } as StudioServices, {
    get: (target, name) => {
      if (name in target) return target[name as keyof StudioServices];
      throw new Error(`The test did not provide the "${String(name)}" service.`);
    },
  });
}
