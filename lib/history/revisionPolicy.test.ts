import { describe, expect, it } from 'vitest';
import { DEFAULT_HISTORY_POLICY, revisionsToDrop, shouldTakeRevision, textHash } from './revisionPolicy';
import type { RevisionMeta } from './revisionPolicy';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const NOW = Date.UTC(2026, 10, 27, 12, 0, 0);

/** A revision `ago` milliseconds before NOW, named by its age for readable failures. */
function revision(ago: number, extra: Partial<RevisionMeta> = {}): RevisionMeta {
  return { id: `${ago / MINUTE}m`, takenAt: NOW - ago, size: 1000, reason: 'edited', ...extra };
}

describe('shouldTakeRevision', () => {
  const last = { takenAt: NOW - MINUTE, hash: textHash('a: 1') };

  it('takes one on open, save and before a bulk change, whenever the text differs', () => {
    for (const reason of ['opened', 'saved', 'before-bulk'] as const) {
      expect(shouldTakeRevision(reason, 'a: 2', last, NOW)).toBe(true);
      expect(shouldTakeRevision(reason, 'a: 1', last, NOW)).toBe(false);
    }
  });

  it('takes one while editing only every few minutes', () => {
    expect(shouldTakeRevision('edited', 'a: 2', last, NOW)).toBe(false);
    expect(shouldTakeRevision('edited', 'a: 2', last, NOW + DEFAULT_HISTORY_POLICY.editIntervalMs)).toBe(true);
    expect(shouldTakeRevision('edited', 'a: 2', undefined, NOW)).toBe(true);
  });

  it('tells texts apart by hash', () => {
    expect(textHash('abc')).toBe(textHash('abc'));
    expect(textHash('abc')).not.toBe(textHash('abd'));
    expect(textHash('')).not.toBe(textHash('\u0000'));
  });
});

describe('revisionsToDrop', () => {
  it('keeps every revision of the last hour', () => {
    const revisions = [0, 5, 10, 20, 40, 59].map((m) => revision(m * MINUTE));
    expect(revisionsToDrop(revisions, NOW)).toEqual([]);
  });

  it('keeps the newest of each hour for a day, then the newest of each day', () => {
    const hourly = [125, 135, 145, 185].map((m) => revision(m * MINUTE));
    const daily = [2 * DAY + HOUR, 2 * DAY + 2 * HOUR, 5 * DAY].map((ago) => revision(ago));
    const dropped = revisionsToDrop([revision(0), ...hourly, ...daily], NOW);
    // 125, 135 and 145 minutes ago sit in one clock hour (09:xx): only the newest of them stays;
    // 2 days and 1 or 2 hours ago sit in one day.
    expect(dropped).toEqual(['135m', '145m', `${(2 * DAY + 2 * HOUR) / MINUTE}m`]);
  });

  it('drops the oldest first past the count bound, never the newest', () => {
    const revisions = Array.from({ length: 8 }, (_, i) => revision(i * MINUTE));
    expect(revisionsToDrop(revisions, NOW, { ...DEFAULT_HISTORY_POLICY, maxCount: 5 })).toEqual(['5m', '6m', '7m']);
    expect(revisionsToDrop(revisions, NOW, { ...DEFAULT_HISTORY_POLICY, maxCount: 0 })).not.toContain('0m');
  });

  it('drops the oldest first past the size bound', () => {
    const revisions = [revision(0, { size: 600 }), revision(MINUTE, { size: 300 }), revision(2 * MINUTE, { size: 300 })];
    expect(revisionsToDrop(revisions, NOW, { ...DEFAULT_HISTORY_POLICY, maxBytes: 1000 })).toEqual(['2m']);
  });

  it('passes pinned revisions by when thinning, and drops them last for the bounds', () => {
    const pinned = revision(3 * DAY, { pinned: true });
    const revisions = [revision(0), revision(3 * DAY - HOUR), pinned, revision(4 * DAY)];
    expect(revisionsToDrop(revisions, NOW)).toEqual([]);
    expect(revisionsToDrop(revisions, NOW, { ...DEFAULT_HISTORY_POLICY, maxCount: 2 })).toEqual([`${(3 * DAY - HOUR) / MINUTE}m`, `${(4 * DAY) / MINUTE}m`]);
    expect(revisionsToDrop(revisions, NOW, { ...DEFAULT_HISTORY_POLICY, maxCount: 1 })).toContain(pinned.id);
  });

  it('keeps what it kept as time passes', () => {
    const revisions = Array.from({ length: 40 }, (_, i) => revision(i * 37 * MINUTE));
    const keptNow = revisions.filter((r) => !revisionsToDrop(revisions, NOW).includes(r.id));
    const later = revisionsToDrop(keptNow, NOW + 10 * MINUTE);
    expect(later).toEqual([]);
  });
});
