import { messageOf } from '@/lib/errors/messageOf';
import { READY } from './protocol';
import type { JobErrorResponse, Versioned } from './protocol';

/**
 * Wires a worker's job handler to its messages: each request gets the handler's answer, or, when the
 * handler throws, a job-error for that request (an ordinary answer, so the page's runner moves on;
 * the page's client names the job in what it tells the user).
 * Posts `ready` once, which starts the job clocks on the page.
 */
export function serveJobs<Request extends Versioned, Response>(handle: (request: Request) => Response | Promise<Response>): void {
  self.onmessage = async (event: MessageEvent<Request>) => {
    const { id, version } = event.data;
    try {
      self.postMessage(await handle(event.data));
    } catch (error) {
      const failure: JobErrorResponse = { type: 'job-error', id, version, message: messageOf(error) };
      self.postMessage(failure);
    }
  };
  self.postMessage(READY);
}
