import type { LinkError } from './linkErrors';

/** What every decoder at the link edge returns; it never throws. */
export type DecodeResult = { ok: true; text: string; looksLikeAsyncApi: boolean } | { ok: false; error: LinkError };

/** 10 MB of decoded text: far above any real AsyncAPI document, far below what would hurt a tab. */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;
