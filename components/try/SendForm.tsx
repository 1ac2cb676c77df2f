'use client';

import { useState } from 'react';
import type { LiveView } from '@/lib/live/document/liveView';
import { generatedTexts, headersFromText, whereOf } from '@/lib/live/panelModel';
import { selectLiveConnections, selectLiveTargets } from '@/state/selectors';
import { useStudio, useStudioStore } from '@/state/useStudio';

type Result = { state: 'sending' } | { state: 'sent' } | { state: 'failed'; message: string } | null;

const keyOf = (target: { endpointKey: string; channelId: string }) => `${target.endpointKey}\u0000${target.channelId}`;

/** Compose a message for a channel the session sends on: the lab's generated example to start from, or your own. */
export function SendForm({ view }: { view: LiveView }) {
  const store = useStudioStore();
  const targets = useStudio(selectLiveTargets);
  const connections = useStudio(selectLiveConnections);
  const [targetKey, setTargetKey] = useState<string | null>(null);
  const target = targets.find((t) => keyOf(t) === targetKey) ?? targets[0];
  const [messageId, setMessageId] = useState<string | null>(null);
  const candidates = view.messages.filter((m) => target?.messageIds.includes(m.id));
  const message = candidates.find((m) => m.id === messageId) ?? candidates[0];
  const textsKey = `${target ? keyOf(target) : ''}\u0000${message?.id ?? ''}`;
  const [texts, setTexts] = useState({ key: '', payload: '', headers: '' });
  // Another channel or message starts from its own generated example.
  if (texts.key !== textsKey) setTexts({ key: textsKey, ...generatedTexts(message) });
  const [result, setResult] = useState<Result>(null);

  if (!target) {
    const open = connections.some((c) => c.status.state !== 'closed');
    return <p className="try-hint">{open ? 'None of the chosen operations sends: tick a “Send” operation and reconnect.' : 'Connect to send messages.'}</p>;
  }
  const connection = connections.find((c) => c.key === target.endpointKey);
  const canSend = connection?.status.state === 'connected';
  const headers = connection?.headers ? headersFromText(texts.headers) : ({ ok: true, headers: {} } as const);

  const send = async () => {
    if (!headers.ok) return;
    setResult({ state: 'sending' });
    const outcome = await store.getState().liveSend(target, texts.payload, headers.headers);
    setResult(outcome.ok ? { state: 'sent' } : { state: 'failed', message: outcome.message });
  };

  return (
    <div className="try-send">
      <div className="try-row">
        <label className="try-field">
          <span className="try-field-name">Send on</span>
          <select data-testid="try-send-target" value={keyOf(target)} onChange={(e) => setTargetKey(e.target.value)}>
            {targets.map((t) => (
              <option key={keyOf(t)} value={keyOf(t)}>
                {t.channelId} → {whereOf(t.adapter, t.url, t.address)} ({t.adapter})
              </option>
            ))}
          </select>
        </label>
        {candidates.length > 1 && (
          <label className="try-field">
            <span className="try-field-name">Message</span>
            <select data-testid="try-send-message" value={message?.id} onChange={(e) => setMessageId(e.target.value)}>
              {candidates.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.label}
                </option>
              ))}
            </select>
          </label>
        )}
        <button type="button" className="toolbar-button" data-testid="try-generate" onClick={() => setTexts({ key: textsKey, ...generatedTexts(message) })} title="The message lab's generated example: valid against the schemas">
          Generated example
        </button>
      </div>
      <label className="try-text">
        <span className="try-field-name">Payload</span>
        <textarea data-testid="try-payload" rows={4} spellCheck={false} value={texts.payload} onChange={(e) => setTexts({ ...texts, payload: e.target.value })} />
      </label>
      {connection?.headers && (
        <label className="try-text">
          <span className="try-field-name">Headers (a JSON object; values are sent as text)</span>
          <textarea data-testid="try-headers" rows={3} spellCheck={false} value={texts.headers} onChange={(e) => setTexts({ ...texts, headers: e.target.value })} />
        </label>
      )}
      <div className="try-row">
        <button type="button" className="toolbar-button try-primary" data-testid="try-send" disabled={!canSend || !headers.ok || result?.state === 'sending'} onClick={() => void send()}>
          Send
        </button>
        {!headers.ok && <span className="try-error">{headers.message}</span>}
        {!canSend && <span className="try-hint">{connection?.status.state === 'closed' ? 'Not connected: press Connect to send.' : 'Sending waits for the connection.'}</span>}
        {result && result.state !== 'sending' && (
          <span className={result.state === 'sent' ? 'try-ok' : 'try-error'} data-testid="try-send-result" data-state={result.state} role={result.state === 'failed' ? 'alert' : undefined}>
            {result.state === 'sent' ? 'Sent.' : result.message}
          </span>
        )}
      </div>
    </div>
  );
}
