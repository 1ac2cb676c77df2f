import type { PayloadData } from './types';
import type { LiveViolation } from './validateReceived';

export type EntryCheck =
  | { state: 'pending' }
  | { state: 'valid' | 'invalid' | 'unchecked'; messageId?: string; violations: LiveViolation[]; note?: string };

/** One row of the live log: a message received or sent, with its check. Never holds a credential. */
export interface LogEntry {
  seq: number;
  /** Epoch ms. */
  at: number;
  direction: 'in' | 'out';
  endpointKey: string;
  /** The document's channel id ('' when unknown). */
  channelId: string;
  address: string;
  headers: Record<string, string>;
  meta: Record<string, string | number | boolean>;
  payload: PayloadData;
  check: EntryCheck;
}

export type NewEntry = Omit<LogEntry, 'seq' | 'check'> & { check?: EntryCheck };

export interface LiveLogOptions {
  /** Rows kept; the oldest go first (default 1000). */
  capacity?: number;
  /** Approximate memory the rows may hold, in bytes (default 64 MiB): 1000 rows of 1 MiB would be too much. */
  maxBytes?: number;
}

/** UTF-16 in memory: two bytes a character, plus a little for the row itself. */
function weightOf(entry: LogEntry): number {
  let chars = entry.payload.text.length + entry.address.length + entry.channelId.length;
  for (const [key, value] of Object.entries(entry.headers)) chars += key.length + value.length;
  return chars * 2 + 256;
}

/**
 * The bounded log of a live session: a ring buffer of at most `capacity` rows and about `maxBytes`, so a
 * feed of any rate keeps memory flat. Mutable on purpose (copying 1,000 rows per message would cost more
 * than the message); `revision` changes on every change and listeners are told, so the store can re-read
 * `entries()` once per frame.
 */
export class LiveLog {
  readonly capacity: number;
  readonly maxBytes: number;
  private rows: Array<LogEntry | undefined>;
  private start = 0;
  private count = 0;
  private bytes = 0;
  private nextSeq = 1;
  private listeners = new Set<() => void>();
  /** Rows dropped to keep within the bounds since the last clear. */
  evicted = 0;
  /** Messages not logged while paused since the last resume. */
  skippedWhilePaused = 0;
  paused = false;
  revision = 0;

  constructor({ capacity = 1000, maxBytes = 64 * 1024 * 1024 }: LiveLogOptions = {}) {
    this.capacity = capacity;
    this.maxBytes = maxBytes;
    this.rows = new Array<LogEntry | undefined>(capacity);
  }

  get size(): number {
    return this.count;
  }

  /** Approximate bytes held. */
  get heldBytes(): number {
    return this.bytes;
  }

  /** Adds a row (returns it), or counts it as skipped while paused (returns null). */
  append(entry: NewEntry): LogEntry | null {
    if (this.paused) {
      this.skippedWhilePaused++;
      this.changed();
      return null;
    }
    const row: LogEntry = { ...entry, seq: this.nextSeq++, check: entry.check ?? { state: 'pending' } };
    const weight = weightOf(row);
    while (this.count > 0 && (this.count >= this.capacity || this.bytes + weight > this.maxBytes)) this.dropOldest();
    this.rows[(this.start + this.count) % this.capacity] = row;
    this.count++;
    this.bytes += weight;
    this.changed();
    return row;
  }

  /** Records a check's verdict; false when the row has already left the buffer. */
  setCheck(seq: number, check: EntryCheck): boolean {
    const row = this.find(seq);
    if (!row) return false;
    row.check = check;
    this.changed();
    return true;
  }

  find(seq: number): LogEntry | undefined {
    const oldest = this.rows[this.start];
    if (this.count === 0 || !oldest) return undefined;
    const offset = seq - oldest.seq;
    if (offset < 0 || offset >= this.count) return undefined;
    return this.rows[(this.start + offset) % this.capacity];
  }

  /** The rows, oldest first (a new array; the rows themselves are shared). */
  entries(): LogEntry[] {
    const out: LogEntry[] = [];
    for (let i = 0; i < this.count; i++) out.push(this.rows[(this.start + i) % this.capacity]!);
    return out;
  }

  pause(): void {
    this.paused = true;
    this.changed();
  }

  resume(): void {
    this.paused = false;
    this.skippedWhilePaused = 0;
    this.changed();
  }

  clear(): void {
    this.rows = new Array<LogEntry | undefined>(this.capacity);
    this.start = 0;
    this.count = 0;
    this.bytes = 0;
    this.evicted = 0;
    this.changed();
  }

  /** Tells the listener after every change; returns the disposer. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The rows as JSON Lines (one JSON object a line, oldest first), for download. */
  toJsonLines(): string {
    return this.entries()
      .map((row) => JSON.stringify(exportRow(row)))
      .join('\n')
      .concat(this.count > 0 ? '\n' : '');
  }

  private dropOldest(): void {
    const row = this.rows[this.start];
    if (row) this.bytes -= weightOf(row);
    this.rows[this.start] = undefined;
    this.start = (this.start + 1) % this.capacity;
    this.count--;
    this.evicted++;
  }

  private changed(): void {
    this.revision++;
    for (const listener of [...this.listeners]) listener();
  }
}

/** One exported line: the payload as JSON when it is JSON text, else as its text (or base64). */
function exportRow(row: LogEntry): Record<string, unknown> {
  let payload: unknown = row.payload.text;
  if (row.payload.encoding === 'utf8' && !row.payload.truncated) {
    try {
      payload = JSON.parse(row.payload.text);
    } catch {
      // Not JSON: kept as text.
    }
  }
  const check = row.check;
  return {
    seq: row.seq,
    time: new Date(row.at).toISOString(),
    direction: row.direction,
    endpoint: row.endpointKey,
    channel: row.channelId,
    address: row.address,
    headers: row.headers,
    meta: row.meta,
    payload,
    encoding: row.payload.encoding,
    bytes: row.payload.bytes,
    truncated: row.payload.truncated,
    valid: check.state === 'valid' ? true : check.state === 'invalid' ? false : null,
    ...(check.state !== 'pending' && check.messageId ? { message: check.messageId } : {}),
    ...(check.state !== 'pending' && check.violations.length > 0 ? { violations: check.violations } : {}),
    ...(check.state !== 'pending' && check.note ? { note: check.note } : {}),
  };
}
