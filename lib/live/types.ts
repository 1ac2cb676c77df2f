import type { LiveErrorCode } from './liveErrors';

/** The clients the live panel can connect with, one adapter each (see adapters/registry.ts). */
export type AdapterKind = 'ws' | 'mqtt' | 'nats' | 'stomp' | 'sse' | 'http' | 'kafka-bridge';

/**
 * How to reach one endpoint: plain, persistable data (a share link, IndexedDB, the store may hold it).
 * It has no place for a secret on purpose: credentials travel separately, in memory only
 * (`ConnectOptions.credentials`). A URL with a user or password in it is refused (`splitCredentials`
 * moves them out first).
 */
export interface ConnectionSettings {
  adapter: AdapterKind;
  /**
   * ws/sse/http: the full URL of the endpoint (server URL + channel address).
   * mqtt/nats/stomp: the broker's WebSocket URL. kafka-bridge: the bridge's base URL.
   */
  url: string;
  mqtt?: {
    /** 5 (headers as user properties), 4 (MQTT 3.1.1, no headers), or 'auto': 5, then 4 if the broker refuses 5. */
    protocolVersion?: 5 | 4 | 'auto';
    clientId?: string;
  };
  stomp?: {
    /** The STOMP `host` header: RabbitMQ's virtual host (default: the URL's host name). */
    virtualHost?: string;
  };
  sse?: {
    /** Named events to listen for besides unnamed ones (`event: <name>` in the stream). */
    eventTypes?: string[];
    /** Send cookies with the request (EventSource cannot send an Authorization header). */
    withCredentials?: boolean;
  };
  http?: {
    method?: 'POST' | 'PUT' | 'PATCH';
  };
  kafka?: {
    /** Consumer group for the bridge's consumer instance (default: a fresh `asyncapi-studio-…` group). */
    consumerGroup?: string;
    /** Where a new consumer starts reading (default `latest`). */
    offsetReset?: 'latest' | 'earliest';
    /** How long one poll waits on the bridge, ms (default 1000). */
    pollTimeoutMs?: number;
  };
  retry?: Partial<RetryPolicy>;
  /** Give up the first connection attempt after this long, ms (default 10 000). */
  connectTimeoutMs?: number;
}

/** Secrets for one connection: kept in memory by the connection, never in settings, logs or entries. */
export interface LiveCredentials {
  username?: string;
  password?: string;
  /** A bearer token (HTTP, Kafka bridge) or a NATS token. */
  token?: string;
}

export interface RetryPolicy {
  /** Reconnection attempts after a connection is lost, before giving up. */
  maxAttempts: number;
  initialDelayMs: number;
  maxDelayMs: number;
  /** Also retry when the very first connection fails (default false: a wrong URL says so at once). */
  retryFirstConnect: boolean;
}

/** Seams for tests and for hosts without the browser's globals; never persisted. */
export interface LiveEnvironment {
  WebSocket?: typeof WebSocket;
  EventSource?: typeof EventSource;
  fetch?: typeof fetch;
  timers?: { set: (fn: () => void, ms: number) => unknown; clear: (handle: unknown) => void };
  now?: () => number;
  random?: () => number;
}

export interface ConnectOptions {
  settings: ConnectionSettings;
  credentials?: LiveCredentials;
  /** Payloads larger than this are cut to it and flagged `truncated` (default 1 MiB). */
  maxMessageBytes?: number;
  env?: LiveEnvironment;
}

export interface CloseReason {
  code: LiveErrorCode;
  /** For a person: the catalogued message plus the specific detail. */
  message: string;
}

/** A connection's state; every change is reported to `onStatus` listeners. */
export type ConnectionStatus =
  | { state: 'connecting'; attempt: number }
  | { state: 'connected'; since: number; note?: string }
  | { state: 'retrying'; attempt: number; delayMs: number; reason: CloseReason }
  | { state: 'closed'; reason: CloseReason };

/** A payload as the log holds it: text when it is UTF-8, else base64; never more than the size limit. */
export interface PayloadData {
  text: string;
  encoding: 'utf8' | 'base64';
  /** Size on the wire, in bytes (before any truncation). */
  bytes: number;
  truncated: boolean;
}

export interface IncomingMessage {
  /** Where it arrived: the topic, subject or destination (for ws/sse: the subscribed address). */
  address: string;
  /** The address as subscribed (may hold wildcards). */
  subscription: string;
  /** Application headers: MQTT 5 user properties, NATS headers, STOMP headers (frame headers aside), Kafka record headers. */
  headers: Record<string, string>;
  /** Protocol facts that are not application headers (QoS, retain, message-id, partition, offset, event type…). */
  meta: Record<string, string | number | boolean>;
  payload: PayloadData;
  receivedAt: number;
}

export interface PublishOptions {
  /** MQTT QoS (default 0) and retain flag. */
  qos?: 0 | 1 | 2;
  retain?: boolean;
  /** Kafka record key. */
  key?: string;
  /** MQTT 5 content type, STOMP/HTTP Content-Type. */
  contentType?: string;
}

export interface Subscription {
  readonly address: string;
  unsubscribe(): Promise<void>;
}

export interface Capabilities {
  send: boolean;
  receive: boolean;
  /** Whether sent messages can carry headers (MQTT: only over MQTT 5). */
  headers: boolean;
  /** Which credentials the protocol can carry from a browser. */
  credentials: ReadonlyArray<keyof LiveCredentials>;
}

/** One live connection. Created by `connect()` (a user action); it never reconnects after `close()`. */
export interface LiveConnection {
  readonly settings: Readonly<ConnectionSettings>;
  readonly capabilities: Capabilities;
  readonly status: ConnectionStatus;
  /** Calls the listener now with the current status and on every change; returns the disposer. */
  onStatus(listener: (status: ConnectionStatus) => void): () => void;
  /** Resolves once the broker accepted the subscription; kept across reconnects until unsubscribed. */
  subscribe(address: string, onMessage: (message: IncomingMessage) => void): Promise<Subscription>;
  /** Rejects with a LiveError when not connected or when the broker refuses it. */
  publish(address: string, payload: string | Uint8Array, headers?: Record<string, string>, options?: PublishOptions): Promise<void>;
  /** Closes for good; status becomes closed with code `closed-by-user`. */
  close(): Promise<void>;
}
