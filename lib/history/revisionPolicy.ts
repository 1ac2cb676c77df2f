/**
 * When the studio keeps a revision of a file, and which revisions it lets go. Pure: the caller owns
 * the storage (IndexedDB) and the clock, and passes both in.
 */

/** Why a revision was taken: the file was opened, edited for a while, about to be changed in bulk, or saved. */
export type RevisionReason = 'opened' | 'edited' | 'before-bulk' | 'saved';

export interface RevisionMeta {
  id: string;
  /** Milliseconds since the epoch. */
  takenAt: number;
  /** Bytes the revision's text takes in storage. */
  size: number;
  reason: RevisionReason;
  /** Kept by the user: thinning passes it by; only the count and size bounds can drop it, last. */
  pinned?: boolean;
}

export interface HistoryPolicy {
  /** While the text keeps changing, a new revision at most this often. */
  editIntervalMs: number;
  /** Every revision younger than this is kept. */
  keepAllWithinMs: number;
  /** Younger than this (and older than keepAllWithinMs), one revision per hour is kept; older, one per day. */
  hourlyWithinMs: number;
  /** Bounds per file: past either, the oldest revisions go first. */
  maxCount: number;
  maxBytes: number;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export const DEFAULT_HISTORY_POLICY: Readonly<HistoryPolicy> = {
  editIntervalMs: 3 * MINUTE,
  keepAllWithinMs: HOUR,
  hourlyWithinMs: DAY,
  maxCount: 100,
  maxBytes: 8 * 1024 * 1024,
};

/** What the caller remembers of the newest revision: when, and a hash of its text (textHash). */
export interface LastRevision {
  takenAt: number;
  hash: string;
}

/** A cheap fingerprint of a text (FNV-1a over UTF-16 units, with the length), to tell "unchanged" without keeping the text. */
export function textHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${text.length.toString(36)}-${(hash >>> 0).toString(36)}`;
}

/**
 * Whether to take a revision now. Opening, saving and the moment before a bulk change (upgrade,
 * format, YAML↔JSON, visual edits) always take one; editing takes one once `editIntervalMs` has passed
 * since the last. Never twice the same text in a row.
 */
export function shouldTakeRevision(
  reason: RevisionReason,
  text: string,
  last: LastRevision | undefined,
  now: number,
  policy: Readonly<HistoryPolicy> = DEFAULT_HISTORY_POLICY,
): boolean {
  if (last && last.hash === textHash(text)) return false;
  if (reason !== 'edited' || !last) return true;
  return now - last.takenAt >= policy.editIntervalMs;
}

/**
 * The ids of the revisions to delete, oldest thinned first: all of the last hour stay, then the newest
 * of each hour for a day, then the newest of each day; then, while the file's history is over the
 * count or size bound, the oldest go. The newest revision always stays.
 */
export function revisionsToDrop(revisions: readonly RevisionMeta[], now: number, policy: Readonly<HistoryPolicy> = DEFAULT_HISTORY_POLICY): string[] {
  const newestFirst = [...revisions].sort((a, b) => b.takenAt - a.takenAt);
  const newest = newestFirst[0];
  const dropped = new Set<string>();
  const seenBuckets = new Set<string>();
  for (const revision of newestFirst) {
    const age = now - revision.takenAt;
    if (revision === newest || revision.pinned || age < policy.keepAllWithinMs) continue;
    // Buckets on the clock, not on the age, so a kept revision stays kept as time passes.
    const bucket = age < policy.hourlyWithinMs ? `h${Math.floor(revision.takenAt / HOUR)}` : `d${Math.floor(revision.takenAt / DAY)}`;
    if (seenBuckets.has(bucket)) dropped.add(revision.id);
    else seenBuckets.add(bucket);
  }
  const kept = newestFirst.filter((r) => !dropped.has(r.id));
  let count = kept.length;
  let bytes = kept.reduce((sum, r) => sum + r.size, 0);
  // Past the bounds: unpinned oldest first, then pinned oldest; never the newest.
  const oldestFirst = kept.filter((r) => r !== newest);
  oldestFirst.sort((a, b) => Number(Boolean(a.pinned)) - Number(Boolean(b.pinned)) || a.takenAt - b.takenAt);
  for (const revision of oldestFirst) {
    if (count <= policy.maxCount && bytes <= policy.maxBytes) break;
    dropped.add(revision.id);
    count--;
    bytes -= revision.size;
  }
  return newestFirst.filter((r) => dropped.has(r.id)).map((r) => r.id);
}
