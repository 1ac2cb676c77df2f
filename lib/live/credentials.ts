import { LiveError } from './liveErrors';
import type { ConnectionSettings, LiveCredentials } from './types';

/**
 * Moves a user name and password written into a URL (`wss://user:secret@host/`) out of it, so the URL can be
 * kept in settings and the secrets in memory only.
 */
export function splitCredentials(url: string): { url: string; credentials: LiveCredentials } {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { url, credentials: {} };
  }
  if (parsed.username === '' && parsed.password === '') return { url, credentials: {} };
  const credentials: LiveCredentials = {};
  if (parsed.username !== '') credentials.username = decodeURIComponent(parsed.username);
  if (parsed.password !== '') credentials.password = decodeURIComponent(parsed.password);
  parsed.username = '';
  parsed.password = '';
  return { url: parsed.toString(), credentials };
}

/** Refuses settings whose URL carries a secret: settings are persistable, secrets must not be. */
export function assertNoSecrets(settings: ConnectionSettings): void {
  let parsed: URL;
  try {
    parsed = new URL(settings.url);
  } catch {
    throw new LiveError('bad-url', settings.url);
  }
  if (parsed.username !== '' || parsed.password !== '') throw new LiveError('secret-in-settings');
}

/** The Authorization header for HTTP requests: a bearer token, else Basic from user name and password. */
export function authorizationOf(credentials: LiveCredentials): string | undefined {
  if (credentials.token) return `Bearer ${credentials.token}`;
  if (credentials.username !== undefined || credentials.password !== undefined) {
    const pair = `${credentials.username ?? ''}:${credentials.password ?? ''}`;
    const bytes = new TextEncoder().encode(pair);
    let binary = '';
    for (const byte of bytes) binary += String.fromCharCode(byte);
    return `Basic ${btoa(binary)}`;
  }
  return undefined;
}
