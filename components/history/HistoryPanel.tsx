'use client';

import { memo, useMemo } from 'react';
import { keepSavedFileFor } from '@/components/actions/fileSaving';
import type { StoredRevision } from '@/lib/history/revisionStore';
import { selectActivePath, selectActiveTextHash, selectHistoryEnabled, selectHistoryProblem, selectTimeline } from '@/state/selectors';
import { useStudio, useStudioStore } from '@/state/useStudio';
import { CompareLatestButton } from './CompareButton';
import { dayLabel, REASON_LABELS, timeLabel } from './revisionLabels';
import './history.css';

/** The active file's local history, newest first: restore a revision (undoable) or compare with it. */
export default function HistoryPanel() {
  const enabled = useStudio(selectHistoryEnabled);
  const timeline = useStudio(selectTimeline);
  const problem = useStudio(selectHistoryProblem);
  const path = useStudio(selectActivePath);
  const currentHash = useStudio(selectActiveTextHash);
  const days = useMemo(() => byDay(timeline?.revisions ?? []), [timeline]);

  if (!enabled) return <p className="panel-placeholder">This studio keeps no local history.</p>;
  return (
    <div className="history">
      <div className="history-head">
        <p className="history-intro">
          Revisions of <strong>{path}</strong> kept in this browser: when opened, every few minutes of editing, before bulk changes and on save.
        </p>
        <CompareLatestButton />
      </div>
      {problem && (
        <p className="history-problem" role="status" data-testid="history-problem">
          {problem}
        </p>
      )}
      {timeline?.state === 'loading' && timeline.revisions.length === 0 && <p className="history-empty">Reading the history…</p>}
      {timeline?.state === 'ready' && timeline.revisions.length === 0 && <p className="history-empty">No revision yet.</p>}
      {days.map(({ day, revisions }) => (
        <section key={day} className="history-day" aria-label={day}>
          <h3>{day}</h3>
          <ol className="history-list">
            {revisions.map((revision) => (
              <HistoryEntry key={revision.id} revision={revision} current={revision.hash === currentHash} />
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}

function byDay(revisions: readonly StoredRevision[]): Array<{ day: string; revisions: StoredRevision[] }> {
  const days: Array<{ day: string; revisions: StoredRevision[] }> = [];
  for (const revision of revisions) {
    const day = dayLabel(revision.takenAt);
    if (days.at(-1)?.day === day) days.at(-1)!.revisions.push(revision);
    else days.push({ day, revisions: [revision] });
  }
  return days;
}

/** One revision: when, why, what changed since the one before; compare or restore. */
const HistoryEntry = memo(function HistoryEntry({ revision, current }: { revision: StoredRevision; current: boolean }) {
  const store = useStudioStore();
  const restore = async () => {
    const text = await store.getState().readRevision(revision.id);
    // A restore is the same document: a file it was saved to stays its file.
    if (text !== undefined) keepSavedFileFor(text);
    await store.getState().restoreRevision(revision.id);
  };
  return (
    <li className="history-entry" data-testid="history-entry" data-reason={revision.reason} data-current={current ? 'true' : undefined}>
      <div className="history-when">
        <time dateTime={new Date(revision.takenAt).toISOString()} title={new Date(revision.takenAt).toLocaleString()}>
          {timeLabel(revision.takenAt)}
        </time>
        <span className={`history-reason history-reason-${revision.reason}`}>{REASON_LABELS[revision.reason]}</span>
        {current && <span className="history-current">current text</span>}
      </div>
      <div className="history-summary">{revision.summary}</div>
      <div className="history-actions">
        <button type="button" className="history-action" data-testid="history-compare" onClick={() => void store.getState().openComparison({ kind: 'revision', revisionId: revision.id })} disabled={current} title={current ? 'This revision holds the current text' : 'Compare the current text with this revision'}>
          Compare
        </button>
        <button type="button" className="history-action" data-testid="history-restore" onClick={() => void restore()} disabled={current} title={current ? 'This revision holds the current text' : 'Put this revision’s text in the editor (Ctrl/Cmd+Z undoes it)'}>
          Restore
        </button>
      </div>
    </li>
  );
});
