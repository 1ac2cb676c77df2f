// How far into a document we look for the `asyncapi` key: it is normally the first key, but a long
// license comment header can push it down.
const SNIFF_CHARS = 16_384;

const ASYNCAPI_KEY = /^\s*(?:\{\s*)?["']?asyncapi["']?\s*:/m;
const JSON_ASYNCAPI_KEY = /"asyncapi"\s*:/;

/**
 * A cheap guess, not validation: true when the text's first part shows an `asyncapi:` key and is
 * not binary junk. The UI uses it to warn, never to refuse.
 */
export function looksLikeAsyncApi(text: string): boolean {
  const head = text.slice(0, SNIFF_CHARS);
  if (looksBinary(head)) return false;
  return ASYNCAPI_KEY.test(head) || (head.trimStart().startsWith('{') && JSON_ASYNCAPI_KEY.test(head));
}

/** NUL characters, or many control or replacement characters, mean the bytes were not text. */
export function looksBinary(head: string): boolean {
  let odd = 0;
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i);
    if (c === 0) return true;
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) odd++;
  }
  return head.length > 0 && odd / head.length > 0.1;
}

/** True when any of the first `limit` bytes is NUL: no text document in UTF-8 contains one. */
export function hasNulByte(bytes: Uint8Array, limit = 8192): boolean {
  const end = Math.min(bytes.length, limit);
  for (let i = 0; i < end; i++) if (bytes[i] === 0) return true;
  return false;
}

const EXACT_DECODER = new TextDecoder('utf-8', { ignoreBOM: true });
const FILE_DECODER = new TextDecoder('utf-8');

/**
 * UTF-8 to string, never throwing: invalid sequences become U+FFFD (and then trip `looksBinary`).
 * `keepBom` keeps a leading U+FEFF, so text carried in a link comes back exactly as it went in.
 */
export function decodeUtf8(bytes: Uint8Array, keepBom: boolean): string {
  return (keepBom ? EXACT_DECODER : FILE_DECODER).decode(bytes);
}
