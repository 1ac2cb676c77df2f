'use client';

import { RULE_CATEGORIES } from '@/lib/governance/types';
import type { RuleCategory } from '@/lib/governance/types';
import { toJsonReport } from '@/lib/governance/report/jsonReport';
import { toSarif } from '@/lib/governance/report/sarif';
import { saveFile } from '@/components/preview/saveFile';
import { selectActiveFile, selectDiagnostics, selectGovernance, selectLastGovernance } from '@/state/selectors';
import { useStudio, useStudioStore } from '@/state/useStudio';
import './quality.css';

const CATEGORY_LABELS: Record<RuleCategory, string> = {
  documentation: 'Documentation',
  naming: 'Naming',
  security: 'Security',
  examples: 'Examples',
  structure: 'Structure',
};

function reportName(path: string, extension: string): string {
  const base = (path.split('/').at(-1) ?? path).replace(/\.(ya?ml|json)$/i, '') || 'asyncapi';
  return `${base}.quality.${extension}`;
}

/** The document's quality score from the rule catalogue, by category, and the reports to download. */
export default function QualityPanel() {
  const store = useStudioStore();
  const result = useStudio(selectLastGovernance);
  const current = useStudio(selectGovernance);
  if (!result) {
    return (
      <p className="quality-empty" data-testid="score-pending">
        The score appears once the document has been analysed.
      </p>
    );
  }
  const { score, skipped } = result.outcome;
  const download = (kind: 'sarif' | 'json') => {
    const s = store.getState();
    const input = {
      diagnostics: selectDiagnostics(s),
      documentPath: selectActiveFile(s).path,
      customRules: result.outcome.customRules,
      score,
    };
    const report = kind === 'sarif' ? toSarif(input) : toJsonReport(input);
    saveFile({
      fileName: reportName(input.documentPath, kind === 'sarif' ? 'sarif' : 'json'),
      mimeType: kind === 'sarif' ? 'application/sarif+json' : 'application/json',
      text: `${JSON.stringify(report, null, 2)}\n`,
    });
  };
  return (
    <div className="quality" aria-busy={current === undefined}>
      {skipped ? (
        <p className="quality-empty">{skipped === 'unreadable' ? 'The text does not read as YAML or JSON yet.' : 'This is not an AsyncAPI 2.x or 3.x document.'}</p>
      ) : (
        <>
          <div className="quality-score" data-testid="score" data-score={score.score} title={`${score.exact.toFixed(1)} of 100`}>
            <span className="quality-number">{score.score}</span>
            <span className="quality-of">/ 100</span>
          </div>
          <ul className="quality-categories" aria-label="Score by category">
            {RULE_CATEGORIES.map((category) => {
              const part = score.categories[category];
              return (
                <li key={category} data-testid="score-category" data-category={category}>
                  <span className="quality-label">{CATEGORY_LABELS[category]}</span>
                  <span className="quality-bar" aria-hidden="true">
                    <span style={{ width: `${part.score ?? 0}%` }} className={part.score === null ? 'is-empty' : undefined} />
                  </span>
                  <span className="quality-value">{part.score === null ? '—' : part.score}</span>
                  <span className="quality-checks">{part.checks === 0 ? 'nothing to check' : `${part.checks - part.failures} of ${part.checks} checks pass`}</span>
                </li>
              );
            })}
          </ul>
        </>
      )}
      <div className="quality-actions">
        <button type="button" className="button" data-testid="report-sarif" onClick={() => download('sarif')}>
          Download SARIF
        </button>
        <button type="button" className="button" data-testid="report-json" onClick={() => download('json')}>
          Download JSON report
        </button>
      </div>
      <p className="quality-note">
        The score counts the catalogue&apos;s rules that apply to this document; rules turned off for this workspace do not count. Rules and
        your <code>.spectral.yaml</code> never change whether the document is valid AsyncAPI.
      </p>
    </div>
  );
}
