import { memo, useId, useState } from 'react';
import { BellOff, BookOpen, CircleX, Globe, Info, Lightbulb, TriangleExclamationPoint } from 'lucide-react';
import type { LucideIcon } from 'lucide-react';
import type { Diagnostic, Severity } from '@/lib/analysis/diagnostic';
import { blockedOriginOf, catalogueRuleOf } from './problemActions';
import { RuleExplanation } from './RuleExplanation';

const ICON: Record<Severity, LucideIcon> = { error: CircleX, warning: TriangleExclamationPoint, info: Info, hint: Lightbulb };

export interface ProblemRowActions {
  select: (diagnostic: Diagnostic) => void;
  fix: (diagnostic: Diagnostic) => void;
  turnOff: (ruleId: string) => void;
  allow: (origin: string) => void;
}

/** Two problems that show the same: equal fields (each analysis sends new objects, mostly with the same content). */
function sameProblem(a: Diagnostic, b: Diagnostic): boolean {
  if (a === b) return true;
  const ra = a.range;
  const rb = b.range;
  return (
    a.severity === b.severity &&
    a.message === b.message &&
    a.code === b.code &&
    a.file === b.file &&
    a.source === b.source &&
    ra.startLine === rb.startLine &&
    ra.startColumn === rb.startColumn &&
    ra.endLine === rb.endLine &&
    ra.endColumn === rb.endColumn &&
    JSON.stringify([a.path, a.data, a.related]) === JSON.stringify([b.path, b.data, b.related])
  );
}

type ProblemRowProps = {
  diagnostic: Diagnostic;
  /** Workspace path of the file the problem is in. */
  file: string;
  fixable: boolean;
  actions: ProblemRowActions;
};

// A row renders again only when what it shows changed: after an edit of a large document most of its hundreds
// of problems are the same, and rendering them all again made each analysis result a long task.
const sameRow = (prev: ProblemRowProps, next: ProblemRowProps) =>
  prev.file === next.file && prev.fixable === next.fixable && prev.actions === next.actions && sameProblem(prev.diagnostic, next.diagnostic);

/** One problem: clicking it puts the editor's cursor there; beside it, what can be done about it. */
export const ProblemRow = memo(function ProblemRow({
  diagnostic,
  file,
  fixable,
  actions,
}: ProblemRowProps) {
  const { severity, message, code, range } = diagnostic;
  const [explaining, setExplaining] = useState(false);
  const rule = catalogueRuleOf(diagnostic);
  const origin = blockedOriginOf(diagnostic);
  const Icon = ICON[severity];
  const explanationId = useId();
  return (
    <li className={`problem-row problem-${severity}`}>
      <button
        type="button"
        data-testid="problem"
        data-severity={severity}
        data-line={range.startLine}
        data-file={file}
        data-code={code}
        data-source={diagnostic.source ?? 'parser'}
        className="problem"
        onClick={() => actions.select(diagnostic)}
      >
        <Icon className="problem-icon" size={14} aria-label={severity} />
        <span className="problem-message">{message}</span>
        <span className="problem-code">{code}</span>
        <span className="problem-line">Ln {range.startLine}</span>
      </button>
      <span className="problem-actions">
        {fixable && (
          <button type="button" data-testid="problem-fix" className="problem-action" aria-label="Quick fix" title="Quick fix (Ctrl/Cmd+.)" onClick={() => actions.fix(diagnostic)}>
            <Lightbulb size={14} aria-hidden="true" />
          </button>
        )}
        {rule && (
          <>
            <button
              type="button"
              data-testid="problem-explain"
              className="problem-action"
              aria-expanded={explaining}
              aria-controls={explaining ? explanationId : undefined}
              aria-label={`Explain the rule ${rule.id}`}
              title="Why this rule exists, with examples"
              onClick={() => setExplaining(!explaining)}
            >
              <BookOpen size={14} aria-hidden="true" />
            </button>
            <button
              type="button"
              data-testid="problem-rule-off"
              className="problem-action"
              aria-label={`Turn off the rule ${rule.id} for this workspace`}
              title="Turn off this rule for this workspace"
              onClick={() => actions.turnOff(rule.id)}
            >
              <BellOff size={14} aria-hidden="true" />
            </button>
          </>
        )}
        {origin && (
          <button type="button" data-testid="problem-allow-origin" className="problem-action problem-action-text" title={`Let the analysis fetch $refs from ${origin}`} onClick={() => actions.allow(origin)}>
            <Globe size={14} aria-hidden="true" />
            Allow {new URL(origin).host}
          </button>
        )}
      </span>
      {rule && explaining && <RuleExplanation id={explanationId} rule={rule} />}
    </li>
  );
}, sameRow);
