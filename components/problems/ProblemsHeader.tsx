'use client';

import type { Ref } from 'react';
import { ChevronDown, ChevronRight, CircleX, Info, Lightbulb, Search, TriangleExclamationPoint } from 'lucide-react';
import type { LucideIcon } from 'lucide-react';
import { useWorkbenchControls } from '@/components/layout/WorkbenchControls';
import { countBySeverity } from '@/lib/analysis/diagnostic';
import type { Diagnostic, Severity } from '@/lib/analysis/diagnostic';
import { selectShownSeverities } from '@/state/selectors';
import { useStudio, useStudioStore } from '@/state/useStudio';
import { SEVERITIES } from './problemList';

const SEVERITY_UI: Record<Severity, { icon: LucideIcon; plural: string }> = {
  error: { icon: CircleX, plural: 'errors' },
  warning: { icon: TriangleExclamationPoint, plural: 'warnings' },
  info: { icon: Info, plural: 'infos' },
  hint: { icon: Lightbulb, plural: 'hints' },
};

/**
 * The problems panel's header: collapse, the count per severity (each a toggle that shows or hides that
 * severity, the same preference as in Settings) and the search.
 */
export default function ProblemsHeader({
  ref,
  diagnostics,
  shownCount,
  query,
  onQuery,
}: {
  ref: Ref<HTMLElement>;
  diagnostics: readonly Diagnostic[];
  shownCount: number;
  query: string;
  onQuery: (query: string) => void;
}) {
  const store = useStudioStore();
  const controls = useWorkbenchControls();
  const shown = useStudio(selectShownSeverities);
  const counts = countBySeverity(diagnostics);
  const collapsed = controls?.problems.collapsed ?? false;
  const Chevron = collapsed ? ChevronRight : ChevronDown;

  return (
    <header className="panel-header problems-header" ref={ref}>
      <h2 className="problems-title">
        {controls ? (
          <button
            type="button"
            data-testid="problems-toggle"
            className="problems-collapse"
            aria-expanded={!collapsed}
            aria-controls="problems-body"
            title={`${collapsed ? 'Show' : 'Hide'} the problems (Ctrl/Cmd+J)`}
            onClick={controls.problems.toggle}
          >
            <Chevron size={14} aria-hidden="true" />
            Problems
          </button>
        ) : (
          'Problems'
        )}
      </h2>
      <span className="panel-count" data-testid="problems-count" title={`${shownCount} shown of ${diagnostics.length}`}>
        {shownCount === diagnostics.length ? diagnostics.length : `${shownCount}/${diagnostics.length}`}
      </span>
      <div className="problems-filters" role="group" aria-label="Severities shown">
        {SEVERITIES.map((severity) => {
          const { icon: Icon, plural } = SEVERITY_UI[severity];
          return (
            <button
              key={severity}
              type="button"
              data-testid={`problems-filter-${severity}`}
              data-count={counts[severity]}
              className={`severity-toggle severity-${severity}`}
              aria-pressed={shown[severity]}
              aria-label={`Show ${plural} (${counts[severity]})`}
              title={`${shown[severity] ? 'Hide' : 'Show'} ${plural}`}
              onClick={() => store.getState().updateSettings({ shownSeverities: { ...shown, [severity]: !shown[severity] } })}
            >
              <Icon size={13} aria-hidden="true" />
              {counts[severity]}
            </button>
          );
        })}
      </div>
      <label className="problems-search">
        <Search size={13} aria-hidden="true" />
        <input
          type="search"
          data-testid="problems-search"
          placeholder="Filter problems"
          aria-label="Filter problems by text"
          value={query}
          onChange={(event) => onQuery(event.target.value)}
          onFocus={() => collapsed && controls?.problems.toggle()}
        />
      </label>
    </header>
  );
}
