import { LinkError } from './linkErrors';

export type UrlCheck = { ok: true; url: string } | { ok: false; error: LinkError };

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
  return { ok: true, url: url.href };
}
