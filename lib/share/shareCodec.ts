import { deflateSync } from 'fflate';
import { base64ToBytes, bytesToBase64Url } from './base64';
import { inflateBounded } from './boundedInflate';
import { MAX_DOCUMENT_BYTES } from './decodeResult';
import type { DecodeResult } from './decodeResult';
import { LinkError } from './linkErrors';
import { decodeUtf8, looksLikeAsyncApi } from './textSniff';

export type { DecodeResult } from './decodeResult';

// Format of `#share=<payload>`: UTF-8 text -> raw DEFLATE (RFC 1951, no zlib header or checksum:
// fflate does not verify the Adler-32 anyway, so it would only cost 8 characters) -> base64url, no padding.
const DEFLATE_LEVEL = 9;

/** Fragment key carrying our payload, and the query key that marks a read-only link (CONTRACT.md). */
export const SHARE_KEY = 'share';
export const READ_ONLY_KEY = 'readOnly';

/**
 * The payload for `#share=`. Lone UTF-16 surrogates cannot be written as UTF-8, so they come back as
 * U+FFFD; every well-formed string round-trips exactly, a leading BOM included.
 */
export function encodeShareFragment(text: string): string {
  return bytesToBase64Url(deflateSync(new TextEncoder().encode(text), { level: DEFLATE_LEVEL }));
}

/** Decodes a `#share=` payload from anyone. Never throws; output is capped at `maxBytes`. */
export function decodeShareFragment(payload: string, maxBytes: number = MAX_DOCUMENT_BYTES): DecodeResult {
  const trimmed = typeof payload === 'string' ? payload.trim() : '';
  if (trimmed === '') return { ok: false, error: new LinkError('empty') };
  // Incompressible text grows by 4/3 in base64; anything much longer cannot be a document under the cap.
  if (trimmed.length > Math.ceil((maxBytes * 4) / 3) + 1024) {
    return { ok: false, error: new LinkError('too-large', `${trimmed.length} characters`) };
  }
  const compressed = base64ToBytes(trimmed);
  if (compressed === null) return { ok: false, error: new LinkError('bad-base64') };
  const inflated = inflateBounded(compressed, maxBytes);
  if (!inflated.ok) {
    const detail = inflated.reason === 'too-large' ? `over ${formatBytes(maxBytes)}` : undefined;
    return { ok: false, error: new LinkError(inflated.reason, detail) };
  }
  const text = decodeUtf8(inflated.bytes, true);
  return { ok: true, text, looksLikeAsyncApi: looksLikeAsyncApi(text) };
}

/**
 * `https://host/path/#share=<payload>`, with `?readOnly=true` in the query when asked (CONTRACT.md).
 * `base` is the studio's own origin + path; any query or fragment it has is replaced.
 * @remarks Throws only if `base` is not an absolute URL, which is a programming error.
 */
export function buildShareUrl(base: string, text: string, options: { readOnly?: boolean } = {}): string {
  const url = new URL(base);
  url.search = options.readOnly ? `?${READ_ONLY_KEY}=true` : '';
  url.hash = `${SHARE_KEY}=${encodeShareFragment(text)}`;
  return url.href;
}

/** Above this many characters some chat tools and mail clients cut or refuse links. */
export const LINK_LENGTH_RISKY = 2_000;
/** Above this many characters many tools (and some browsers' address bars) break the link. */
export const LINK_LENGTH_TOO_LONG = 8_000;

export type LinkLengthLevel = 'ok' | 'risky' | 'too-long';

export const LINK_LENGTH_MESSAGES: Readonly<Record<LinkLengthLevel, string>> = {
  ok: 'This link is short enough to paste anywhere.',
  risky: 'This link is long. Some chat tools and email clients may cut it; if it does not open, share the file instead.',
  'too-long': 'This link is too long for many chat tools and email clients. Share the file instead, or a URL to it.',
};

export interface LinkLength {
  length: number;
  level: LinkLengthLevel;
  message: string;
}

export function describeLinkLength(url: string): LinkLength {
  const length = url.length;
  const level: LinkLengthLevel =
    length > LINK_LENGTH_TOO_LONG ? 'too-long' : length > LINK_LENGTH_RISKY ? 'risky' : 'ok';
  return { length, level, message: LINK_LENGTH_MESSAGES[level] };
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
  if (bytes >= 1024) return `${Math.round((bytes / 1024) * 10) / 10} KB`;
  return `${bytes} bytes`;
}
