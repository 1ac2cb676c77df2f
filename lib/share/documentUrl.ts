import { LinkError } from './linkErrors';

export type UrlCheck = { ok: true; url: string } | { ok: false; error: LinkError };

/** Plain http is read only from this computer (a local dev server); the page's policy allows no more. */
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Only absolute http(s) URLs may be fetched: file:, javascript:, data: and relative paths are refused. */
export function checkDocumentUrl(raw: string): UrlCheck {
  const value = typeof raw === 'string' ? raw.trim() : '';
  if (value === '') return { ok: false, error: new LinkError('empty') };
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { ok: false, error: new LinkError('bad-url', 'not an absolute URL') };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { ok: false, error: new LinkError('bad-url', `${url.protocol} addresses are not allowed`) };
  }
  if (url.protocol === 'http:' && !LOOPBACK.has(url.hostname)) return { ok: false, error: new LinkError('insecure-url', url.host) };
  return { ok: true, url: url.href };
}
