import { createParser } from '@/lib/analysis/createParser';
import { compareTexts } from '@/lib/diff/compareTexts';
import { createCompareClient } from '@/workers/compareClient';
import type { WorkerLike } from '@/workers/latestJobRunner';
import type { CompareWorkerRequest } from '@/workers/protocol';
import type { StudioServices } from './services';

// One parser for every test worker: its first parse is the slow one.
let sharedParser: ReturnType<typeof createParser> | undefined;

/** A compare worker running the real comparison in-process (the studio's parser, no browser worker). */
export class InProcessCompareWorker implements WorkerLike {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  readonly requests: CompareWorkerRequest[] = [];
  private readonly parser = (sharedParser ??= createParser());
  postMessage(message: unknown) {
    const request = message as CompareWorkerRequest;
    this.requests.push(request);
    const { id, version, oldText, newText, oldLabel, newLabel } = request;
    void compareTexts({ oldText, newText, oldLabel, newLabel }, this.parser).then((result) =>
      this.onmessage?.({ data: { type: 'compare-result', id, version, result, elapsedMs: 0 } } as MessageEvent),
    );
  }
  terminate() {}
}

/** Services for a unit test: a real compare client over `worker`; any other service throws when used. */
export function servicesWithCompare(worker: WorkerLike = new InProcessCompareWorker()): StudioServices {
  const compare = createCompareClient({ createWorker: () => worker });
  return new Proxy({ compare } as StudioServices, {
    get: (target, name) => {
      if (name in target) return target[name as keyof StudioServices];
      throw new Error(`The test did not provide the "${String(name)}" service.`);
    },
  });
}
