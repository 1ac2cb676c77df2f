/** Every way a live connection, subscription or send can end or fail, as a stable code the UI can switch on. */
export type LiveErrorCode =
  | 'closed-by-user'
  | 'refused'
  | 'timeout'
  | 'auth'
  | 'lost'
  | 'gave-up'
  | 'protocol'
  | 'bad-url'
  | 'secret-in-settings'
  | 'not-connected'
  | 'unsupported'
  | 'rejected';

/** User-facing messages, one per code: the only place this wording lives. */
export const LIVE_ERROR_MESSAGES: Readonly<Record<LiveErrorCode, string>> = {
  'closed-by-user': 'Disconnected.',
  refused:
    'Could not connect. The server may be down, the address or port may be wrong, or it may not accept connections from this page (browsers do not say which).',
  timeout: 'The server did not answer in time.',
  auth: 'The server refused the credentials.',
  lost: 'The connection was lost.',
  'gave-up': 'The connection was lost and reconnecting failed; it stays closed until you connect again.',
  protocol: 'The server answered with an error.',
  'bad-url': 'The address is not one this client can connect to.',
  'secret-in-settings':
    'The address holds a user name or password. Enter them as credentials instead, so they are kept in memory only and never saved or shared.',
  'not-connected': 'Not connected: connect first (or wait until the connection is back).',
  unsupported: 'This connection cannot do that.',
  rejected: 'The server did not accept the message.',
};

/** A typed live failure. `detail` holds the specific fact (a status, a broker's error text) for the message. */
export class LiveError extends Error {
  readonly code: LiveErrorCode;
  readonly detail: string | undefined;

  constructor(code: LiveErrorCode, detail?: string) {
    super(detail === undefined || detail === '' ? LIVE_ERROR_MESSAGES[code] : `${LIVE_ERROR_MESSAGES[code]} (${detail})`);
    this.name = 'LiveError';
    this.code = code;
    this.detail = detail === '' ? undefined : detail;
  }
}

/** Any thrown value as a LiveError; unknown failures become `fallback` with the thrown message as detail. */
export function toLiveError(error: unknown, fallback: LiveErrorCode): LiveError {
  if (error instanceof LiveError) return error;
  const detail = error instanceof Error ? error.message : typeof error === 'string' ? error : undefined;
  return new LiveError(fallback, detail);
}

/** Failures that a reconnect cannot fix: retrying them would only repeat the same answer. */
export function isPermanent(code: LiveErrorCode): boolean {
  return code === 'auth' || code === 'bad-url' || code === 'secret-in-settings' || code === 'protocol' || code === 'unsupported';
}
