'use client';

import { useCallback } from 'react';
import { selectDiagnostics } from '@/state/selectors';
import { useStudio, useStudioStore } from '@/state/useStudio';
import { ProblemRow } from './ProblemRow';

// Thousands of rows help no one and cost layout time; the count still tells the whole story.
const MAX_ROWS = 500;

/** The list of diagnostics for the current text. */
export default function ProblemsPanel() {
  const store = useStudioStore();
  const diagnostics = useStudio(selectDiagnostics);
  const onSelect = useCallback((line: number, column: number) => store.getState().goTo(line, column), [store]);
  const shown = diagnostics.slice(0, MAX_ROWS);
  return (
    <section className="problems-panel" aria-label="Problems">
      <header className="panel-header">
        <h2>Problems</h2>
        <span className="panel-count">{diagnostics.length}</span>
      </header>
      <ul data-testid="problems" className="problems-list">
        {shown.map((d, i) => (
          <ProblemRow key={`${d.range.startLine}:${d.range.startColumn}:${d.code}:${i}`} diagnostic={d} onSelect={onSelect} />
        ))}
        {diagnostics.length === 0 && <li className="problems-empty">No problems found.</li>}
        {diagnostics.length > MAX_ROWS && <li className="problems-more">…and {diagnostics.length - MAX_ROWS} more</li>}
      </ul>
    </section>
  );
}
