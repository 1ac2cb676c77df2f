'use client';

import { useState } from 'react';
import { ACCEPT_ATTRIBUTE } from '@/lib/files/documentFile';
import type { CompareBaseKey } from '@/state/compareSlice';
import { selectActiveTextHash, selectOtherOpenFiles, selectTimeline } from '@/state/selectors';
import { useStudio, useStudioStore } from '@/state/useStudio';
import { REASON_LABELS, dayLabel, timeLabel } from './revisionLabels';

/** What to compare the active document with: its revisions, the other open files, a file from disk, a URL. */
export function CompareBaseChooser({ baseKey, busy }: { baseKey: CompareBaseKey; busy: boolean }) {
  const store = useStudioStore();
  const timeline = useStudio(selectTimeline);
  const otherFiles = useStudio(selectOtherOpenFiles);
  const currentHash = useStudio(selectActiveTextHash);
  const [url, setUrl] = useState('');
  const files = otherFiles ? otherFiles.split('\n').map((line) => line.split('\t') as [string, string]) : [];
  const revisions = timeline?.revisions ?? [];

  return (
    <div className="compare-base">
      <label className="compare-base-label" htmlFor="compare-base">
        Compare with
      </label>
      <select id="compare-base" data-testid="compare-base" value={baseKey} onChange={(event) => store.getState().chooseCompareBase(event.currentTarget.value)}>
        {baseKey === '' && (
          <option value="" disabled>
            Choose…
          </option>
        )}
        {revisions.length > 0 && (
          <optgroup label="Revisions of this file">
            {revisions.map((r) => (
              <option key={r.id} value={`revision:${r.id}`}>
                {`${dayLabel(r.takenAt)} ${timeLabel(r.takenAt)} · ${REASON_LABELS[r.reason]} · ${r.hash === currentHash ? 'same as now' : r.summary}`}
              </option>
            ))}
          </optgroup>
        )}
        {files.length > 0 && (
          <optgroup label="Open files">
            {files.map(([id, path]) => (
              <option key={id} value={`file:${id}`}>
                {path}
              </option>
            ))}
          </optgroup>
        )}
        <optgroup label="Elsewhere">
          <option value="disk">A file from disk…</option>
          <option value="url">A URL…</option>
        </optgroup>
      </select>
      {baseKey === 'disk' && (
        <input
          type="file"
          data-testid="compare-file-input"
          className="compare-file"
          accept={ACCEPT_ATTRIBUTE}
          aria-label="File to compare with"
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            if (file) void store.getState().compareWith({ kind: 'disk', file });
          }}
        />
      )}
      {baseKey === 'url' && (
        <form
          className="compare-url"
          onSubmit={(event) => {
            event.preventDefault();
            void store.getState().compareWith({ kind: 'url', url });
          }}
        >
          <input type="url" data-testid="compare-url" required placeholder="https://example.com/asyncapi.yaml" value={url} onChange={(event) => setUrl(event.currentTarget.value)} aria-label="Address of the document to compare with" />
          <button type="submit" className="button" data-testid="compare-fetch" disabled={busy || url.trim() === ''}>
            Fetch and compare
          </button>
        </form>
      )}
    </div>
  );
}
