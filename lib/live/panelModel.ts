import { CAPABILITIES } from './adapters/registry';
import type { LiveChannel, LiveMessage, LiveOperation, LiveServer, LiveView } from './document/liveView';
import type { LiveChoice, LivePlan } from './document/plan';
import { suggestGatewayUrl } from './document/protocolRoutes';
import { fillServerUrl } from './document/resolve';
import type { AdapterKind, ConnectionStatus, LiveCredentials } from './types';

/** One operation as the Try panel lists it for a server: what the panel would do, or why it cannot. */
export interface OperationChoice {
  operation: LiveOperation;
  channel: LiveChannel;
  /** The adapter the panel would use for it; absent when it is not available on this server. */
  adapter?: AdapterKind;
  unavailable?: string;
}

function adapterFor(server: LiveServer, role: 'send' | 'receive'): AdapterKind | undefined {
  const route = server.route;
  if (route.kind === 'direct') return role === 'send' ? route.send : route.receive;
  if (route.kind === 'gateway' || route.kind === 'bridge') return route.adapter;
  return undefined;
}

/** Every operation of the document, for one server: available ones with their adapter, others with the reason. */
export function operationChoices(view: LiveView, serverId: string): OperationChoice[] {
  const server = view.servers.find((s) => s.id === serverId);
  const channels = new Map(view.channels.map((c) => [c.id, c]));
  return view.operations.flatMap((operation): OperationChoice[] => {
    const channel = channels.get(operation.channelId);
    if (!channel) return [];
    if (!server) return [{ operation, channel, unavailable: 'no server chosen' }];
    if (server.route.kind === 'unsupported') return [{ operation, channel, unavailable: server.route.reason }];
    if (channel.serverIds.length > 0 && !channel.serverIds.includes(server.id)) return [{ operation, channel, unavailable: `its channel is not on server “${server.id}”` }];
    if (channel.address === null) return [{ operation, channel, unavailable: 'its channel has no address in the document' }];
    const adapter = adapterFor(server, operation.role);
    if (!adapter) {
      return [{ operation, channel, unavailable: `a browser can only ${operation.role === 'send' ? 'receive from' : 'send to'} a ${server.protocol} server` }];
    }
    return [{ operation, channel, adapter }];
  });
}

/** What the panel starts with for a document: the first server a browser can reach, with every operation it can do there. */
export function defaultChoice(view: LiveView): LiveChoice {
  const server = view.servers.find((s) => operationChoices(view, s.id).some((c) => c.adapter)) ?? view.servers[0];
  if (!server) return { serverId: '', operationIds: [] };
  return { serverId: server.id, operationIds: operationChoices(view, server.id).filter((c) => c.adapter).map((c) => c.operation.id) };
}

/** The channels of the chosen operations, once each: the channel parameters the form asks for. */
export function chosenChannels(view: LiveView, operationIds: readonly string[]): LiveChannel[] {
  const ids = new Set(view.operations.filter((o) => operationIds.includes(o.id)).map((o) => o.channelId));
  return view.channels.filter((c) => ids.has(c.id) && c.parameters.length > 0);
}

/**
 * For a broker reached through a WebSocket gateway or an HTTP bridge: the URL field's starting value and what
 * it is (gateway: a guess from the server URL; bridge: nothing, the user must say). Null for direct routes.
 */
export function endpointField(server: LiveServer, serverValues: Readonly<Record<string, string>>): { suggestion: string; label: string; hint: string } | null {
  const route = server.route;
  if (route.kind === 'gateway') {
    const filled = fillServerUrl(server, serverValues);
    return { suggestion: filled.ok ? suggestGatewayUrl(route, filled.value) : '', label: `${route.adapter.toUpperCase()} over WebSocket URL`, hint: route.hint };
  }
  if (route.kind === 'bridge') return { suggestion: '', label: 'Kafka HTTP bridge URL', hint: route.hint };
  return null;
}

