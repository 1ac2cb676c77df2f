import type { LiveError } from '../liveErrors';
import type { Capabilities, ConnectionSettings, IncomingMessage, LiveCredentials, LiveEnvironment, PublishOptions } from '../types';

/** What an adapter gets to open one session: everything but the reconnect policy, which the connection owns. */
export interface OpenContext {
  settings: ConnectionSettings;
  credentials: LiveCredentials;
  env: Required<Pick<LiveEnvironment, 'timers' | 'now'>> & LiveEnvironment;
  maxMessageBytes: number;
  connectTimeoutMs: number;
  /** The session ended without close() being called (the server went away, an error frame…). Called at most once. */
  onLost: (error: LiveError) => void;
}

/**
 * One connected session of one protocol. It never reconnects by itself (each library's own reconnect is
 * turned off): losing it is reported once through `onLost`, and the connection decides what comes next.
 */
export interface AdapterSession {
  /** A note for the status line, e.g. "MQTT 3.1.1: the broker refused MQTT 5, so messages carry no headers". */
  note?: string;
  /** Overrides the adapter's static capabilities once the session knows more (MQTT's version). */
  capabilities?: Partial<Capabilities>;
  subscribe(address: string, deliver: (message: IncomingMessage) => void): Promise<() => Promise<void>>;
  publish(address: string, payload: string | Uint8Array, headers: Record<string, string>, options: PublishOptions): Promise<void>;
  close(): Promise<void>;
}

export interface Adapter {
  kind: string;
  /** Rejects with a LiveError (refused, timeout, auth, bad-url…) when no session could be opened. */
  open(context: OpenContext): Promise<AdapterSession>;
}
