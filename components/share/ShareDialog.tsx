'use client';

import { useEffect, useMemo, useRef, useState } from 'react';
import { buildShareUrl, describeLinkLength } from '@/lib/share/shareCodec';
import { selectText } from '@/state/selectors';
import { useStudio } from '@/state/useStudio';
import { messageOf } from '@/lib/errors/messageOf';

type CopyState = { state: 'idle' } | { state: 'copied' } | { state: 'failed'; message: string };

/** The studio's own address without query or fragment: where a shared link must lead. */
function studioBase(): string {
  return `${window.location.origin}${window.location.pathname}`;
}

/** A link that carries the active document itself (nothing is uploaded), with its length and a copy button. */
export function ShareDialog({ onClose }: { onClose: () => void }) {
  const text = useStudio(selectText);
  const [readOnly, setReadOnly] = useState(false);
  const [copy, setCopy] = useState<CopyState>({ state: 'idle' });
  const field = useRef<HTMLInputElement>(null);
  const url = useMemo(() => buildShareUrl(studioBase(), text, { readOnly }), [text, readOnly]);
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
