import type { AdapterKind, Capabilities } from '../types';
import type { Adapter } from './adapter';

/**
 * What each adapter can do, known without loading it (the panel shows it before connecting).
 * Browsers cannot set headers on a WebSocket handshake or an EventSource request, hence the short lists.
 */
export const CAPABILITIES: Readonly<Record<AdapterKind, Capabilities>> = {
  ws: { send: true, receive: true, headers: false, credentials: [] },
  mqtt: { send: true, receive: true, headers: true, credentials: ['username', 'password'] },
  nats: { send: true, receive: true, headers: true, credentials: ['username', 'password', 'token'] },
  stomp: { send: true, receive: true, headers: true, credentials: ['username', 'password'] },
  sse: { send: false, receive: true, headers: false, credentials: [] },
  http: { send: true, receive: false, headers: true, credentials: ['username', 'password', 'token'] },
  'kafka-bridge': { send: true, receive: true, headers: true, credentials: ['username', 'password', 'token'] },
};

/**
 * Each adapter (and the protocol client it imports: mqtt, @nats-io/nats-core, @stomp/stompjs) is its own
 * chunk, loaded the first time a connection of that kind is opened.
 */
const loaders: Readonly<Record<AdapterKind, () => Promise<Adapter>>> = {
  ws: () => import('./webSocketAdapter').then((m) => m.webSocketAdapter),
  mqtt: () => import('./mqttAdapter').then((m) => m.mqttAdapter),
  nats: () => import('./natsAdapter').then((m) => m.natsAdapter),
  stomp: () => import('./stompAdapter').then((m) => m.stompAdapter),
  sse: () => import('./sseAdapter').then((m) => m.sseAdapter),
  http: () => import('./httpAdapter').then((m) => m.httpAdapter),
  'kafka-bridge': () => import('./kafkaBridgeAdapter').then((m) => m.kafkaBridgeAdapter),
};

export function loadAdapter(kind: AdapterKind): Promise<Adapter> {
  return loaders[kind]();
}
