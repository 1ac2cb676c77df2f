import { CircleCheck, CircleX, Info, Lightbulb, TriangleExclamationPoint } from 'lucide-react';
import type { LucideIcon } from 'lucide-react';
import type { Severity } from '@/lib/analysis/diagnostic';
import { countBySeverity } from '@/lib/analysis/diagnostic';
import type { ConversionCheck } from '@/state/jobsSlice';

const ICON: Record<Severity, LucideIcon> = { error: CircleX, warning: TriangleExclamationPoint, info: Info, hint: Lightbulb };

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** The parser's verdict on the converted text, before Apply: each problem at its line in the new text. */
export function ConvertedProblems({ check, target }: { check: ConversionCheck; target: string }) {
  const counts = countBySeverity(check.problems);
  if (check.problems.length === 0) {
    return (
      <p data-testid="convert-check" data-state="valid" className="convert-check convert-check-valid">
        <CircleCheck size={14} aria-hidden="true" /> The converted document is valid AsyncAPI {target}.
      </p>
    );
  }
  const summary = [counts.error > 0 && plural(counts.error, 'error'), counts.warning > 0 && plural(counts.warning, 'warning')].filter(Boolean).join(' and ');
  return (
    <div data-testid="convert-check" data-state={check.valid ? 'valid' : 'invalid'} className={`convert-check convert-check-${check.valid ? 'warnings' : 'invalid'}`} role="note">
      <strong>
        {check.valid
          ? `The converted document is valid AsyncAPI ${target}, with ${summary}:`
          : `The converted document would not be valid AsyncAPI ${target}: ${summary}. Apply anyway and fix them in the editor, or Cancel to keep the current text.`}
      </strong>
      <ul>
        {check.problems.map((problem, index) => {
          const Icon = ICON[problem.severity];
          return (
            <li
              key={`${index}:${problem.code}`}
              data-testid="convert-problem"
              data-severity={problem.severity}
              data-line={problem.range.startLine}
              data-code={problem.code}
              className={`convert-problem convert-problem-${problem.severity}`}
            >
              <Icon size={14} aria-label={problem.severity} />
              <span className="convert-problem-line">Ln {problem.range.startLine}</span>
              <span className="convert-problem-message">{problem.message}</span>
              <span className="convert-problem-code">{problem.code}</span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
