'use client';

import { useDeferredValue, useMemo, useRef } from 'react';
import '@asyncapi/react-component/styles/default.min.css';
import type { SectionFingerprints } from '@/lib/analysis/sectionFingerprints';
import { installBoundedExamples } from './boundedExamples';
import { DocumentationSections, SectionsErrorBoundary } from './DocumentationSections';
import { installSanitizerHooks } from './sanitizerHooks';
import { useFollowCursor } from './useFollowCursor';
import { useLinkGuard } from './useLinkGuard';
import { useSectionNavigation } from './useSectionNavigation';

const EMPTY: { documentJson: string; fingerprints?: SectionFingerprints } = { documentJson: '' };

// The component's modules have run by now, so the shared sanitizer exists.
installSanitizerHooks();
installBoundedExamples();

/** The rendered documentation (lazy chunk): the worker's parsed document, rebuilt without parsing. */
export default function PreviewDocument({ documentJson, fingerprints }: { documentJson: string; fingerprints?: SectionFingerprints }) {
  // A large document renders for a second or more. Rendered as a deferred (transition) value, React
  // splits that work into short slices, so typing and the editor stay responsive while it happens,
  // and a newer document arriving meanwhile replaces the unfinished render instead of queueing behind it.
  // The document and its fingerprints are one value: the hashes must be those of the version shown.
  const version = useMemo(() => ({ documentJson, fingerprints }), [documentJson, fingerprints]);
  const shown = useDeferredValue(version, EMPTY);
  const shownJson = shown.documentJson;
  const root = useRef<HTMLDivElement>(null);
  useLinkGuard(root);
  useFollowCursor(root);
  const onClick = useSectionNavigation();
  return (
    <div ref={root} className="preview-document" onClick={onClick} aria-busy={shownJson !== documentJson}>
      {shownJson ? (
        // Memoised: the panel around it re-rendering (the out-of-date note coming and going) costs nothing.
        <SectionsErrorBoundary resetKey={shownJson}>
          <DocumentationSections documentJson={shownJson} fingerprints={shown.fingerprints} />
        </SectionsErrorBoundary>
      ) : (
        <p className="preview-message">Rendering the documentation…</p>
      )}
    </div>
  );
}
