import type { AdapterKind, ConnectionSettings, PublishOptions } from '../types';
import type { LiveChannel, LiveOperation, LiveServer, LiveView } from './liveView';
import { suggestGatewayUrl } from './protocolRoutes';
import { fillAddress, fillServerUrl, joinUrl } from './resolve';

/** What the user picked in the panel (persistable: no secrets in here). */
export interface LiveChoice {
  serverId: string;
  /** Server variables by name. */
  serverValues?: Record<string, string>;
  /** Channel parameters by channel id, then by name. */
  parameterValues?: Record<string, Record<string, string>>;
  operationIds: string[];
  /** Overrides an operation's role (default: the counterpart of what the application does). */
  roles?: Record<string, 'send' | 'receive'>;
  /** For brokers reached through a WebSocket gateway or a Kafka bridge: its URL (else the suggestion, for gateways). */
  endpointUrl?: string;
}

/** One channel as the panel uses it on one endpoint. */
export interface PlannedChannel {
  channelId: string;
  operationIds: string[];
  /** The address to subscribe or publish to (filled; to subscribe it may hold wildcards). */
  address: string;
  /** The messages that may travel here: validation candidates, and the examples to send. */
  messageIds: string[];
  /** For publish: QoS/retain from the MQTT bindings, the content type of the channel's first message. */
  publishOptions: PublishOptions;
}

/** One connection to open, and what to do on it. */
export interface LiveEndpoint {
  /** Stable within a plan: adapter + URL (+ HTTP method). */
  key: string;
  settings: ConnectionSettings;
  subscribe: PlannedChannel[];
  publish: PlannedChannel[];
}

export type LivePlan = { ok: true; endpoints: LiveEndpoint[]; notes: string[] } | { ok: false; problems: string[] };

function mqttVersion(server: LiveServer): 5 | 4 | 'auto' {
  const version = String(server.protocolVersion ?? '').trim();
  if (version.startsWith('5')) return 5;
  if (version === '3.1.1' || version === '3.1' || version === '4') return 4;
  return 'auto';
}

function endpointFor(
  server: LiveServer,
  serverUrl: string,
  choice: LiveChoice,
  channel: LiveChannel,
  role: 'send' | 'receive',
): { ok: true; adapter: AdapterKind; url: string; address: string } | { ok: false; problems: string[] } {
  const route = server.route;
  const values = choice.parameterValues?.[channel.id] ?? {};
  if (route.kind === 'unsupported') return { ok: false, problems: [`Server “${server.id}” (${server.protocol}): ${route.reason}`] };
  if (route.kind === 'direct') {
    const adapter = role === 'send' ? route.send : route.receive;
    if (!adapter) return { ok: false, problems: [`Server “${server.id}” (${server.protocol}) can only ${role === 'send' ? 'receive' : 'send'} from a browser.`] };
    if (server.protocol.toLowerCase() === 'mercure') {
      // The hub is an HTTPS URL (3.x writes its scheme as the protocol); the channel address is the topic.
      const topic = fillAddress(channel, 'kafka-bridge', values, { keepUnfilled: true });
      if (!topic.ok && channel.address !== null) return topic;
      const hub = serverUrl.replace(/^mercure:/i, 'https:');
      return { ok: true, adapter, url: `${hub}${hub.includes('?') ? '&' : '?'}topic=${encodeURIComponent(topic.ok ? topic.value : '')}`, address: channel.address ?? '' };
    }
    const address = fillAddress(channel, adapter, values);
    if (!address.ok) return address;
    return { ok: true, adapter, url: joinUrl(serverUrl, address.value), address: channel.address ?? '' };
  }
  const adapter = route.adapter;
  const url = choice.endpointUrl?.trim() || (route.kind === 'gateway' ? suggestGatewayUrl(route, serverUrl) : '');
  if (url === '') return { ok: false, problems: [route.hint] };
  const address = fillAddress(channel, adapter, values, { forSubscribe: role === 'receive' });
  if (!address.ok) return address;
  return { ok: true, adapter, url, address: address.value };
}

