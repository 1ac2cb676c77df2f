'use client';

import { useState } from 'react';
import type { LabMessage } from '@/lib/messageLab/labMessages';
import { SCHEMA_KIND_LABELS } from '@/lib/messageLab/schemaKind';
import { selectLabMessages } from '@/state/selectors';
import { useStudio } from '@/state/useStudio';
import { CheckResult } from './CheckResult';
import { ExampleEditor } from './ExampleEditor';
import { useLabCheck } from './useLabCheck';
import './messageLab.css';

function asText(value: unknown): string {
  return value === undefined ? '' : JSON.stringify(value, null, 2);
}

/** Starting texts for a message: its first example from the document, else a generated valid one. */
function startingTexts(message: LabMessage | undefined): { payload: string; headers: string } {
  const example = message?.examples[0];
  if (example) return { payload: asText(example.payload), headers: asText(example.headers) };
  return { payload: asText(message?.generated.payload), headers: asText(message?.generated.headers) };
}

/** Check example messages against the document's schemas, in any schema format the document uses. */
export default function MessageLabPanel() {
  const messages = useStudio(selectLabMessages);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const message = messages?.find((m) => m.id === selectedId) ?? messages?.[0];
  const [texts, setTexts] = useState<{ id: string | undefined; payload: string; headers: string }>({ id: undefined, payload: '', headers: '' });
  // A new message (or the first one arriving) starts from its own example.
  if (message?.id !== texts.id) setTexts({ id: message?.id, ...startingTexts(message) });
  const check = useLabCheck(texts.payload, texts.headers, message?.payload, message?.headers);

  if (!messages) return <p className="panel-placeholder">The message lab needs a valid version of the document first.</p>;
  if (messages.length === 0) return <p className="panel-placeholder">This document has no messages to check.</p>;

  const kind = message?.payload?.kind ?? 'json-schema';
  return (
    <div className="message-lab">
      <div className="lab-row">
        <label>
          Message{' '}
          <select data-testid="lab-message-select" value={message?.id} onChange={(e) => setSelectedId(e.target.value)}>
            {messages.map((m) => (
              <option key={m.id} value={m.id}>
                {m.label} — {m.context}
              </option>
            ))}
          </select>
        </label>
        <span className="lab-format" data-testid="lab-schema-format" title={message?.schemaFormat}>
          {SCHEMA_KIND_LABELS[kind]}
        </span>
      </div>
      <div className="lab-row">
        <button type="button" className="toolbar-button" data-testid="lab-generate" onClick={() => setTexts({ id: message?.id, payload: asText(message?.generated.payload), headers: asText(message?.generated.headers) })}>
          Generate example
        </button>
        {message?.examples.map((example, i) => (
          <button key={i} type="button" className="toolbar-button" data-testid="lab-use-example" onClick={() => setTexts({ id: message.id, payload: asText(example.payload), headers: asText(example.headers) })}>
            Use example {example.name ?? `#${i + 1}`}
          </button>
        ))}
      </div>
      <details className="lab-schema">
        <summary>Payload schema ({SCHEMA_KIND_LABELS[kind]})</summary>
        <pre data-testid="lab-payload-schema">{typeof message?.payload?.native === 'string' ? message.payload.native : asText(message?.payload?.native)}</pre>
      </details>
      <h3>Payload</h3>
      <ExampleEditor testId="lab-payload" path="inmemory://message-lab/payload.json" value={texts.payload} onChange={(payload) => setTexts((t) => ({ ...t, payload }))} check={check.payload} />
      <CheckResult testId="lab-payload-result" label="payload" check={check.payload} />
      {message?.headers && (
        <>
          <h3>Headers</h3>
          <ExampleEditor testId="lab-headers" path="inmemory://message-lab/headers.json" value={texts.headers} onChange={(headers) => setTexts((t) => ({ ...t, headers }))} check={check.headers} />
          <CheckResult testId="lab-headers-result" label="headers" check={check.headers} />
        </>
      )}
      {check.failure && <p className="lab-result lab-result-bad">The check failed: {check.failure}</p>}
    </div>
  );
}
