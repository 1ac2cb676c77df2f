'use client';

import { selectDocumentJson } from '@/state/selectors';
import { useStudio } from '@/state/useStudio';
import { useDocsExport } from './useDocsExport';

/** Downloads the previewed documentation as one self-contained HTML file or as Markdown. */
export function ExportButtons() {
  const ready = useStudio(selectDocumentJson) !== undefined;
  const { busy, exportAs } = useDocsExport();
  return (
    <div className="preview-exports" role="group" aria-label="Export the documentation">
      <button
        type="button"
        className="toolbar-button"
        data-testid="export-html"
        disabled={!ready || busy === 'html'}
        title="Download the documentation as one HTML file that opens offline"
        onClick={() => void exportAs('html')}
      >
        {busy === 'html' ? 'Exporting…' : 'Export HTML'}
      </button>
      <button
        type="button"
        className="toolbar-button"
        data-testid="export-markdown"
        disabled={!ready || busy === 'markdown'}
        title="Download the documentation as Markdown"
        onClick={() => void exportAs('markdown')}
      >
        {busy === 'markdown' ? 'Exporting…' : 'Export Markdown'}
      </button>
    </div>
  );
}
