'use client';

import { useDeferredValue, useRef } from 'react';
import '@asyncapi/react-component/styles/default.min.css';
import { DocumentationSections, SectionsErrorBoundary } from './DocumentationSections';
import { installSanitizerHooks } from './sanitizerHooks';
import { useFollowCursor } from './useFollowCursor';
import { useLinkGuard } from './useLinkGuard';
import { useSectionNavigation } from './useSectionNavigation';

// The component's modules have run by now, so the shared sanitizer exists.
installSanitizerHooks();

/** The rendered documentation (lazy chunk): the worker's parsed document, rebuilt without parsing. */
export default function PreviewDocument({ documentJson }: { documentJson: string }) {
  // A large document renders for a second or more. Rendered as a deferred (transition) value, React
  // splits that work into short slices, so typing and the editor stay responsive while it happens,
  // and a newer document arriving meanwhile replaces the unfinished render instead of queueing behind it.
  const shownJson = useDeferredValue(documentJson, '');
  const root = useRef<HTMLDivElement>(null);
  useLinkGuard(root);
  useFollowCursor(root);
  const onClick = useSectionNavigation();
  return (
    <div ref={root} className="preview-document" onClick={onClick} aria-busy={shownJson !== documentJson}>
      {shownJson ? (
        // Memoised: the panel around it re-rendering (the out-of-date note coming and going) costs nothing.
        <SectionsErrorBoundary resetKey={shownJson}>
          <DocumentationSections documentJson={shownJson} />
        </SectionsErrorBoundary>
      ) : (
        <p className="preview-message">Rendering the documentation…</p>
      )}
    </div>
  );
}
