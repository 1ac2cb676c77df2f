import { CAPABILITIES, loadAdapter } from './adapters/registry';
import type { AdapterSession, OpenContext } from './adapters/adapter';
import { DEFAULT_MAX_MESSAGE_BYTES } from './adapters/payload';
import { backoffDelay, DEFAULT_RETRY } from './backoff';
import { assertNoSecrets } from './credentials';
import { isPermanent, LiveError, toLiveError } from './liveErrors';
import type {
  Capabilities,
  CloseReason,
  ConnectOptions,
  ConnectionStatus,
  IncomingMessage,
  LiveConnection,
  PublishOptions,
  RetryPolicy,
  Subscription,
} from './types';

const DEFAULT_CONNECT_TIMEOUT_MS = 10_000;

interface Registered {
  address: string;
  onMessage: (message: IncomingMessage) => void;
  /** The session it is subscribed on, and how to undo it there. */
  session: AdapterSession | null;
  release: (() => Promise<void>) | null;
}

function reasonOf(error: LiveError): CloseReason {
  return { code: error.code, message: error.message };
}

/**
 * Opens a live connection: call it only from a user's action (the studio never connects by itself).
 * Returns at once, in state `connecting`; follow `onStatus`. A lost connection is retried with
 * exponential backoff (`settings.retry`), and subscriptions are made again on the new session.
 */
