'use client';

import { selectDocumentJson } from '@/state/selectors';
import { useStudio } from '@/state/useStudio';
import { useDocsExport } from './useDocsExport';

const EXPORTS = [
  { format: 'html', testId: 'export-html', label: 'Export HTML', title: 'Download the documentation as one HTML file that opens offline' },
  { format: 'markdown', testId: 'export-markdown', label: 'Export Markdown', title: 'Download the documentation as Markdown' },
] as const;

/** Downloads the previewed documentation as one self-contained HTML file or as Markdown. */
export function ExportButtons() {
  const ready = useStudio(selectDocumentJson) !== undefined;
  const { busy, exportAs } = useDocsExport();
  return (
    <div className="preview-exports" role="group" aria-label="Export the documentation">
      {EXPORTS.map(({ format, testId, label, title }) => (
        <button
          key={format}
          type="button"
          className="toolbar-button"
          data-testid={testId}
          disabled={!ready || busy === format}
          title={title}
          onClick={() => void exportAs(format)}
        >
          {busy === format ? 'Exporting…' : label}
        </button>
      ))}
    </div>
  );
}
