'use client';

import { useRef, useState } from 'react';
import type { editor } from 'monaco-editor/editor/editor.api';
import { Modal } from '@/components/dialogs/Modal';
import { DiffView } from '@/components/editor/DiffView';
import { useSystemTheme } from '@/components/editor/useSystemTheme';
import { saveFile } from '@/components/preview/saveFile';
import type { Comparison } from '@/state/compareSlice';
import { selectActivePath, selectComparison } from '@/state/selectors';
import { useStudio, useStudioStore } from '@/state/useStudio';
import { ChangeList } from './ChangeList';
import { CompareBaseChooser } from './CompareBaseChooser';
import { CompareSummary } from './CompareSummary';
import './compare.css';

const DIFF_OPTIONS = {
  readOnly: true,
  originalEditable: false,
  renderSideBySide: true,
  automaticLayout: true,
  minimap: { enabled: false },
  scrollBeyondLastLine: false,
  fontSize: 12,
  renderOverviewRuler: false,
  // Its pinned headings covered the very line a change reveals.
  stickyScroll: { enabled: false },
} as const;

type Done = Extract<Comparison, { state: 'done' }>;

function reportName(path: string, ext: string): string {
  const base = path.split('/').at(-1) ?? 'asyncapi';
  return `${base.replace(/\.(ya?ml|json)$/i, '') || 'asyncapi'}-changes.${ext}`;
}

/** What changed: the active document against a revision, another file, a file from disk or a URL. */
export default function CompareDialog() {
  const store = useStudioStore();
  const comparison = useStudio(selectComparison);
  const path = useStudio(selectActivePath);
  const close = () => store.getState().closeComparison();
  const done = comparison?.state === 'done' ? comparison : null;

  const footer = (
    <>
      <span className="convert-note">Reports are written from the documents’ data; their text is escaped for Markdown.</span>
      <span className="spacer" />
      <button type="button" className="button" data-testid="compare-download-markdown" disabled={!done} onClick={() => done && saveFile({ fileName: reportName(path, 'md'), mimeType: 'text/markdown;charset=utf-8', text: done.markdown })}>
        Changelog (Markdown)
      </button>
      <button type="button" className="button" data-testid="compare-download-json" disabled={!done} onClick={() => done && saveFile({ fileName: reportName(path, 'json'), mimeType: 'application/json;charset=utf-8', text: done.json })}>
        JSON
      </button>
      <button type="button" className="button button-primary" onClick={close}>
        Close
      </button>
    </>
  );

  return (
    <Modal title={`What changed in ${path}`} testId="compare-dialog" onClose={close} footer={footer} size="large">
      <CompareBaseChooser baseKey={comparison?.baseKey ?? ''} busy={comparison?.state === 'running'} />
      {comparison?.state === 'running' && (
        <p className="compare-state" role="status" data-testid="compare-status">
          {comparison.step}
        </p>
      )}
      {comparison?.state === 'choosing' && comparison.note && <p className="compare-state">{comparison.note}</p>}
      {comparison?.state === 'failed' && (
        <p className="convert-error" role="alert" data-testid="compare-error">
          {comparison.message}
        </p>
      )}
      {done && <ComparisonResult key={`${done.baseKey}|${done.version}`} comparison={done} />}
    </Modal>
  );
}

/** The classified changes beside the two texts; choosing a change shows its line in the texts. */
function ComparisonResult({ comparison }: { comparison: Done }) {
  const theme = useSystemTheme();
  const [selected, setSelected] = useState<number | null>(null);
  const diff = useRef<editor.IStandaloneDiffEditor | null>(null);
  const highlight = useRef<editor.IEditorDecorationsCollection | null>(null);
  const { report, texts } = comparison;

  const reveal = (index: number) => {
    setSelected(index);
    const change = report.changes[index];
    const view = diff.current;
    if (!change || change.line === undefined || !view) return;
    const side = change.side === 'old' ? view.getOriginalEditor() : view.getModifiedEditor();
    const line = change.line;
    side.revealLineInCenter(line);
    side.setPosition({ lineNumber: line, column: 1 });
    highlight.current?.clear();
    highlight.current = side.createDecorationsCollection([
      { range: { startLineNumber: line, startColumn: 1, endLineNumber: line, endColumn: 1 }, options: { isWholeLine: true, className: 'compare-line-highlight' } },
    ]);
  };

  return (
    <>
      <CompareSummary report={report} />
      <div className="compare-views">
        {report.changes.length > 0 ? (
          <ChangeList changes={report.changes} selected={selected} onSelect={reveal} />
        ) : (
          <p className="compare-nothing" data-testid="compare-nothing">
            {texts.baseText === texts.newText ? 'The two texts are the same.' : 'No change to the contract: the texts differ only in layout, comments or order.'}
          </p>
        )}
        <div className="compare-text">
          <div className="compare-text-labels">
            <span title={texts.baseLabel}>{texts.baseLabel}</span>
            <span title={texts.newLabel}>{texts.newLabel} (now)</span>
          </div>
          <div className="compare-diff" data-testid="compare-diff">
            <DiffView
              original={texts.baseText}
              modified={texts.newText}
              originalLanguage={texts.baseFormat}
              modifiedLanguage={texts.newFormat}
              theme={theme === 'dark' ? 'vs-dark' : 'vs'}
              options={DIFF_OPTIONS}
              loading={<div className="compare-state">Loading the texts…</div>}
              onMount={(view) => {
                diff.current = view;
              }}
            />
          </div>
        </div>
      </div>
    </>
  );
}
