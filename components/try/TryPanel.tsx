'use client';

import { useState } from 'react';
import type { LiveView } from '@/lib/live/document/liveView';
import { selectLiveView, selectShowsOlderVersion } from '@/state/selectors';
import { useStudio } from '@/state/useStudio';
import { ConnectBar } from './ConnectBar';
import { LiveLogView } from './LiveLogView';
import { SendForm } from './SendForm';
import { TrySetup } from './TrySetup';
import { useTryForm } from './useTryForm';
import './try.css';

/** Try the active document live: connect to its servers, send examples, and check every message that arrives. */
export default function TryPanel() {
  const view = useStudio(selectLiveView);
  const older = useStudio(selectShowsOlderVersion);
  if (!view) return <p className="panel-placeholder">The Try panel needs a valid version of the document first.</p>;
  if (view.servers.length === 0) return <p className="panel-placeholder">This document names no servers, so there is nothing to connect to. Add a server to try it live.</p>;
  return (
    <div className="try-panel">
      {older && <p className="try-hint try-older">The current text has errors: this panel uses the last valid version.</p>}
      <TryControls view={view} />
      <LiveLogView />
    </div>
  );
}

function TryControls({ view }: { view: LiveView }) {
  const api = useTryForm(view);
  // Folded once connected, so the log gets the room; the summary says what was chosen.
  const [setupOpen, setSetupOpen] = useState(true);
  const server = view.servers.find((s) => s.id === api.form.serverId);
  const count = api.choice().operationIds.length;
  return (
    <div className="try-controls">
      <details className="try-setup-box" open={setupOpen} onToggle={(e) => setSetupOpen(e.currentTarget.open)}>
        <summary data-testid="try-setup-summary">
          Server <strong>{server?.id ?? '—'}</strong> ({server?.protocol ?? 'none'}) · {count} operation{count === 1 ? '' : 's'}
        </summary>
        <TrySetup view={view} api={api} />
      </details>
      <ConnectBar view={view} api={api} onConnect={() => setSetupOpen(false)} />
      <SendForm view={view} />
    </div>
  );
}
