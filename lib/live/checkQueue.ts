import type { CheckCandidate, LiveCheckInput, ReceivedForCheck } from './validateReceived';

export interface CheckQueueOptions {
  /** Posts one batch to the lab worker; the caller answers with `settled()` when its verdicts are back. */
  send: (batch: LiveCheckInput) => void;
  /** Messages dropped unchecked because they came faster than the worker checks (their rows say so). */
  onSkipped: (seqs: number[]) => void;
  /** Gathers messages this long before a batch goes (default 50 ms: at most 20 batches a second). */
  gatherMs?: number;
  maxBatch?: number;
  /** Waiting messages beyond this are skipped, oldest first (the log would evict them anyway). */
  maxWaiting?: number;
  timers?: { set: (fn: () => void, ms: number) => unknown; clear: (handle: unknown) => void };
}

/**
 * Feeds received messages to the lab worker in batches, one batch in flight at a time. The studio's worker
 * runner keeps only the latest queued job (right for edits, wrong here: every message needs its verdict),
 * so this queue never posts a batch before the previous one settled, and merges what arrives meanwhile.
 */
export class CheckQueue {
  private waiting: ReceivedForCheck[] = [];
  private candidates: Record<string, CheckCandidate[]> = {};
  private inFlight = false;
  private timer: unknown = null;
  private readonly gatherMs: number;
  private readonly maxBatch: number;
  private readonly maxWaiting: number;
  private readonly timers: NonNullable<CheckQueueOptions['timers']>;

  constructor(private readonly options: CheckQueueOptions) {
    this.gatherMs = options.gatherMs ?? 50;
    this.maxBatch = options.maxBatch ?? 500;
    this.maxWaiting = options.maxWaiting ?? 2000;
    this.timers = options.timers ?? { set: (fn, ms) => setTimeout(fn, ms), clear: (h) => clearTimeout(h as ReturnType<typeof setTimeout>) };
  }

  /** The candidate messages per key (endpoint + channel), from the plan and the lab's schemas. */
  setCandidates(candidates: Record<string, CheckCandidate[]>): void {
    this.candidates = candidates;
  }

  enqueue(message: ReceivedForCheck): void {
    this.waiting.push(message);
    if (this.waiting.length > this.maxWaiting) {
      const skipped = this.waiting.splice(0, this.waiting.length - this.maxWaiting);
      this.options.onSkipped(skipped.map((m) => m.seq));
    }
    this.schedule();
  }

  /** The in-flight batch is answered (or failed: its rows then say so through the caller). */
  settled(): void {
    this.inFlight = false;
    this.schedule();
  }

  /** Forgets waiting messages (the log was cleared or the panel closed). */
  clear(): void {
    this.waiting = [];
    if (this.timer !== null) this.timers.clear(this.timer);
    this.timer = null;
  }

  get pending(): number {
    return this.waiting.length;
  }

  private schedule(): void {
    if (this.inFlight || this.timer !== null || this.waiting.length === 0) return;
    this.timer = this.timers.set(() => {
      this.timer = null;
      this.flush();
    }, this.gatherMs);
  }

  private flush(): void {
    if (this.inFlight || this.waiting.length === 0) return;
    const messages = this.waiting.splice(0, this.maxBatch);
    const candidates: Record<string, CheckCandidate[]> = {};
    for (const message of messages) {
      const list = this.candidates[message.candidatesKey];
      if (list) candidates[message.candidatesKey] = list;
    }
    this.inFlight = true;
    this.options.send({ candidates, messages });
  }
}
