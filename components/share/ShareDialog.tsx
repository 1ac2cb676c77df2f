'use client';

import { useEffect, useMemo, useRef, useState } from 'react';
import { buildShareUrl, describeLinkLength } from '@/lib/share/shareCodec';
import { selectText } from '@/state/selectors';
import { selectActiveFileReferences } from '@/state/treeSelectors';
import { useStudio, useStudioStore } from '@/state/useStudio';
import { messageOf } from '@/lib/errors/messageOf';

type CopyState = { state: 'idle' } | { state: 'copied' } | { state: 'failed'; message: string };

/** The studio's own address without query or fragment: where a shared link must lead. */
function studioBase(): string {
  return `${window.location.origin}${window.location.pathname}`;
}

/** A link that carries the active document itself (nothing is uploaded), with its length and a copy button. */
type Bundling = { state: 'none' } | { state: 'running' } | { state: 'done'; text: string; files: string[] } | { state: 'failed' };

/** A document whose $refs reach other workspace files is shared bundled (one self-contained text), else as it is. */
function useSharedText(): { text: string; bundling: Bundling; references: string[] } {
  const store = useStudioStore();
  const text = useStudio(selectText);
  const listing = useStudio(selectActiveFileReferences);
  const references = useMemo(() => (listing === '' ? [] : listing.split('\n')), [listing]);
  const [bundle, setBundle] = useState<{ for: string; result: Bundling } | null>(null);
  useEffect(() => {
    if (references.length === 0) return;
    let cancelled = false;
    void store
      .getState()
      .bundleActive()
      .then((bundled) => {
        if (!cancelled) setBundle({ for: text, result: bundled ? { state: 'done', text: bundled.text, files: bundled.includedFiles } : { state: 'failed' } });
      });
    return () => {
      cancelled = true;
    };
  }, [references, text, store]);
  if (references.length === 0) return { text, bundling: { state: 'none' }, references };
  const bundling: Bundling = bundle?.for === text ? bundle.result : { state: 'running' };
  return { text: bundling.state === 'done' ? bundling.text : text, bundling, references };
}

export function ShareDialog({ onClose }: { onClose: () => void }) {
  const { text, bundling, references } = useSharedText();
  const [readOnly, setReadOnly] = useState(false);
  const [copy, setCopy] = useState<CopyState>({ state: 'idle' });
  const field = useRef<HTMLInputElement>(null);
  const url = useMemo(() => (bundling.state === 'running' ? '' : buildShareUrl(studioBase(), text, { readOnly })), [text, readOnly, bundling.state]);
  const length = describeLinkLength(url);

  useEffect(() => {
    field.current?.focus();
    field.current?.select();
  }, [url]);

  const onCopy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopy({ state: 'copied' });
    } catch (error) {
      const reason = messageOf(error);
      setCopy({ state: 'failed', message: `Could not copy (${reason}). Select the link and copy it yourself.` });
    }
  };

  return (
    <div className="share-backdrop" onMouseDown={(event) => event.target === event.currentTarget && onClose()}>
      <div
        className="share-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="share-title"
        data-testid="share-dialog"
        onKeyDown={(event) => {
          if (event.key === 'Escape') onClose();
        }}
      >
        <h2 id="share-title">Share this document</h2>
        <p className="share-explain">The link carries the whole document, compressed. Nothing is uploaded: whoever opens it gets the text from the link itself.</p>
        {bundling.state !== 'none' && (
          <p data-testid="share-bundle" data-state={bundling.state} className="share-explain">
            {bundling.state === 'running' && `This document refers to ${references.length === 1 ? 'another file' : `${references.length} other files`}: bundling them into the link…`}
            {bundling.state === 'done' && `This document refers to other files (${bundling.files.join(', ')}): the link carries it bundled with them into one document, so it opens anywhere.`}
            {bundling.state === 'failed' && 'This document refers to other files, and could not be bundled: the link carries it as it is, and its references to other files will not resolve for whoever opens it.'}
          </p>
        )}
        <div className="share-row">
          <input ref={field} data-testid="share-url" className="share-url" readOnly value={url} aria-label="Share link" onFocus={(e) => e.currentTarget.select()} />
          <button type="button" data-testid="share-copy" className="toolbar-button share-copy" onClick={() => void onCopy()}>
            Copy
          </button>
        </div>
        <p data-testid="share-length" data-level={length.level} className={`share-length share-length-${length.level}`}>
          {length.length.toLocaleString('en')} characters. {length.message}
        </p>
        <label className="share-option">
          <input
            type="checkbox"
            data-testid="share-read-only"
            checked={readOnly}
            onChange={(event) => {
              setReadOnly(event.currentTarget.checked);
              setCopy({ state: 'idle' });
            }}
          />
          Read-only: the document opens without editing
        </label>
        <div className="share-footer">
          <span data-testid="share-copy-status" role="status" aria-live="polite" className={`share-copy-status share-copy-${copy.state}`}>
            {copy.state === 'copied' ? 'Copied' : copy.state === 'failed' ? copy.message : ''}
          </span>
          <button type="button" className="toolbar-button" data-testid="share-close" onClick={onClose}>
            Close
          </button>
        </div>
      </div>
    </div>
  );
}