/**
 * Turns the user's choice into the connections to open: the server URL with its variables, each chosen
 * operation's channel address with its parameters, grouped by endpoint. WebSocket, SSE and HTTP endpoints
 * are per channel (the address is in the URL); broker endpoints carry every channel. Never connects.
 */
export function planLive(view: LiveView, choice: LiveChoice): LivePlan {
  const server = view.servers.find((s) => s.id === choice.serverId);
  if (!server) return { ok: false, problems: [`There is no server “${choice.serverId}” in the document.`] };
  const serverUrl = fillServerUrl(server, choice.serverValues);
  if (!serverUrl.ok) return serverUrl;
  const problems: string[] = [];
  const notes: string[] = [];
  const endpoints = new Map<string, LiveEndpoint>();
  const messagesById = new Map(view.messages.map((m) => [m.id, m]));

  for (const operationId of choice.operationIds) {
    const operation: LiveOperation | undefined = view.operations.find((o) => o.id === operationId);
    const channel = operation && view.channels.find((c) => c.id === operation.channelId);
    if (!operation || !channel) {
      problems.push(`There is no operation “${operationId}” in the document.`);
      continue;
    }
    if (channel.serverIds.length > 0 && !channel.serverIds.includes(server.id)) {
      problems.push(`Channel “${channel.id}” of operation “${operation.id}” is not available on server “${server.id}”.`);
      continue;
    }
    const role = choice.roles?.[operation.id] ?? operation.role;
    const target = endpointFor(server, serverUrl.value, choice, channel, role);
    if (!target.ok) {
      problems.push(...target.problems);
      continue;
    }
    const method = target.adapter === 'http' && ['POST', 'PUT', 'PATCH'].includes(operation.bindings.httpMethod ?? '') ? (operation.bindings.httpMethod as 'POST' | 'PUT' | 'PATCH') : undefined;
    const key = `${target.adapter} ${target.url}${method ? ` ${method}` : ''}`;
    let endpoint = endpoints.get(key);
    if (!endpoint) {
      const settings: ConnectionSettings = { adapter: target.adapter, url: target.url };
      if (target.adapter === 'mqtt') settings.mqtt = { protocolVersion: mqttVersion(server) };
      if (target.adapter === 'http' && method) settings.http = { method };
      endpoint = { key, settings, subscribe: [], publish: [] };
      endpoints.set(key, endpoint);
    }
    const messageIds = operation.messageIds.length > 0 ? operation.messageIds : channel.messageIds;
    const list = role === 'receive' ? endpoint.subscribe : endpoint.publish;
    const known = list.find((p) => p.channelId === channel.id && p.address === target.address);
    if (known) {
      known.operationIds.push(operation.id);
      for (const id of messageIds) if (!known.messageIds.includes(id)) known.messageIds.push(id);
    } else {
      const contentType = messageIds.map((id) => messagesById.get(id)?.contentType).find(Boolean);
      const publishOptions: PublishOptions = {};
      if (operation.bindings.mqttQos !== undefined) publishOptions.qos = operation.bindings.mqttQos;
      if (operation.bindings.mqttRetain !== undefined) publishOptions.retain = operation.bindings.mqttRetain;
      if (contentType) publishOptions.contentType = contentType;
      list.push({ channelId: channel.id, operationIds: [operation.id], address: target.address, messageIds: [...messageIds], publishOptions });
    }
    if (target.adapter === 'sse' && role === 'receive') {
      const names = messageIds.map((id) => messagesById.get(id)?.name).filter((n): n is string => !!n);
      endpoint.settings.sse = { eventTypes: [...new Set([...(endpoint.settings.sse?.eventTypes ?? []), ...names])] };
    }
  }

  if (problems.length > 0) return { ok: false, problems };
  if (server.route.kind === 'gateway' && !choice.endpointUrl?.trim()) {
    notes.push(`Using ${[...endpoints.values()][0]?.settings.url ?? 'a guessed URL'} for ${server.protocol} over WebSocket (a guess from the server URL). ${server.route.hint}`);
  }
  if (endpoints.size === 0) return { ok: false, problems: ['Choose at least one operation.'] };
  return { ok: true, endpoints: [...endpoints.values()], notes };
}
