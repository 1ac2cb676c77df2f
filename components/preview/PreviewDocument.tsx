'use client';

import { useMemo, useRef } from 'react';
import AsyncApiComponent from '@asyncapi/react-component/lib/esm/without-parser';
import '@asyncapi/react-component/styles/default.min.css';
import { documentFromJson } from '@/lib/docs/documentFromJson';
import { installSanitizerHooks } from './sanitizerHooks';
import { useFollowCursor } from './useFollowCursor';
import { useLinkGuard } from './useLinkGuard';
import { useSectionNavigation } from './useSectionNavigation';

// The component's modules have run by now, so the shared sanitizer exists.
installSanitizerHooks();

type Rebuilt = { ok: true; document: ReturnType<typeof documentFromJson> } | { ok: false; error: string };

const CONFIG = {
  show: { sidebar: false, info: true, servers: true, operations: true, messages: true, schemas: true, errors: true, messageExamples: true },
  expand: { messageExamples: false },
};

/** The rendered documentation (lazy chunk): the worker's parsed document, rebuilt without parsing. */
export default function PreviewDocument({ documentJson }: { documentJson: string }) {
  const rebuilt = useMemo((): Rebuilt => {
    try {
      return { ok: true, document: documentFromJson(documentJson) };
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  }, [documentJson]);
  const root = useRef<HTMLDivElement>(null);
  useLinkGuard(root);
  useFollowCursor(root);
  const onClick = useSectionNavigation();
  // Rendering a large document takes hundreds of milliseconds: only a new document may cost that, not a
  // re-render of the panel around it (the out-of-date note coming and going).
  const rendered = useMemo(
    () =>
      rebuilt.ok ? (
        <AsyncApiComponent schema={rebuilt.document} config={CONFIG} />
      ) : (
        <p className="preview-message" role="alert">The documentation could not be shown: {rebuilt.error}</p>
      ),
    [rebuilt],
  );
  return (
    <div ref={root} className="preview-document" onClick={onClick}>
      {rendered}
    </div>
  );
}
