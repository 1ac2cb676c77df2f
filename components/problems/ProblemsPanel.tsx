'use client';

import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { Diagnostic } from '@/lib/analysis/diagnostic';
import { useWorkbenchControls } from '@/components/layout/WorkbenchControls';
import { selectActivePath, selectDiagnostics, selectShownSeverities } from '@/state/selectors';
import { useStudio, useStudioStore } from '@/state/useStudio';
import { hasQuickFix, linesOf } from './problemActions';
import { bySeverity, filterProblems, fileOf, groupByFile } from './problemList';
import { ProblemRow } from './ProblemRow';
import type { ProblemRowActions } from './ProblemRow';
import ProblemsHeader from './ProblemsHeader';
import { useMountedRows } from './useMountedRows';
import { openQuickFixMenu } from './runQuickFix';
import './problems.css';

// Thousands of rows help no one and cost layout time; the count still tells the whole story.
const MAX_ROWS = 500;

/** The diagnostics of the active document (and of the files it pulls in), filtered, grouped by file. */
export default function ProblemsPanel() {
  const store = useStudioStore();
  const controls = useWorkbenchControls();
  const diagnostics = useStudio(selectDiagnostics);
  const shownSeverities = useStudio(selectShownSeverities);
  const activePath = useStudio(selectActivePath);
  const [query, setQuery] = useState('');
  const header = useRef<HTMLElement>(null);
  const list = useRef<HTMLUListElement>(null);

  const filtered = useMemo(() => bySeverity(filterProblems(diagnostics, { shown: shownSeverities, query }, activePath)), [diagnostics, shownSeverities, query, activePath]);
  const mounted = useMountedRows(Math.min(filtered.length, MAX_ROWS));
  const groups = useMemo(() => groupByFile(filtered.slice(0, mounted), activePath), [filtered, mounted, activePath]);
  // Which rows the editor's quick fixes cover, judged on the text the diagnostics were made for.
  const fixable = useMemo(() => {
    const lines = linesOf(store.getState().files[store.getState().activeId]?.text ?? '');
    return new Set(diagnostics.filter((d) => fileOf(d, activePath) === activePath && hasQuickFix(d, lines)));
  }, [diagnostics, activePath, store]);

  const actions = useMemo<ProblemRowActions>(
    () => ({
      select: (d: Diagnostic) => {
        // A problem in another workspace file opens that file at the problem.
        const state = store.getState();
        if (d.file && d.file !== state.files[state.activeId]?.path && state.openAt(d.file, d.range.startLine, d.range.startColumn)) return;
        state.goTo(d.range.startLine, d.range.startColumn);
      },
      fix: (d: Diagnostic) => {
        store.getState().goTo(d.range.startLine, d.range.startColumn);
        openQuickFixMenu();
      },
      turnOff: (ruleId: string) => {
        store.getState().setRuleSeverity(ruleId, 'off');
        store.getState().notify('info', `The rule ${ruleId} is off for this workspace; Settings turns it on again.`);
      },
      allow: (origin: string) => {
        const { settings, updateSettings } = store.getState();
        if (!settings.allowedRefOrigins.includes(origin)) updateSettings({ allowedRefOrigins: [...settings.allowedRefOrigins, origin] });
      },
    }),
    [store],
  );

  // Sized to its content (up to the panel's limit) until the user sizes it by hand.
  const fit = controls?.problems.fit;
  useLayoutEffect(() => {
    const rows = list.current;
    if (!rows || !fit) return;
    const measure = () => fit((header.current?.offsetHeight ?? 0) + rows.offsetHeight + 1);
    const observer = new ResizeObserver(measure);
    observer.observe(rows);
    return () => observer.disconnect();
  }, [fit]);

  const onKeyDown = useCallback((event: KeyboardEvent<HTMLUListElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const rows = Array.from(list.current?.querySelectorAll<HTMLButtonElement>('[data-testid="problem"]') ?? []);
    const index = rows.indexOf(event.target as HTMLButtonElement);
    if (index === -1) return;
    event.preventDefault();
    rows[Math.min(rows.length - 1, Math.max(0, index + (event.key === 'ArrowDown' ? 1 : -1)))]?.focus();
  }, []);

  const collapsed = controls?.problems.collapsed ?? false;
  const hidden = diagnostics.length - filtered.length;
  const rowsOf = (problems: Diagnostic[], file: string) => {
    const keys = stableKeys(problems);
    return problems.map((d, i) => <ProblemRow key={keys[i]} diagnostic={d} file={file} fixable={fixable.has(d)} actions={actions} />);
  };

  return (
    <section className="problems-panel" aria-label="Problems">
      <ProblemsHeader ref={header} diagnostics={diagnostics} shownCount={filtered.length} query={query} onQuery={setQuery} />
      <div className="problems-body" id="problems-body" inert={collapsed}>
        <ul data-testid="problems" className="problems-list" ref={list} onKeyDown={onKeyDown}>
          {groups.length === 1 && groups[0]!.file === activePath
            ? rowsOf(groups[0]!.problems, activePath)
            : groups.map((group) => (
                <li key={group.file} className="problem-group" data-testid="problem-group" data-file={group.file}>
                  <div className="problem-group-header">
                    <span className="problem-group-file">{group.file}</span>
                    <span className="panel-count">{group.problems.length}</span>
                  </div>
                  <ul className="problem-group-rows">{rowsOf(group.problems, group.file)}</ul>
                </li>
              ))}
          {diagnostics.length === 0 && <li className="problems-empty">No problems found.</li>}
          {diagnostics.length > 0 && filtered.length === 0 && (
            <li className="problems-empty" data-testid="problems-all-filtered">
              {hidden === 1 ? 'One problem is' : `${hidden} problems are`} hidden by the filter.
            </li>
          )}
          {filtered.length > MAX_ROWS && <li className="problems-more">…and {filtered.length - MAX_ROWS} more</li>}
        </ul>
      </div>
    </section>
  );
}

/**
 * A key per row from what the problem is, not where it sits in the list: rows from the rules pass arrive after
 * the parser's and re-sort the list, and a row the user opened (its rule explanation) must stay that row.
 */
function stableKeys(problems: ReadonlyArray<Diagnostic>): string[] {
  const seen = new Map<string, number>();
  return problems.map((d) => {
    // Not the source or the wording: the rules pass's row replaces the parser's copy of the same rule in place.
    const base = `${d.code}:${d.range.startLine}:${d.range.startColumn}`;
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    return `${base}#${count}`;
  });
}
