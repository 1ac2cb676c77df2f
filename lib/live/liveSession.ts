import { CheckQueue } from './checkQueue';
import { connect } from './connection';
import type { LiveEndpoint, PlannedChannel } from './document/plan';
import type { LiveView } from './document/liveView';
import { toLiveError } from './liveErrors';
import { LiveLog } from './liveLog';
import type { LiveLogOptions, LogEntry } from './liveLog';
import type { ConnectionStatus, IncomingMessage, LiveConnection, LiveCredentials, LiveEnvironment, PublishOptions } from './types';
import type { CheckCandidate, LiveCheckInput, ReceivedVerdict } from './validateReceived';
import { payloadOf } from './adapters/payload';

export interface LiveSessionOptions {
  view: LiveView;
  /** The endpoints of a successful `planLive`. */
  endpoints: LiveEndpoint[];
  /** In memory only; handed to each connection and kept nowhere else. */
  credentials?: LiveCredentials;
  /** Runs `validateReceived` in the lab worker and resolves with its verdicts. */
  check: (batch: LiveCheckInput) => Promise<ReceivedVerdict[]>;
  log?: LiveLogOptions;
  maxMessageBytes?: number;
  env?: LiveEnvironment;
}

/** Adapters whose frames carry no address: one stream per endpoint, whatever channel a message belongs to. */
const UNADDRESSED = new Set(['ws', 'sse']);

const keyOf = (endpoint: LiveEndpoint, channelIds: string[]) => `${endpoint.key}\u0000${channelIds.join('\u0000')}`;

/**
 * One "Try" session: the connections of a plan, their subscriptions, the log every message goes to, and
 * the checks of every received and sent message. Framework-free: the store owns one, calls `start()` from
 * the Connect button and `close()` from Disconnect (and on `pagehide`), and re-reads `log.entries()` and
 * `statuses()` when `onChange` fires (once per frame is enough).
 */
export class LiveSession {
  readonly log: LiveLog;
  private readonly connections = new Map<string, LiveConnection>();
  private readonly candidates: Record<string, CheckCandidate[]> = {};
  private readonly queue: CheckQueue;
  private readonly listeners = new Set<() => void>();
  private closed = false;
  private readonly problems: Array<{ endpointKey: string; channelIds: string[]; message: string }> = [];

  constructor(private readonly options: LiveSessionOptions) {
    this.log = new LiveLog(options.log);
    this.log.subscribe(() => this.changed());
    const messages = new Map(options.view.messages.map((m) => [m.id, m]));
    const candidatesOf = (planned: PlannedChannel[]) =>
      [...new Set(planned.flatMap((p) => p.messageIds))].flatMap((id) => {
        const message = messages.get(id);
        return message ? [{ messageId: id, label: message.label, payload: message.payload, headers: message.headers }] : [];
      });
    for (const endpoint of options.endpoints) {
      for (const planned of [...endpoint.subscribe, ...endpoint.publish]) this.candidates[keyOf(endpoint, [planned.channelId])] = candidatesOf([planned]);
      if (UNADDRESSED.has(endpoint.settings.adapter) && endpoint.subscribe.length > 1) {
        this.candidates[keyOf(endpoint, endpoint.subscribe.map((p) => p.channelId))] = candidatesOf(endpoint.subscribe);
      }
    }
    this.queue = new CheckQueue({
      send: (batch) => {
        options
          .check(batch)
          .then((verdicts) => this.apply(verdicts), (error: unknown) => this.unchecked(batch.messages.map((m) => m.seq), `the check failed: ${toLiveError(error, 'protocol').message}`))
          .finally(() => this.queue.settled());
      },
      onSkipped: (seqs) => this.unchecked(seqs, 'not checked: messages arrived faster than they could be checked'),
    });
    this.queue.setCandidates(this.candidates);
  }