/** Which credentials the server's clients can carry from a browser (none for plain WebSocket and SSE). */
export function credentialFields(server: LiveServer | undefined): Array<keyof LiveCredentials> {
  if (!server) return [];
  const adapters = new Set<AdapterKind>();
  for (const role of ['send', 'receive'] as const) {
    const adapter = adapterFor(server, role);
    if (adapter) adapters.add(adapter);
  }
  const fields = new Set<keyof LiveCredentials>();
  for (const adapter of adapters) for (const field of CAPABILITIES[adapter].credentials) fields.add(field);
  return (['username', 'password', 'token'] as const).filter((f) => fields.has(f));
}

/** Credentials with empty fields left out (an empty password is not a password). */
export function filledCredentials(credentials: LiveCredentials): LiveCredentials {
  const filled: LiveCredentials = {};
  for (const key of ['username', 'password', 'token'] as const) if (credentials[key]) filled[key] = credentials[key];
  return filled;
}

/** STOMP brokers take a virtual host in the CONNECT frame; RabbitMQ's default one is `/`. */
export function withStompVirtualHost(plan: LivePlan, virtualHost: string): LivePlan {
  if (!plan.ok) return plan;
  const host = virtualHost.trim();
  if (host === '') return plan;
  return { ...plan, endpoints: plan.endpoints.map((e) => (e.settings.adapter === 'stomp' ? { ...e, settings: { ...e.settings, stomp: { virtualHost: host } } } : e)) };
}

/** A value as editable text: JSON, indented (an absent value is an empty text). */
export function asEditableJson(value: unknown): string {
  return value === undefined ? '' : JSON.stringify(value, null, 2);
}

/** The starting texts of the send form for a message: the lab's generated example, payload and headers. */
export function generatedTexts(message: LiveMessage | undefined): { payload: string; headers: string } {
  const headers = message?.generated.headers;
  const asStrings = headers && typeof headers === 'object' && !Array.isArray(headers) ? Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)])) : headers;
  return { payload: asEditableJson(message?.generated.payload), headers: asEditableJson(asStrings) };
}

export type HeadersText = { ok: true; headers: Record<string, string> } | { ok: false; message: string };

/**
 * The send form's headers: a JSON object whose values travel as text (a number or object is sent as its JSON).
 * Empty text is no headers.
 */
export function headersFromText(text: string): HeadersText {
  if (text.trim() === '') return { ok: true, headers: {} };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: `Headers must be a JSON object: ${error instanceof Error ? error.message : String(error)}` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, message: 'Headers must be a JSON object, e.g. {"traceId": "abc"}.' };
  const headers: Record<string, string> = {};
  for (const [key, v] of Object.entries(value)) headers[key] = typeof v === 'string' ? v : JSON.stringify(v);
  return { ok: true, headers };
}

const seconds = (ms: number) => `${(Math.round(ms / 100) / 10).toFixed(1)} s`;

/** A connection's status for a person: one line, with the reason when it is closed or retrying. */
export function describeStatus(status: ConnectionStatus): string {
  switch (status.state) {
    case 'connecting':
      return status.attempt > 1 ? `Connecting (attempt ${status.attempt})…` : 'Connecting…';
    case 'connected':
      return `Connected${status.note ? ` (${status.note})` : ''}`;
    case 'retrying':
      return `Connection lost; retrying in ${seconds(status.delayMs)} (attempt ${status.attempt}). ${status.reason.message}`;
    case 'closed':
      return status.reason.code === 'closed-by-user' ? 'Disconnected.' : `Closed: ${status.reason.message}`;
  }
}

/** WebSocket, SSE and HTTP endpoints are per channel: the URL says where a message went; brokers route by the address. */
export function whereOf(adapter: AdapterKind | undefined, url: string | undefined, address: string): string {
  return (adapter === 'ws' || adapter === 'sse' || adapter === 'http') && url ? url : address;
}
