'use client';

import type { ChangeClass, DiffReport } from '@/lib/diff/types';
import { CLASS_LABELS } from './ChangeList';

const CLASSES: readonly ChangeClass[] = ['breaking', 'non-breaking', 'annotation'];

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** What the version should become, in one sentence. */
function versionSentence(report: DiffReport): string {
  const { version, counts } = report;
  if (version.bump === 'none') return `No change to the contract: info.version can stay${version.current ? ` ${version.current}` : ' as it is'}.`;
  const why = version.bump === 'major' ? plural(counts.breaking, 'breaking change') : version.bump === 'minor' ? plural(counts['non-breaking'], 'non-breaking change') : 'documentation only';
  const next = version.next ? `Suggested next info.version: ${version.next}` : `Suggested bump: ${version.bump}`;
  const from = version.current && version.next ? `, from ${version.current}` : '';
  return `${next} (${version.bump}: ${why}${from}).`;
}

/** Counts by class, the suggested next info.version and the report's notes (an upgrade compared, a side compared as written). */
export function CompareSummary({ report }: { report: DiffReport }) {
  const { version } = report;
  return (
    <div className="compare-summary">
      <div className="compare-counts">
        {CLASSES.map((cls) => (
          <span key={cls} className={`compare-count change-class-${cls}`} data-testid="compare-count" data-class={cls}>
            {report.counts[cls]} {CLASS_LABELS[cls].toLowerCase()}
          </span>
        ))}
      </div>
      <p className="compare-version" data-testid="compare-version" data-bump={version.bump} data-next={version.next}>
        {versionSentence(report)}
        {version.declared !== undefined && version.declaredIsEnough !== undefined && (
          <span className={version.declaredIsEnough ? 'compare-declared-ok' : 'compare-declared-low'}>
            {' '}
            {version.declaredIsEnough ? `The document already says ${version.declared}, which is enough.` : `The document says ${version.declared}, which is not enough.`}
          </span>
        )}
        {version.note && <span className="compare-version-note"> {version.note}</span>}
      </p>
      {report.notes.length > 0 && (
        <ul className="compare-notes" data-testid="compare-notes" role="note">
          {report.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
      {report.conversion && report.conversion.warnings.length > 0 && (
        <details className="compare-notes">
          <summary>What the upgrade could not carry over ({report.conversion.warnings.length})</summary>
          <ul>
            {report.conversion.warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
