'use client';

import { useDeferredValue, useMemo, useRef } from 'react';
import '@asyncapi/react-component/styles/default.min.css';
import { documentFromJson } from '@/lib/docs/documentFromJson';
import type { RebuiltDocument } from '@/lib/docs/documentFromJson';
import { DocumentationSections } from './DocumentationSections';
import { installSanitizerHooks } from './sanitizerHooks';
import { useFollowCursor } from './useFollowCursor';
import { useLinkGuard } from './useLinkGuard';
import { useSectionNavigation } from './useSectionNavigation';

// The component's modules have run by now, so the shared sanitizer exists.
installSanitizerHooks();

type Rebuilt = { ok: true; document: RebuiltDocument } | { ok: false; error: string };


/** The rendered documentation (lazy chunk): the worker's parsed document, rebuilt without parsing. */
export default function PreviewDocument({ documentJson }: { documentJson: string }) {
  // A large document renders for a second or more. Rendered as a deferred (transition) value, React
  // splits that work into short slices, so typing and the editor stay responsive while it happens,
  // and a newer document arriving meanwhile replaces the unfinished render instead of queueing behind it.
  const shownJson = useDeferredValue(documentJson, '');
  const rebuilt = useMemo((): Rebuilt | undefined => {
    if (!shownJson) return undefined;
    try {
      return { ok: true, document: documentFromJson(shownJson) };
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  }, [shownJson]);
  const root = useRef<HTMLDivElement>(null);
  useLinkGuard(root);
  useFollowCursor(root);
  const onClick = useSectionNavigation();
  // Rendering a large document takes hundreds of milliseconds: only a new document may cost that, not a
  // re-render of the panel around it (the out-of-date note coming and going).
  const rendered = useMemo(
    () =>
      !rebuilt ? (
        <p className="preview-message">Rendering the documentation…</p>
      ) : rebuilt.ok ? (
        <DocumentationSections document={rebuilt.document} />
      ) : (
        <p className="preview-message" role="alert">The documentation could not be shown: {rebuilt.error}</p>
      ),
    [rebuilt],
  );
  return (
    <div ref={root} className="preview-document" onClick={onClick} aria-busy={shownJson !== documentJson}>
      {rendered}
    </div>
  );
}
