/** The one-line summary a history entry shows: what changed since the revision before it. */

export interface LineDelta {
  added: number;
  removed: number;
}

/**
 * Lines added and removed, counted as multisets (a moved line counts as neither): linear time, so it
 * runs on every revision of a large document. Not a diff: the text diff view is Monaco's.
 */
export function lineDelta(before: string, after: string): LineDelta {
  const counts = new Map<string, number>();
  for (const line of before.split(/\r?\n/)) counts.set(line, (counts.get(line) ?? 0) + 1);
  let added = 0;
  for (const line of after.split(/\r?\n/)) {
    const left = counts.get(line) ?? 0;
    if (left > 0) counts.set(line, left - 1);
    else added++;
  }
  let removed = 0;
  for (const left of counts.values()) removed += left;
  return { added, removed };
}

/** What the semantic comparison found, when it ran (the compare worker's report counts). */
export interface SemanticCount {
  changes: number;
  breaking: number;
}

function lines(n: number): string {
  return `${n} line${n === 1 ? '' : 's'}`;
}

/**
 * “+12 −3 lines · 4 changes, 1 breaking”; “First revision · 120 lines” when there is none before;
 * “No change” when the texts are equal.
 */
export function revisionSummary(before: string | undefined, after: string, semantic?: SemanticCount): string {
  if (before === undefined) return `First revision · ${lines(after.split(/\r?\n/).length)}`;
  if (before === after) return 'No change';
  const { added, removed } = lineDelta(before, after);
  const parts = [added === 0 && removed === 0 ? 'Lines reordered' : `+${added} −${removed} ${added + removed === 1 ? 'line' : 'lines'}`];
  if (semantic) {
    if (semantic.changes === 0) parts.push('no change to the contract');
    else parts.push(`${semantic.changes} change${semantic.changes === 1 ? '' : 's'}${semantic.breaking > 0 ? `, ${semantic.breaking} breaking` : ''}`);
  }
  return parts.join(' · ');
}
