import type { StateCreator } from 'zustand';
import type { LiveChoice } from '@/lib/live/document/plan';
import type { LogEntry } from '@/lib/live/liveLog';
import type { LiveSession } from '@/lib/live/liveSession';
import type { AdapterKind, ConnectionStatus, LiveCredentials, LiveEnvironment } from '@/lib/live/types';
import type * as LiveRuntime from './liveRuntime';
import type { StudioServices } from './services';
import type { StudioState } from './studioState';

export interface LiveConnectionView {
  key: string;
  adapter: AdapterKind;
  url: string;
  status: ConnectionStatus;
  /** Whether messages sent on it can carry headers (MQTT only over MQTT 5). */
  headers: boolean;
}

/** A channel the session can send on (a chosen operation whose application receives). */
export interface LiveSendTarget {
  endpointKey: string;
  channelId: string;
  address: string;
  adapter: AdapterKind;
  /** The endpoint's URL (for WebSocket, SSE and HTTP it is where the message goes; brokers route by `address`). */
  url: string;
  messageIds: string[];
}

/** What the Try panel shows, re-read from the session at most every FLUSH_MS. Holds no credential. */
export interface LiveSnapshot {
  /** The file the session was opened for; null when there is none. */
  fileId: string | null;
  /** Why the choice cannot be connected (nothing was opened). */
  problems: string[];
  notes: string[];
  connections: LiveConnectionView[];
  subscriptionProblems: string[];
  targets: LiveSendTarget[];
  /** The log's rows, oldest first (the rows are LiveLog's own objects: their `check` and `channelId` change in place). */
  rows: LogEntry[];
  paused: boolean;
  skippedWhilePaused: number;
  evicted: number;
}

export interface LiveConnectRequest {
  choice: LiveChoice;
  /** In memory only: handed to the connections, never put in the store. */
  credentials?: LiveCredentials;
  stompVirtualHost?: string;
}

export type LiveSendResult = { ok: true } | { ok: false; message: string };

export interface LiveSlice {
  live: LiveSnapshot;
  /** Plans the choice against the active file's last valid version and opens its connections (the user's Connect). */
  liveConnect: (request: LiveConnectRequest) => Promise<void>;
  /** Closes every connection; the log stays for reading and export. */
  liveDisconnect: () => Promise<void>;
  /** Closes everything and forgets the log (the panel closed, the document changed, the tab is going away). */
  liveClose: () => void;
  liveSend: (target: Pick<LiveSendTarget, 'endpointKey' | 'channelId'>, payload: string, headers: Record<string, string>) => Promise<LiveSendResult>;
  liveSetPaused: (paused: boolean) => void;
  liveClear: () => void;
  /** The log as JSON Lines (empty when there is none). */
  liveExport: () => string;
}

export const EMPTY_LIVE: LiveSnapshot = {
  fileId: null,
  problems: [],
  notes: [],
  connections: [],
  subscriptionProblems: [],
  targets: [],
  rows: [],
  paused: false,
  skippedWhilePaused: 0,
  evicted: 0,
};

/** The store re-reads the session at most this often: a feed of 1,000 messages a second costs ten renders, not a thousand. */
export const FLUSH_MS = 100;

export interface LiveOptions {
  /** WebSocket/EventSource/fetch for hosts without the browser's (unit tests). */
  env?: LiveEnvironment;
}

/**
 * The Try panel's state: the one live session (lib/live's LiveSession) lives in this closure, never in the
 * store, so nothing that reads or persists the store can reach its connections or their credentials.
 */
