import type { ExampleCheck } from '@/lib/messageLab/checkExample';
import { formatPath } from '@/lib/messageLab/violation';

/** The verdict on one example text, and each violation with its path and line. */
export function CheckResult({ testId, label, check }: { testId: string; label: string; check: ExampleCheck | null }) {
  if (!check) return <p className="lab-result" data-testid={testId} data-state="checking">Checking…</p>;
  if (check.state === 'empty') return <p className="lab-result" data-testid={testId} data-state="empty">No {label} to check.</p>;
  if (check.state === 'unreadable') {
    return (
      <p className="lab-result lab-result-bad" data-testid={testId} data-state="unreadable">
        The {label} is not readable JSON or YAML (line {check.line}): {check.message}
      </p>
    );
  }
  if (check.violations.length === 0) {
    return (
      <p className="lab-result lab-result-ok" data-testid={testId} data-state="valid">
        ✔ The {label} {label === 'headers' ? 'match' : 'matches'} its schema.
      </p>
    );
  }
  return (
    <div className="lab-result lab-result-bad" data-testid={testId} data-state="invalid">
      <p>
        ✖ The {label} breaks its schema in {check.violations.length} place{check.violations.length === 1 ? '' : 's'}:
      </p>
      <ul>
        {check.violations.map((v, i) => (
          <li key={i} data-testid="lab-violation" data-path={formatPath(v.path)}>
            <code>{formatPath(v.path)}</code> {v.message} <span className="lab-line">(line {v.line})</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
