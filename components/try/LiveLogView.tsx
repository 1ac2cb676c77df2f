'use client';

import { useState } from 'react';
import { saveFile } from '@/components/preview/saveFile';
import { whereOf } from '@/lib/live/panelModel';
import { selectLive } from '@/state/selectors';
import { useStudio, useStudioStore } from '@/state/useStudio';
import { LogRow } from './LogRow';

/** Rows drawn at once (newest first); the log keeps up to 1,000, and the export has them all. */
const PAGE = 100;

/** The live log: every message received and sent, newest first, with pause, clear and export as JSON Lines. */
export function LiveLogView() {
  const store = useStudioStore();
  const { rows, paused, skippedWhilePaused, evicted, connections } = useStudio(selectLive);
  const [limit, setLimit] = useState(PAGE);
  const shown = rows.slice(-limit).reverse();
  const received = rows.filter((r) => r.direction === 'in');
  const invalid = received.filter((r) => r.check.state === 'invalid').length;
  const endpoints = new Map(connections.map((c) => [c.key, c]));

  const exportLog = () => {
    const text = store.getState().liveExport();
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    saveFile({ fileName: `live-log-${stamp}.jsonl`, mimeType: 'application/x-ndjson', text });
  };

  if (connections.length === 0 && rows.length === 0) return null;
  return (
    <section className="try-log" aria-label="Live messages">
      <div className="try-log-bar">
        <h3>Messages</h3>
        <span className="panel-count" data-testid="try-count" title="received (invalid)">
          {received.length} received{invalid > 0 ? `, ${invalid} invalid` : ''}
        </span>
        <button type="button" className="toolbar-button" data-testid="try-pause" aria-pressed={paused} onClick={() => store.getState().liveSetPaused(!paused)}>
          {paused ? 'Resume' : 'Pause'}
        </button>
        <button type="button" className="toolbar-button" data-testid="try-clear" onClick={() => store.getState().liveClear()}>
          Clear
        </button>
        <button type="button" className="toolbar-button" data-testid="try-export" disabled={rows.length === 0} onClick={exportLog} title="Download the log as JSON Lines (.jsonl, one message a line)">
          Export
        </button>
      </div>
      {paused && <p className="try-hint">Paused: {skippedWhilePaused} message{skippedWhilePaused === 1 ? '' : 's'} not logged since.</p>}
      {evicted > 0 && <p className="try-hint">The oldest {evicted} left the log (it keeps the latest 1,000).</p>}
      {rows.length === 0 ? (
        <p className="try-hint">No messages yet.</p>
      ) : (
        // Focusable, so the list scrolls from the keyboard too.
        <ol className="try-messages" tabIndex={0} aria-label="Messages, newest first">
          {shown.map((entry) => (
            <LogRow key={entry.seq} entry={entry} check={entry.check} channelId={entry.channelId} where={whereOf(endpoints.get(entry.endpointKey)?.adapter, endpoints.get(entry.endpointKey)?.url, entry.address)} />
          ))}
        </ol>
      )}
      {rows.length > limit && (
        <button type="button" className="toolbar-button try-more" onClick={() => setLimit(limit + PAGE)}>
          Show {Math.min(PAGE, rows.length - limit)} older
        </button>
      )}
    </section>
  );
}
