'use client';

import { useState } from 'react';
import type { FormEvent } from 'react';
import { X } from 'lucide-react';
import { normalizeOrigin } from '@/lib/settings/settings';
import { selectSettings } from '@/state/selectors';
import { useStudio, useStudioStore } from '@/state/useStudio';

/** The https origins whose remote `$ref`s the analysis may fetch: the user's own allow list. */
export default function OriginSettings() {
  const store = useStudioStore();
  const origins = useStudio(selectSettings).allowedRefOrigins;
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const set = (allowedRefOrigins: string[]) => store.getState().updateSettings({ allowedRefOrigins });

  const add = (event: FormEvent) => {
    event.preventDefault();
    const origin = normalizeOrigin(draft);
    if (!origin) {
      setError('Enter an https host, e.g. schemas.example.com or https://schemas.example.com:8443.');
      return;
    }
    setError(null);
    setDraft('');
    if (!origins.includes(origin)) set([...origins, origin]);
  };

  return (
    <section className="settings-section" aria-labelledby="settings-origins">
      <h3 id="settings-origins">Remote references</h3>
      <p className="settings-note">
        The analysis fetches an http(s) <code>$ref</code> only from these origins (https only), with time and size limits. Nothing else leaves
        your browser.
      </p>
      <ul className="settings-origins" data-testid="settings-origins">
        {origins.map((origin) => (
          <li key={origin} data-testid="settings-origin" data-origin={origin}>
            <code>{origin}</code>
            <button type="button" className="toolbar-button is-icon" aria-label={`Remove ${origin}`} title={`Remove ${origin}`} onClick={() => set(origins.filter((o) => o !== origin))}>
              <X size={14} aria-hidden="true" />
            </button>
          </li>
        ))}
        {origins.length === 0 && <li className="settings-note">No origin allowed: remote references are not fetched.</li>}
      </ul>
      <form className="settings-origin-form" onSubmit={add}>
        <input
          type="text"
          data-testid="settings-origin-input"
          aria-label="Origin to allow"
          placeholder="schemas.example.com"
          value={draft}
          aria-invalid={error !== null}
          aria-describedby={error ? 'settings-origin-error' : undefined}
          onChange={(e) => setDraft(e.target.value)}
        />
        <button type="submit" className="button" data-testid="settings-origin-add">
          Allow
        </button>
      </form>
      {error && (
        <p id="settings-origin-error" className="settings-invalid" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
