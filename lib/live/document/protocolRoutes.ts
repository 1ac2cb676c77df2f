import type { AdapterKind } from '../types';

/**
 * How a browser reaches a server of a given AsyncAPI protocol:
 * - `direct`: the server URL (+ the channel address) is itself the endpoint (WebSocket, HTTP, SSE).
 * - `gateway`: the broker speaks the protocol over WebSocket on another URL, which the user confirms.
 * - `bridge`: an HTTP bridge in front of the broker, whose URL the user gives.
 * - `unsupported`: no way from a browser, and why.
 */
export type LiveRoute =
  | { kind: 'direct'; send?: AdapterKind; receive?: AdapterKind }
  | { kind: 'gateway'; adapter: 'mqtt' | 'nats' | 'stomp'; secure: boolean; hint: string }
  | { kind: 'bridge'; adapter: 'kafka-bridge'; hint: string }
  | { kind: 'unsupported'; reason: string };

const TCP_ONLY = 'runs over raw TCP, which a web page cannot open; browsers only have WebSocket, HTTP and server-sent events.';

const UNSUPPORTED: Readonly<Record<string, string>> = {
  amqp: `AMQP ${TCP_ONLY} RabbitMQ also speaks STOMP over WebSocket (its web-stomp plugin): add a server with protocol stomp (or stomps) for that endpoint to try it here.`,
  amqps: `AMQP ${TCP_ONLY} RabbitMQ also speaks STOMP over WebSocket (its web-stomp plugin): add a server with protocol stomp (or stomps) for that endpoint to try it here.`,
  jms: 'JMS is a Java API, not a wire protocol; its brokers (ActiveMQ, Artemis) usually also offer STOMP over WebSocket: describe that endpoint as a stomp server to try it here.',
  ibmmq: `IBM MQ's native protocol ${TCP_ONLY} IBM MQ's REST messaging API is plain HTTP.`,
  solace: 'Solace speaks SMF, whose browser client (solclientjs) is not part of the studio. Solace brokers also accept MQTT over WebSocket: describe that endpoint as an mqtt server to try it here.',
  pulsar: `Pulsar's binary protocol ${TCP_ONLY}`,
  googlepubsub: 'Google Cloud Pub/Sub is reached through its authenticated REST API (OAuth), which this panel does not speak.',
  anypointmq: 'Anypoint MQ is reached through its authenticated REST API, which this panel does not speak.',
  sns: 'Amazon SNS needs signed AWS requests, which this panel does not make.',
  sqs: 'Amazon SQS needs signed AWS requests, which this panel does not make.',
  redis: `Redis ${TCP_ONLY}`,
};

const BROKER_HINTS = {
  mqtt: 'MQTT brokers serve WebSocket on their own port and path (mosquitto: a `listener … protocol websockets`, often 8080 or 9001; EMQX and HiveMQ: 8083/8084 or 8000 at /mqtt). Enter that URL.',
  nats: 'nats-server serves WebSocket only with a `websocket` block in its configuration, on its own port (often 443 or 8080). Enter that URL.',
  stomp: 'STOMP over WebSocket is on its own port and path: RabbitMQ web-stomp ws://host:15674/ws, ActiveMQ ws://host:61614. Enter that URL.',
} as const;

/** Reads an AsyncAPI server protocol (case-insensitive) as a route. */
export function routeOf(protocol: string): LiveRoute {
  const name = protocol.trim().toLowerCase();
  switch (name) {
    case 'ws':
    case 'wss':
      return { kind: 'direct', send: 'ws', receive: 'ws' };
    case 'http':
    case 'https':
      return { kind: 'direct', send: 'http', receive: 'sse' };
    case 'sse':
      return { kind: 'direct', receive: 'sse' };
    case 'mercure':
      // A Mercure hub streams a topic's updates as server-sent events (GET hub?topic=…); publishing needs a JWT form post.
      return { kind: 'direct', receive: 'sse' };
    case 'mqtt':
    case 'mqtts':
    case 'secure-mqtt':
    case 'mqtt5':
      return { kind: 'gateway', adapter: 'mqtt', secure: name !== 'mqtt' && name !== 'mqtt5', hint: BROKER_HINTS.mqtt };
    case 'nats':
      return { kind: 'gateway', adapter: 'nats', secure: false, hint: BROKER_HINTS.nats };
    case 'stomp':
    case 'stomps':
      return { kind: 'gateway', adapter: 'stomp', secure: name === 'stomps', hint: BROKER_HINTS.stomp };
    case 'kafka':
    case 'kafka-secure':
      return {
        kind: 'bridge',
        adapter: 'kafka-bridge',
        hint: `Kafka's protocol ${TCP_ONLY} Enter the URL of a Strimzi Kafka Bridge (HTTP) in front of this cluster, with CORS enabled for this page (http.cors.enabled=true, http.cors.allowedOrigins).`,
      };
    default:
      return { kind: 'unsupported', reason: UNSUPPORTED[name] ?? `The ${protocol || 'unnamed'} protocol has no browser client in the studio.` };
  }
}

/**
 * A first guess at a broker's WebSocket URL from its server URL: the same host with ws:// (wss:// when the
 * protocol is the secure one) and the path from the document. The port is kept only when it is not the
 * protocol's TCP port (which never serves WebSocket). The user confirms or corrects it.
 */
export function suggestGatewayUrl(route: Extract<LiveRoute, { kind: 'gateway' }>, serverUrl: string): string {
  const tcpPorts: Record<string, string[]> = { mqtt: ['1883', '8883'], nats: ['4222'], stomp: ['61613', '61614'] };
  const match = /^[a-z][a-z0-9+.-]*:\/\/([^/:?#]+)(?::(\d+))?([^?#]*)/i.exec(serverUrl);
  if (!match) return '';
  const [, host, port, path] = match;
  const keepPort = port && !tcpPorts[route.adapter]!.includes(port) ? `:${port}` : '';
  const defaultPath = route.adapter === 'stomp' ? '/ws' : '';
  return `${route.secure ? 'wss' : 'ws'}://${host}${keepPort}${path && path !== '/' ? path : defaultPath}`;
}
