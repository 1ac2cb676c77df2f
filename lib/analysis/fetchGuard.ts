/** Message of the error an external $ref gets when its origin was not allowed by the user. */
export const BLOCKED_REF_MESSAGE = 'External reference not fetched: the studio fetches other hosts only when you allow it';

/**
 * Wraps a fetch so that it reaches only the page's own origin and the origins the user allowed.
 * The parser resolves http(s) $refs through fetch; this keeps the studio offline by default.
 */
export function guardFetch(
  fetchImpl: typeof fetch,
  ownOrigin: string,
  allowedOrigins: () => ReadonlySet<string>,
): typeof fetch {
  return (input, init) => {
    const url = new URL(typeof input === 'string' || input instanceof URL ? String(input) : input.url, ownOrigin);
    const allowed = url.origin === ownOrigin || allowedOrigins().has(url.origin);
    if (!allowed || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
      return Promise.reject(new Error(`${BLOCKED_REF_MESSAGE} (${url.origin}).`));
    }
    return fetchImpl(input, init);
  };
}
