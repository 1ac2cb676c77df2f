'use client';

import dynamic from 'next/dynamic';
import { selectPreviewBlocker, selectDocumentJson, selectSectionFingerprints } from '@/state/selectors';
import { useStudio } from '@/state/useStudio';
import { ExportButtons } from './ExportButtons';
import './preview.css';

// The renderer (@asyncapi/react-component and its stylesheet) loads on first open, not with the page.
const PreviewDocument = dynamic(() => import('./PreviewDocument'), {
  ssr: false,
  loading: () => <p className="preview-message">Loading the preview…</p>,
});

/** The documentation of the last valid version, following the editor. */
export default function PreviewPanel() {
  const documentJson = useStudio(selectDocumentJson);
  const fingerprints = useStudio(selectSectionFingerprints);
  const blocker = useStudio(selectPreviewBlocker);
  return (
    <section className="preview-panel" data-testid="preview" aria-label="Documentation preview">
      <header className="panel-header">
        <h2>Documentation</h2>
        <ExportButtons />
      </header>
      {documentJson && blocker && (
        <p className="preview-stale" data-testid="preview-stale" role="status">
          Showing the last valid version — {blocker}.
        </p>
      )}
      {documentJson ? (
        <PreviewDocument documentJson={documentJson} fingerprints={fingerprints} />
      ) : (
        <p className="preview-message" data-testid="preview-empty">
          {blocker
            ? `No valid version to show yet: ${blocker}. The documentation appears as soon as the document is valid.`
            : 'Preparing the documentation…'}
        </p>
      )}
    </section>
  );
}
