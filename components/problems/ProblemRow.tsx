import { memo } from 'react';
import type { Diagnostic } from '@/lib/analysis/diagnostic';

const ICON: Record<Diagnostic['severity'], string> = { error: '✖', warning: '▲', info: 'ℹ', hint: '•' };

/** One diagnostic; clicking it puts the editor's cursor on its line. */
export const ProblemRow = memo(function ProblemRow({
  diagnostic,
  onSelect,
}: {
  diagnostic: Diagnostic;
  onSelect: (line: number, column: number) => void;
}) {
  const { severity, message, code, range } = diagnostic;
  return (
    <li>
      <button
        type="button"
        data-testid="problem"
        data-severity={severity}
        data-line={range.startLine}
        data-file={diagnostic.file}
        data-code={code}
        className={`problem problem-${severity}`}
        onClick={() => onSelect(range.startLine, range.startColumn)}
      >
        <span className="problem-icon" aria-label={severity}>
          {ICON[severity]}
        </span>
        <span className="problem-message">{message}</span>
        <span className="problem-code">{code}</span>
        <span className="problem-line">Ln {range.startLine}</span>
      </button>
    </li>
  );
});
