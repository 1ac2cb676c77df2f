import { runEditJob } from '@/lib/edit/editJobs';
import { createEditClient } from '@/workers/editClient';
import type { EditLane } from '@/workers/editClient';
import type { WorkerLike } from '@/workers/latestJobRunner';
import type { EditWorkerRequest, EditWorkerResponse } from '@/workers/protocol';
import type { StudioServices } from './services';

/** An edit worker running the real job handler in-process, answering only when the test says so. */
export class HeldEditWorker implements WorkerLike {
  inbox: EditWorkerRequest[] = [];
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  postMessage(message: unknown) {
    this.inbox.push(message as EditWorkerRequest);
  }
  terminate() {}
  /** Waits a few ticks for a request to be posted (store actions post after their own awaits). */
  async hasRequest(): Promise<EditWorkerRequest> {
    for (let tick = 0; tick < 50 && this.inbox.length === 0; tick++) await new Promise((resolve) => setTimeout(resolve, 0));
    const request = this.inbox[0];
    if (!request) throw new Error('The edit worker has no request to answer.');
    return request;
  }

  /** Answers the oldest request with what the real worker would say. */
  async answerNext(): Promise<void> {
    await this.hasRequest();
    const request = this.inbox.shift();
    if (!request) throw new Error('The edit worker has no request to answer.');
    const response: EditWorkerResponse = { type: 'edit-result', id: request.id, version: request.version, result: await runEditJob(request.job) };
    this.onmessage?.({ data: response } as MessageEvent);
  }
}

/** Services with the real edit client over held workers, one per lane; any other service throws when used. */
export function servicesWithEdit(): { services: StudioServices; lanes: Record<EditLane, HeldEditWorker> } {
  const lanes: Record<EditLane, HeldEditWorker> = { act: new HeldEditWorker(), inspect: new HeldEditWorker(), check: new HeldEditWorker() };
  const edit = createEditClient({ createWorker: (lane) => lanes[lane] });
  const services = new Proxy({ edit } as StudioServices, {
    get: (target, name) => {
      if (name in target) return target[name as keyof StudioServices];
      throw new Error(`The test did not provide the "${String(name)}" service.`);
    },
  });
  return { services, lanes };
}
