/** Every way an incoming link or linked document can fail, as a stable code the UI can switch on. */
export type LinkErrorCode =
  | 'empty'
  | 'bad-base64'
  | 'bad-deflate'
  | 'too-large'
  | 'studio-share-id'
  | 'bad-url'
  | 'fetch-failed'
  | 'http-status'
  | 'not-text'
  | 'timeout'
  | 'blocked-by-policy'
  | 'insecure-url';

/** User-facing messages, one per code: the only place this wording lives. */
export const LINK_ERROR_MESSAGES: Readonly<Record<LinkErrorCode, string>> = {
  empty: 'The link does not contain a document.',
  'bad-base64':
    'The document in this link is damaged (it is not valid base64). The link may have been cut short when it was copied.',
  'bad-deflate':
    'The document in this link is damaged and cannot be unpacked. The link may have been cut short when it was copied.',
  'too-large': 'The document is too large to open here.',
  'studio-share-id':
    "This is an AsyncAPI Studio share link. Such links point at documents kept on AsyncAPI Studio's own servers, and they cannot be opened here. Open the link in AsyncAPI Studio and copy the document, or ask for a link that carries the document itself.",
  'bad-url': 'The link asks to load a document from an address that is not an http:// or https:// URL, so it was not loaded.',
  'fetch-failed':
    'The document could not be downloaded: the server did not answer, or it does not let other sites read its files (it sends no Access-Control-Allow-Origin header).',
  'http-status': 'The server refused to send the document.',
  'not-text': 'The linked file is not a text document (it looks like an image or other binary file).',
  timeout: 'Downloading the document took too long and was stopped.',
  'blocked-by-policy':
    "This studio's security policy does not allow reading from that address, so the browser refused it before asking the server. Whoever hosts the studio can allow it (STUDIO_CSP_CONNECT_SRC, see docs/self-hosting.md).",
  'insecure-url':
    'The studio reads linked documents over https:// only (plain http:// only from this computer), so the link was not loaded. Use the https:// address of the document.',
};

/** A typed link failure. `detail` holds the specific fact (an HTTP status, a scheme, a size) for the message. */
export class LinkError extends Error {
  readonly code: LinkErrorCode;
  readonly detail: string | undefined;

  constructor(code: LinkErrorCode, detail?: string) {
    super(LINK_ERROR_MESSAGES[code]);
    this.name = 'LinkError';
    this.code = code;
    this.detail = detail;
  }
}

/** The message to show a person: the catalogued text plus the specific detail, if any. */
export function describeLinkError(error: LinkError): string {
  return error.detail === undefined ? error.message : `${error.message} (${error.detail})`;
}
