'use client';

import { useMemo, useState } from 'react';
import { entryAtLine, filterOutline } from '@/lib/editorIntel/outline';
import { selectCursorLine, selectOutline } from '@/state/selectors';
import { useStudio, useStudioStore } from '@/state/useStudio';
import './outline.css';

/** The document's servers, channels, operations, messages and schemas; click one to go to it and edit it in the inspector. */
export default function OutlinePanel() {
  const store = useStudioStore();
  const outline = useStudio(selectOutline);
  const cursorLine = useStudio(selectCursorLine);
  const [query, setQuery] = useState('');
  const shown = useMemo(() => (outline ? filterOutline(outline, query) : []), [outline, query]);
  const current = useMemo(() => (outline ? entryAtLine(outline, cursorLine) : undefined), [outline, cursorLine]);

  if (!outline) return <p className="panel-placeholder">The outline appears once the document is valid.</p>;
  return (
    <div className="outline">
      <input data-testid="outline-filter" className="outline-filter" type="search" placeholder="Filter" value={query} onChange={(e) => setQuery(e.target.value)} aria-label="Filter the outline" />
      {shown.map((section) => (
        <details key={section.kind} open className="outline-section" data-testid="outline-section" data-kind={section.kind}>
          <summary>
            {section.title} <span className="panel-count">{section.entries.length}</span>
          </summary>
          <ul>
            {section.entries.map((entry) => (
              <li key={`${entry.kind}:${entry.label}`}>
                <button
                  type="button"
                  data-testid="outline-item"
                  data-kind={entry.kind}
                  aria-current={entry === current ? 'true' : undefined}
                  className="outline-item"
                  disabled={!entry.range}
                  onClick={() => {
                    if (!entry.range) return;
                    const state = store.getState();
                    state.goTo(entry.range.startLine, entry.range.startColumn);
                    // The entry's key is inside its object: the inspector opens the form of what holds it.
                    state.showPanelBeside('inspector', 'outline');
                    void state.inspect({ line: entry.range.startLine, column: entry.range.startColumn });
                  }}
                >
                  {entry.label}
                  {entry.detail && <span className="outline-detail">{entry.detail}</span>}
                </button>
              </li>
            ))}
          </ul>
        </details>
      ))}
    </div>
  );
}