export const createLiveSlice =
  (services: StudioServices, options: LiveOptions = {}): StateCreator<StudioState, [['zustand/subscribeWithSelector', never]], [], LiveSlice> =>
  (set, get) => {
    let runtime: typeof LiveRuntime | null = null;
    const load = async (): Promise<typeof LiveRuntime> => (runtime ??= await import('./liveRuntime'));
    /** Each Connect and Close takes a number: a Connect still loading the engine when another comes is dropped. */
    let generation = 0;
    let session: LiveSession | null = null;
    let stopListening: (() => void) | null = null;
    let timer: ReturnType<typeof setTimeout> | null = null;
    let lastFlush = 0;
    let targets: LiveSendTarget[] = [];
    let urls = new Map<string, { adapter: AdapterKind; url: string }>();

    /** The same array while no status changed (a status object is replaced on each change), so its readers do not re-render. */
    function connectionsOf(current: LiveSession): LiveConnectionView[] {
      const next = current.statuses().map(({ key, status }) => ({
        key,
        status,
        adapter: urls.get(key)!.adapter,
        url: urls.get(key)!.url,
        headers: current.connection(key)?.capabilities.headers ?? false,
      }));
      const previous = get().live.connections;
      const same = previous.length === next.length && next.every((c, i) => previous[i]?.key === c.key && previous[i]?.status === c.status && previous[i]?.headers === c.headers);
      return same ? previous : next;
    }

    function snapshot(current: LiveSession, base: Pick<LiveSnapshot, 'fileId' | 'notes'>): LiveSnapshot {
      return {
        ...base,
        problems: [],
        connections: connectionsOf(current),
        // A subscription that failed because its connection did not come up is said by that connection's status.
        subscriptionProblems: current
          .subscriptionProblems()
          .filter((p) => !p.message.startsWith(runtime!.LIVE_ERROR_MESSAGES['not-connected']))
          .map((p) => `Receiving on ${p.channelIds.join(', ')} failed: ${p.message}`),
        targets,
        rows: current.log.entries(),
        paused: current.log.paused,
        skippedWhilePaused: current.log.skippedWhilePaused,
        evicted: current.log.evicted,
      };
    }

    function flush(): void {
      timer = null;
      lastFlush = Date.now();
      if (!session) return;
      const { fileId, notes } = get().live;
      set({ live: snapshot(session, { fileId, notes }) });
    }

    /** Coalesces the session's changes: at most one store update per FLUSH_MS, the first one without waiting. */
    function scheduleFlush(): void {
      if (timer !== null) return;
      timer = setTimeout(flush, Math.max(0, FLUSH_MS - (Date.now() - lastFlush)));
    }

    function drop(): LiveSession | null {
      const previous = session;
      stopListening?.();
      stopListening = null;
      session = null;
      if (timer !== null) clearTimeout(timer);
      timer = null;
      return previous;
    }

    return {
      live: EMPTY_LIVE,
      liveConnect: async ({ choice, credentials = {}, stompVirtualHost = '' }) => {
        const mine = ++generation;
        const { planLive, withStompVirtualHost, filledCredentials, LiveSession } = await load();
        if (mine !== generation) return;
        const s = get();
        const fileId = s.activeId;
        const view = s.analyses[fileId]?.lastValid?.views.liveView;
        void drop()?.close();
        if (!view) {
          set({ live: { ...EMPTY_LIVE, fileId, problems: ['The document has no valid version to try yet.'] } });
          return;
        }
        const plan = withStompVirtualHost(planLive(view, choice), stompVirtualHost);
        if (!plan.ok) {
          set({ live: { ...EMPTY_LIVE, fileId, problems: plan.problems } });
          return;
        }
        const current = new LiveSession({
          view,
          endpoints: plan.endpoints,
          credentials: filledCredentials(credentials),
          check: (batch) => services.lab.checkLive(batch),
          env: options.env,
        });
        session = current;
        urls = new Map(plan.endpoints.map((e) => [e.key, { adapter: e.settings.adapter, url: e.settings.url }]));
        targets = plan.endpoints.flatMap((e) =>
          e.publish.map((p) => ({ endpointKey: e.key, channelId: p.channelId, address: p.address, adapter: e.settings.adapter, url: e.settings.url, messageIds: p.messageIds })),
        );
        stopListening = current.onChange(scheduleFlush);
        set({ live: snapshot(current, { fileId, notes: plan.notes }) });
        await current.start();
      },
      liveDisconnect: async () => {
        const current = session;
        if (!current) return;
        await current.close();
        flush();
      },
      liveClose: () => {
        generation++;
        void drop()?.close();
        set({ live: EMPTY_LIVE });
      },
      liveSend: async (target, payload, headers) => {
        const current = session;
        if (!current) return { ok: false, message: 'Not connected: connect first.' };
        try {
          await current.send(target.endpointKey, target.channelId, payload, headers);
          return { ok: true };
        } catch (error) {
          return { ok: false, message: runtime!.toLiveError(error, 'rejected').message };
        }
      },
      liveSetPaused: (paused) => {
        if (paused) session?.log.pause();
        else session?.log.resume();
      },
      liveClear: () => session?.log.clear(),
      liveExport: () => session?.log.toJsonLines() ?? '',
    };
  };
