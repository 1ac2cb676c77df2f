'use client';

import type { LiveView } from '@/lib/live/document/liveView';
import { planLive } from '@/lib/live/document/plan';
import { describeStatus } from '@/lib/live/panelModel';
import { selectLive } from '@/state/selectors';
import { useStudio, useStudioStore } from '@/state/useStudio';
import { HintText } from './HintText';
import type { TryFormApi } from './useTryForm';

/** Connect / Disconnect, and one status line per connection (connecting, connected, retrying with its backoff, closed with why). */
export function ConnectBar({ view, api, onConnect }: { view: LiveView; api: TryFormApi; onConnect: () => void }) {
  const store = useStudioStore();
  const live = useStudio(selectLive);
  const open = live.connections.some((c) => c.status.state !== 'closed');
  // What Connect would open, before anything opens (planning only fills in URLs and addresses).
  const preview = live.connections.length === 0 && live.problems.length === 0 ? planLive(view, api.choice()) : null;
  const connect = () => {
    onConnect();
    void store.getState().liveConnect({ choice: api.choice(), credentials: api.form.credentials, stompVirtualHost: api.form.stompVirtualHost });
  };

  return (
    <div className="try-connect-bar">
      <div className="try-row">
        <button type="button" className="toolbar-button try-primary" data-testid="try-connect" onClick={connect} title="Opens the connections now: nothing connects until you press it">
          {open ? 'Reconnect' : 'Connect'}
        </button>
        {open && (
          <button type="button" className="toolbar-button" data-testid="try-disconnect" onClick={() => void store.getState().liveDisconnect()}>
            Disconnect
          </button>
        )}
      </div>
      {preview?.ok && (
        <p className="try-hint" data-testid="try-preview">
          Connect opens {preview.endpoints.length === 1 ? 'one connection' : `${preview.endpoints.length} connections`}: {preview.endpoints.map((e) => e.settings.url).join(', ')}
        </p>
      )}
      {preview && !preview.ok && (
        <ul className="try-hint try-preview-problems" data-testid="try-preview">
          {preview.problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
      {live.problems.length > 0 && (
        <ul className="try-problems" role="alert">
          {live.problems.map((problem) => (
            <li key={problem} data-testid="try-problem">
              {problem}
            </li>
          ))}
        </ul>
      )}
      {live.connections.length > 0 && (
        <ul className="try-statuses" aria-live="polite">
          {live.connections.map((c) => (
            <li key={c.key} className={`try-status try-status-${c.status.state}`} data-testid="try-status" data-state={c.status.state} data-adapter={c.adapter}>
              <span className="try-status-dot" aria-hidden="true" />
              <span className="try-adapter">{c.adapter}</span>
              <code className="try-url">{c.url}</code>
              <span className="try-status-text">{describeStatus(c.status)}</span>
            </li>
          ))}
        </ul>
      )}
      {live.notes.map((note) => (
        <p key={note} className="try-hint" data-testid="try-note">
          <HintText text={note} />
        </p>
      ))}
      {live.subscriptionProblems.length > 0 && (
        <ul className="try-problems" role="alert">
          {live.subscriptionProblems.map((problem) => (
            <li key={problem} data-testid="try-problem">
              {problem}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
