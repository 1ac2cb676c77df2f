import { base64ToBytes } from './base64';
import { MAX_DOCUMENT_BYTES } from './decodeResult';
import type { DecodeResult } from './decodeResult';
import { checkDocumentUrl } from './documentUrl';
import { LinkError } from './linkErrors';
import { decodeShareFragment, formatBytes, READ_ONLY_KEY, SHARE_KEY } from './shareCodec';
import { decodeUtf8, looksLikeAsyncApi } from './textSniff';

export { fetchLinkedDocument } from './fetchLinkedDocument';
export type { FetchLike, FetchLinkedOptions } from './fetchLinkedDocument';

/** Everything a page URL can ask the studio to open, normalized once here (STYLE.md 18). */
export type IncomingLink =
  | { kind: 'none' }
  | { kind: 'text'; text: string; source: 'share' | 'base64'; readOnly: boolean; looksLikeAsyncApi: boolean }
  | { kind: 'url'; url: string; readOnly: boolean }
  | { kind: 'error'; error: LinkError; readOnly: boolean };

const NONE: IncomingLink = { kind: 'none' };

/**
 * Reads `#share=` (ours), `?base64=` (AsyncAPI Studio's), `?url=` / `?load=`, and Studio's
 * server-side `?share=<id>`, plus `readOnly=true` (query or fragment). Never throws; a `url` result
 * is an instruction to call `fetchLinkedDocument`, nothing is fetched here.
 * When several are present the first of that list wins.
 */
export function readIncomingLink(href: string): IncomingLink {
  let url: URL;
  try {
    url = new URL(String(href), 'http://localhost/');
  } catch {
    return NONE;
  }
  const query = url.searchParams;
  const fragment = new URLSearchParams(url.hash.replace(/^#/, ''));
  const readOnly = isTrue(query.get(READ_ONLY_KEY)) || isTrue(fragment.get(READ_ONLY_KEY));

  const share = fragment.get(SHARE_KEY);
  if (share !== null) return fromDecode(decodeShareFragment(unplus(share)), 'share', readOnly);
  const base64 = query.get('base64');
  if (base64 !== null) return fromDecode(decodeBase64Param(base64), 'base64', readOnly);
  const target = query.get('url') ?? query.get('load');
  if (target !== null) {
    const checked = checkDocumentUrl(target);
    return checked.ok ? { kind: 'url', url: checked.url, readOnly } : { kind: 'error', error: checked.error, readOnly };
  }
  if (query.get(SHARE_KEY) !== null) return { kind: 'error', error: new LinkError('studio-share-id'), readOnly };
  return NONE;
}

/**
 * AsyncAPI Studio's `?base64=`: standard base64 of the UTF-8 text. A `+` left unescaped in a query
 * string arrives as a space, and line breaks can creep in when a link is wrapped; both are undone.
 */
export function decodeBase64Param(value: string, maxBytes: number = MAX_DOCUMENT_BYTES): DecodeResult {
  const cleaned = unplus(value).replace(/[\r\n\t]/g, '');
  if (cleaned === '') return { ok: false, error: new LinkError('empty') };
  if (cleaned.length > Math.ceil((maxBytes * 4) / 3) + 4) {
    return { ok: false, error: new LinkError('too-large', `over ${formatBytes(maxBytes)}`) };
  }
  const bytes = base64ToBytes(cleaned);
  if (bytes === null) return { ok: false, error: new LinkError('bad-base64') };
  if (bytes.length === 0) return { ok: false, error: new LinkError('empty') };
  const text = decodeUtf8(bytes, true);
  return { ok: true, text, looksLikeAsyncApi: looksLikeAsyncApi(text) };
}

function unplus(value: string): string {
  return value.trim().replace(/ /g, '+');
}

/** AsyncAPI Studio reads a bare `?readOnly` (an empty value) as true, and so do we. */
function isTrue(value: string | null): boolean {
  return value !== null && (value === '' || value.toLowerCase() === 'true' || value === '1');
}

function fromDecode(result: DecodeResult, source: 'share' | 'base64', readOnly: boolean): IncomingLink {
  return result.ok
    ? { kind: 'text', text: result.text, source, readOnly, looksLikeAsyncApi: result.looksLikeAsyncApi }
    : { kind: 'error', error: result.error, readOnly };
}

const LINK_QUERY_KEYS = ['base64', 'url', 'load', SHARE_KEY, READ_ONLY_KEY];

/**
 * The same address with every link parameter removed, for `history.replaceState` once a link has
 * been opened, so a reload does not open it again. Other parameters and fragments are kept.
 */
export function withoutIncomingLink(href: string): string {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return href;
  }
  for (const key of LINK_QUERY_KEYS) url.searchParams.delete(key);
  const fragment = new URLSearchParams(url.hash.replace(/^#/, ''));
  if (fragment.has(SHARE_KEY) || fragment.has(READ_ONLY_KEY)) {
    fragment.delete(SHARE_KEY);
    fragment.delete(READ_ONLY_KEY);
    url.hash = fragment.toString();
  }
  return url.href;
}