export function connect(options: ConnectOptions): LiveConnection {
  const settings = Object.freeze(structuredClone(options.settings));
  // Held only in this closure: never on the returned object, never in settings.
  const credentials = { ...(options.credentials ?? {}) };
  const policy: RetryPolicy = { ...DEFAULT_RETRY, ...(settings.retry ?? {}) };
  const timers = options.env?.timers ?? {
    set: (fn: () => void, ms: number) => setTimeout(fn, ms),
    clear: (handle: unknown) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  };
  const now = options.env?.now ?? Date.now;
  const random = options.env?.random ?? Math.random;
  const env = { ...options.env, timers, now };
  const maxMessageBytes = options.maxMessageBytes ?? DEFAULT_MAX_MESSAGE_BYTES;
  const connectTimeoutMs = settings.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS;

  let status: ConnectionStatus = { state: 'connecting', attempt: 1 };
  let session: AdapterSession | null = null;
  let closedByUser = false;
  let everConnected = false;
  let retryTimer: unknown = null;
  let generation = 0;
  const listeners = new Set<(status: ConnectionStatus) => void>();
  const waiters = new Set<{ resolve: () => void; reject: (error: LiveError) => void }>();
  const registered = new Set<Registered>();

  function setStatus(next: ConnectionStatus): void {
    status = next;
    for (const listener of [...listeners]) listener(next);
    if (next.state === 'connected') for (const w of [...waiters]) w.resolve();
    if (next.state === 'closed') for (const w of [...waiters]) w.reject(new LiveError('not-connected', next.reason.message));
    if (next.state === 'connected' || next.state === 'closed') waiters.clear();
  }

  function whenConnected(): Promise<void> {
    if (status.state === 'connected') return Promise.resolve();
    if (status.state === 'closed') return Promise.reject(new LiveError('not-connected', status.reason.message));
    return new Promise((resolve, reject) => waiters.add({ resolve, reject }));
  }

  async function subscribeOn(current: AdapterSession, entry: Registered): Promise<void> {
    const deliver = (message: IncomingMessage) => {
      if (!registered.has(entry) || entry.session !== current) return;
      try {
        entry.onMessage(message);
      } catch {
        // A listener's bug must not take the protocol client down with it.
      }
    };
    entry.session = current;
    entry.release = await current.subscribe(entry.address, deliver);
  }

  function lost(error: LiveError, ofGeneration: number): void {
    if (closedByUser || ofGeneration !== generation) return;
    generation++;
    session = null;
    for (const entry of registered) {
      entry.session = null;
      entry.release = null;
    }
    const attempt = status.state === 'retrying' || status.state === 'connecting' ? status.attempt : 0;
    const mayRetry = !isPermanent(error.code) && (everConnected || policy.retryFirstConnect);
    if (!mayRetry) {
      setStatus({ state: 'closed', reason: reasonOf(error) });
      return;
    }
    const next = status.state === 'connected' ? 1 : attempt + 1;
    if (next > policy.maxAttempts) {
      setStatus({ state: 'closed', reason: reasonOf(new LiveError('gave-up', error.detail ?? error.message)) });
      return;
    }
    const delayMs = backoffDelay(next, policy, random);
    setStatus({ state: 'retrying', attempt: next, delayMs, reason: reasonOf(error) });
    retryTimer = timers.set(() => {
      retryTimer = null;
      void open(next);
    }, delayMs);
  }

  async function open(attempt: number): Promise<void> {
    if (closedByUser) return;
    const mine = ++generation;
    setStatus({ state: 'connecting', attempt });
    let opened: AdapterSession;
    try {
      assertNoSecrets(settings);
      const adapter = await loadAdapter(settings.adapter);
      const context: OpenContext = {
        settings,
        credentials,
        env,
        maxMessageBytes,
        connectTimeoutMs,
        onLost: (error) => lost(error, mine),
      };
      opened = await withTimeout(adapter.open(context), connectTimeoutMs, timers);
    } catch (error) {
      if (mine === generation) lost(toLiveError(error, 'refused'), mine);
      return;
    }
    if (closedByUser || mine !== generation) {
      // Superseded (timed out, or closed meanwhile): this late session must not linger.
      void opened.close().catch(() => undefined);
      return;
    }
    session = opened;
    everConnected = true;
    // Subscriptions come back before "connected" is said, so nothing sent after it is missed.
    for (const entry of [...registered]) {
      try {
        await subscribeOn(opened, entry);
      } catch (error) {
        lost(toLiveError(error, 'protocol'), mine);
        return;
      }
      if (mine !== generation) return;
    }
    setStatus({ state: 'connected', since: now(), note: opened.note });
  }

  const connection: LiveConnection = {
    settings,
    get capabilities(): Capabilities {
      return { ...CAPABILITIES[settings.adapter], ...(session?.capabilities ?? {}) };
    },
    get status() {
      return status;
    },
    onStatus(listener) {
      listeners.add(listener);
      listener(status);
      return () => listeners.delete(listener);
    },
    async subscribe(address, onMessage): Promise<Subscription> {
      if (!connection.capabilities.receive) throw new LiveError('unsupported', `${settings.adapter} connections only send`);
      await whenConnected();
      const entry: Registered = { address, onMessage, session: null, release: null };
      registered.add(entry);
      const current = session;
      if (current) {
        try {
          await subscribeOn(current, entry);
        } catch (error) {
          registered.delete(entry);
          throw toLiveError(error, 'rejected');
        }
      }
      return {
        address,
        async unsubscribe() {
          if (!registered.delete(entry)) return;
          const release = entry.release;
          entry.release = null;
          entry.session = null;
          if (release) await release().catch(() => undefined);
        },
      };
    },
    async publish(address, payload, headers = {}, publishOptions: PublishOptions = {}) {
      const capabilities = connection.capabilities;
      if (!capabilities.send) throw new LiveError('unsupported', `${settings.adapter} connections only receive`);
      if (Object.keys(headers).length > 0 && !capabilities.headers) {
        throw new LiveError('unsupported', session?.note ?? `${settings.adapter} messages carry no headers`);
      }
      const current = session;
      if (!current || status.state !== 'connected') throw new LiveError('not-connected');
      try {
        await current.publish(address, payload, headers, publishOptions);
      } catch (error) {
        throw toLiveError(error, 'rejected');
      }
    },
    async close() {
      if (closedByUser) return;
      closedByUser = true;
      generation++;
      if (retryTimer !== null) timers.clear(retryTimer);
      retryTimer = null;
      const current = session;
      session = null;
      registered.clear();
      setStatus({ state: 'closed', reason: reasonOf(new LiveError('closed-by-user')) });
      if (current) await current.close().catch(() => undefined);
    },
  };

  void open(1);
  return connection;
}

function withTimeout<T>(promise: Promise<T>, ms: number, timers: OpenContext['env']['timers']): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const handle = timers.set(() => reject(new LiveError('timeout', `no answer within ${Math.round(ms / 100) / 10} s`)), ms);
    promise.then(
      (value) => {
        timers.clear(handle);
        resolve(value);
      },
      (error: unknown) => {
        timers.clear(handle);
        reject(error);
      },
    );
  });
}
