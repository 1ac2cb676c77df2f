import type { RevisionReason } from '@/lib/history/revisionPolicy';

/** Why a revision was taken, as the timeline says it. */
export const REASON_LABELS: Readonly<Record<RevisionReason, string>> = {
  opened: 'Opened',
  edited: 'Edited',
  'before-bulk': 'Before a bulk change',
  saved: 'Saved',
};

/** "Today", "Yesterday", or the date: the timeline's day headings. */
export function dayLabel(at: number, now = Date.now()): string {
  const day = new Date(at).toDateString();
  if (day === new Date(now).toDateString()) return 'Today';
  if (day === new Date(now - 86_400_000).toDateString()) return 'Yesterday';
  return new Date(at).toLocaleDateString(undefined, { weekday: 'short', month: 'short', day: 'numeric', year: 'numeric' });
}

export function timeLabel(at: number): string {
  return new Date(at).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' });
}
