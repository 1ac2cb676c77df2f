import { EventSource as UndiciEventSource, WebSocket as UndiciWebSocket } from 'undici';
import type { ConnectionStatus, IncomingMessage, LiveConnection, LiveEnvironment } from '../types';

/**
 * The browser's WebSocket and EventSource for Node tests: undici's WHATWG implementations (Node 20 has
 * neither as a global). mqtt.js needs none: in Node it brings the `ws` package.
 */
export const nodeEnv: LiveEnvironment = {
  WebSocket: UndiciWebSocket as unknown as typeof WebSocket,
  EventSource: UndiciEventSource as unknown as typeof EventSource,
};

/** Resolves with the first status in `state` (now or later); rejects after `timeoutMs` with the statuses seen. */
export function statusReached<S extends ConnectionStatus['state']>(
  connection: LiveConnection,
  state: S,
  timeoutMs = 20_000,
): Promise<Extract<ConnectionStatus, { state: S }>> {
  const seen: string[] = [];
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      dispose();
      reject(new Error(`status never became ${state}; saw ${seen.join(' → ')}`));
    }, timeoutMs);
    const dispose = connection.onStatus((status) => {
      seen.push(status.state === 'closed' || status.state === 'retrying' ? `${status.state} (${status.reason.code}: ${status.reason.message})` : status.state);
      if (status.state === state) {
        clearTimeout(timer);
        // onStatus calls back at once, before `dispose` is assigned: let go a tick later.
        queueMicrotask(() => dispose());
        resolve(status as Extract<ConnectionStatus, { state: S }>);
      }
    });
  });
}

/** Every status a connection goes through, in order, from now on. */
export function recordStatuses(connection: LiveConnection): ConnectionStatus[] {
  const statuses: ConnectionStatus[] = [];
  connection.onStatus((status) => statuses.push(status));
  return statuses;
}

/** A message inbox: `next()` resolves with the next message to arrive (or one already waiting). */
export function inbox(timeoutMs = 20_000): { deliver: (message: IncomingMessage) => void; next: () => Promise<IncomingMessage>; all: IncomingMessage[] } {
  const all: IncomingMessage[] = [];
  const queue: IncomingMessage[] = [];
  const takers: Array<(message: IncomingMessage) => void> = [];
  return {
    all,
    deliver(message) {
      all.push(message);
      const take = takers.shift();
      if (take) take(message);
      else queue.push(message);
    },
    next() {
      const waiting = queue.shift();
      if (waiting) return Promise.resolve(waiting);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no message within ${timeoutMs} ms`)), timeoutMs);
        takers.push((message) => {
          clearTimeout(timer);
          resolve(message);
        });
      });
    },
  };
}
