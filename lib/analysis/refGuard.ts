import type { Parser } from '@asyncapi/parser';
import { BLOCKED_REF_MESSAGE } from './fetchGuard';

export const FILE_REF_MESSAGE =
  'Reference to a local file not read: the studio never reads files from your disk through a document; paste the referenced schema into components instead';

/** The code of the error a refused external $ref gets (the parser calls it `invalid-ref`). */
export const REFUSED_REF_CODE = 'external-ref-not-fetched';

/** Why the studio refuses to read a $ref'd URI, or undefined to leave it to the parser's readers. */
export type RefRefusal = (uri: string) => string | undefined;

export function createRefGuard(isOriginAllowed: (origin: string) => boolean): RefRefusal {
  return (uri) => {
    if (uri.startsWith('http:') || uri.startsWith('https:')) {
      const origin = new URL(uri).origin;
      return isOriginAllowed(origin) ? undefined : `${BLOCKED_REF_MESSAGE} (${origin}).`;
    }
    return `${FILE_REF_MESSAGE}.`;
  };
}

/** The part of the parser's Spectral resolver that reads a URI of one scheme (json-ref-resolver's `resolvers`). */
interface SchemeReaders {
  [scheme: string]: { resolve: (uri: { toString(): string }, ctx: unknown) => Promise<string> } | undefined;
}

/**
 * Makes a refused $ref fail as an unreachable one does: the parser leaves it in place and reports one
 * `invalid-ref` error at it. (A resolver in `__unstable.resolver.resolvers` cannot do this: when it
 * throws, the parser falls through to its own file and HTTP readers; when it answers a placeholder,
 * the placeholder is validated in place of the referenced value and its problems pile up.)
 * The parser offers no other way in, so this wraps its Spectral resolver's per-scheme readers.
 */
export function installRefGuard(parser: Parser, refusal: RefRefusal): Parser {
  const internals = parser as unknown as { spectral?: { _resolver?: { resolvers?: SchemeReaders; uriCache?: { purge(): void } } } };
  const resolver = internals.spectral?._resolver;
  const readers = resolver?.resolvers;
  if (!readers) throw new Error('The parser no longer exposes its $ref readers: the studio cannot keep it offline.');
  if (resolver.uriCache) readCaches.set(parser, resolver.uriCache);
  for (const scheme of ['http', 'https', 'file']) {
    const next = readers[scheme];
    readers[scheme] = {
      resolve: (uri, ctx) => {
        const refused = refusal(uri.toString());
        if (refused !== undefined) return Promise.reject(new RefusedRef(uri.toString(), refused));
        return next ? next.resolve(uri, ctx) : Promise.reject(new RefusedRef(uri.toString(), `No reader for ${scheme} references.`));
      },
    };
  }
  return parser;
}

const readCaches = new WeakMap<Parser, { purge(): void }>();

/**
 * Forgets the external refs the parser read or was refused, so the next parse asks the guard again (the user
 * may have allowed or revoked an origin meanwhile). Within one parse the cache still spares repeated reads;
 * switching it off altogether (`resolver.cache: false`) makes every parse several times slower.
 */
export function forgetReadRefs(parser: Parser): void {
  readCaches.get(parser)?.purge();
}

/**
 * The parser reports a failed read as `String(error)`, once per distinct message: the URI in it keeps two
 * refused refs apart (as two unreachable ones are), the name makes it recognisable.
 */
class RefusedRef extends Error {
  override name = 'RefusedRef';
  constructor(uri: string, reason: string) {
    super(`<${uri}> ${reason}`);
  }
}

const REFUSED = /^RefusedRef: <[^>]*> ([^]*)$/;

/** The user-facing message of a parser diagnostic that reports a refused $ref, or undefined for any other. */
export function refusedRefMessage(parserMessage: string): string | undefined {
  return REFUSED.exec(parserMessage)?.[1];
}

/** For a refused http(s) $ref: what an "allow this host" action needs. */
export function refusedRefHost(parserMessage: string): { origin: string; host: string; url: string } | undefined {
  const uri = /^RefusedRef: <([^>]*)>/.exec(parserMessage)?.[1];
  if (!uri || !/^https?:/.test(uri)) return undefined;
  try {
    const { origin, host } = new URL(uri);
    return { origin, host, url: uri };
  } catch {
    return undefined;
  }
}