  /**
   * Opens every endpoint and subscribes its channels. Call it only from the user's Connect. Resolves when
   * every subscription is made or has failed (failures are in `subscriptionProblems()`).
   */
  async start(): Promise<void> {
    if (this.closed || this.connections.size > 0) return;
    const subscribing: Array<Promise<void>> = [];
    for (const endpoint of this.options.endpoints) {
      const connection = connect({ settings: endpoint.settings, credentials: this.options.credentials, env: this.options.env, maxMessageBytes: this.options.maxMessageBytes });
      this.connections.set(endpoint.key, connection);
      connection.onStatus(() => this.changed());
      const groups = UNADDRESSED.has(endpoint.settings.adapter) && endpoint.subscribe.length > 0 ? [endpoint.subscribe] : endpoint.subscribe.map((p) => [p]);
      for (const group of groups) {
        const channelIds = group.map((p) => p.channelId);
        subscribing.push(
          connection.subscribe(group[0]!.address, (message) => this.received(endpoint, channelIds, message)).then(
            () => undefined,
            (error: unknown) => {
              this.problems.push({ endpointKey: endpoint.key, channelIds, message: toLiveError(error, 'rejected').message });
              this.changed();
            },
          ),
        );
      }
    }
    await Promise.all(subscribing);
  }

  /** Subscriptions that failed (the broker refused one, or the connection never came up). */
  subscriptionProblems(): ReadonlyArray<{ endpointKey: string; channelIds: string[]; message: string }> {
    return this.problems;
  }

  statuses(): Array<{ key: string; status: ConnectionStatus }> {
    return [...this.connections].map(([key, connection]) => ({ key, status: connection.status }));
  }

  connection(endpointKey: string): LiveConnection | undefined {
    return this.connections.get(endpointKey);
  }

  /** Sends on a planned channel (its publish options apply), logs it as "out" and checks it too. */
  async send(endpointKey: string, channelId: string, payload: string, headers: Record<string, string> = {}, options: PublishOptions = {}): Promise<LogEntry | null> {
    const endpoint = this.options.endpoints.find((e) => e.key === endpointKey);
    const planned = endpoint?.publish.find((p) => p.channelId === channelId);
    const connection = this.connections.get(endpointKey);
    if (!endpoint || !planned || !connection) throw toLiveError(`nothing planned to send on ${channelId}`, 'unsupported');
    await connection.publish(planned.address, payload, headers, { ...planned.publishOptions, ...options });
    const entry = this.log.append({
      at: Date.now(),
      direction: 'out',
      endpointKey,
      channelId,
      address: planned.address,
      headers,
      meta: {},
      payload: payloadOf(payload, this.options.maxMessageBytes ?? 1024 * 1024),
    });
    if (entry) this.queue.enqueue({ seq: entry.seq, candidatesKey: keyOf(endpoint, [channelId]), payload: entry.payload, headers, contentType: planned.publishOptions.contentType });
    return entry;
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async close(): Promise<void> {
    this.closed = true;
    this.queue.clear();
    await Promise.all([...this.connections.values()].map((c) => c.close()));
  }

  private received(endpoint: LiveEndpoint, channelIds: string[], message: IncomingMessage): void {
    const entry = this.log.append({
      at: message.receivedAt,
      direction: 'in',
      endpointKey: endpoint.key,
      channelId: channelIds[0]!,
      address: message.address,
      headers: message.headers,
      meta: message.meta,
      payload: message.payload,
    });
    if (!entry) return;
    const contentType = typeof message.meta.contentType === 'string' ? message.meta.contentType : typeof message.meta['content-type'] === 'string' ? message.meta['content-type'] : undefined;
    this.queue.enqueue({ seq: entry.seq, candidatesKey: keyOf(endpoint, channelIds), payload: message.payload, headers: message.headers, contentType });
  }

  private apply(verdicts: ReceivedVerdict[]): void {
    for (const verdict of verdicts) {
      const row = this.log.find(verdict.seq);
      if (!row) continue;
      // On a shared stream (ws, sse), the message that matched tells which of its channels it was.
      const endpoint = this.options.endpoints.find((e) => e.key === row.endpointKey);
      if (row.direction === 'in' && verdict.messageId && endpoint && UNADDRESSED.has(endpoint.settings.adapter)) {
        const channel = endpoint.subscribe.find((p) => p.messageIds.includes(verdict.messageId!));
        if (channel) row.channelId = channel.channelId;
      }
      this.log.setCheck(verdict.seq, { state: verdict.state, messageId: verdict.messageId, violations: verdict.violations, note: verdict.note });
    }
  }

  private unchecked(seqs: number[], note: string): void {
    for (const seq of seqs) this.log.setCheck(seq, { state: 'unchecked', violations: [], note });
  }

  private changed(): void {
    for (const listener of [...this.listeners]) listener();
  }
}
