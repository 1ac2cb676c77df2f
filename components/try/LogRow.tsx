'use client';

import { memo, useState } from 'react';
import type { EntryCheck, LogEntry } from '@/lib/live/liveLog';
import { formatPath } from '@/lib/messageLab/violation';

/** Characters of a payload shown at first: a long one is drawn only when asked for. */
const PREVIEW_CHARS = 1_000;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
function timeOf(at: number): string {
  const d = new Date(at);
  return `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}.${pad(d.getMilliseconds(), 3)}`;
}

const BADGES: Record<EntryCheck['state'], string> = { pending: '… checking', valid: '✔ valid', invalid: '✖ invalid', unchecked: '– not checked' };

interface Props {
  entry: LogEntry;
  /** Passed apart from the entry: the log replaces them in place when the verdict arrives. */
  check: EntryCheck;
  channelId: string;
  /** Where it went or came from: the broker's address, or the endpoint URL for WebSocket, SSE and HTTP. */
  where: string;
}

/** One message of the live log: when, where, headers, payload and the verdict with its violations. */
export const LogRow = memo(function LogRow({ entry, check, channelId, where }: Props) {
  const [full, setFull] = useState(false);
  const { payload } = entry;
  const shown = full ? payload.text : payload.text.slice(0, PREVIEW_CHARS);
  const headers = Object.entries(entry.headers);
  const meta = Object.entries(entry.meta).map(([k, v]) => `${k}: ${String(v)}`).join(', ');
  const verdict = check.state === 'valid' || check.state === 'invalid' ? String(check.state === 'valid') : undefined;
  return (
    <li
      className={`try-message try-message-${check.state}`}
      data-testid={entry.direction === 'in' ? 'received-message' : 'sent-message'}
      data-valid={verdict}
      data-check={check.state}
      data-channel={channelId}
      data-seq={entry.seq}
    >
      <div className="try-message-head">
        <time dateTime={new Date(entry.at).toISOString()}>{timeOf(entry.at)}</time>
        <span className="try-direction" title={entry.direction === 'in' ? 'received' : 'sent'}>
          {entry.direction === 'in' ? '↓ in' : '↑ out'}
        </span>
        <span className="try-channel">{channelId || '(unknown channel)'}</span>
        <code className="try-address" title={meta || undefined}>
          {where}
        </code>
        <span className={`try-badge try-badge-${check.state}`} title={check.state !== 'pending' ? check.note : undefined}>
          {BADGES[check.state]}
        </span>
      </div>
      {headers.length > 0 && (
        <dl className="try-message-headers">
          {headers.map(([key, value]) => (
            <div key={key}>
              <dt>{key}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      )}
      <pre className="try-payload">
        {payload.encoding === 'base64' ? `(binary, base64) ${shown}` : shown}
        {!full && payload.text.length > PREVIEW_CHARS ? '…' : ''}
      </pre>
      {(payload.text.length > PREVIEW_CHARS || payload.truncated) && (
        <p className="try-hint">
          {payload.bytes.toLocaleString()} bytes{payload.truncated ? ', cut at the size limit' : ''}
          {payload.text.length > PREVIEW_CHARS && (
            <button type="button" className="try-link" onClick={() => setFull(!full)}>
              {full ? 'Show less' : 'Show all'}
            </button>
          )}
        </p>
      )}
      {check.state === 'invalid' && check.violations.length > 0 && (
        <ul className="try-violations">
          {check.violations.map((v, i) => (
            <li key={i} data-testid="received-violation" data-path={formatPath(v.path)} data-part={v.part}>
              <span className="try-part">{v.part}</span> <code>{formatPath(v.path)}</code> {v.message}
            </li>
          ))}
        </ul>
      )}
      {check.state !== 'pending' && check.note && check.state !== 'valid' && <p className="try-hint">{check.note}</p>}
    </li>
  );
});
