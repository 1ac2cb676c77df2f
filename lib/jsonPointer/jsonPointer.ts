/**
 * JSON pointers (RFC 6901): `/channels/a~1b` names the key `a/b` under `channels`, and a local `$ref` writes a
 * pointer as a URI fragment (`#/channels/a~1b`, percent-encoded). Imports nothing, so workers and the UI share it.
 */

/** A key as a pointer token: `~` → `~0`, `/` → `~1`. */
export function escapeToken(key: string | number): string {
  // `~` first: escaping `/` first would turn the `~` of its own `~1` into `~01`.
  return String(key).replace(/~/g, '~0').replace(/\//g, '~1');
}

/** A pointer token as the key it names: `~1` → `/`, `~0` → `~`. */
export function unescapeToken(token: string): string {
  // `~1` first: `~01` is an escaped `~1`, which must not become `/`.
  return token.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** The pointer for a path of keys: `['a/b', 0]` → `/a~1b/0`, and '' for the root. */
export function formatPointer(path: ReadonlyArray<string | number>): string {
  return path.map((key) => `/${escapeToken(key)}`).join('');
}

/**
 * The keys a pointer names: `/a~1b/c` → `['a/b', 'c']`, '' → `[]`, `/` → `['']`. Array indexes stay strings.
 * Nothing is percent-decoded (that is a URI fragment's encoding, not the pointer's); text before the first `/`
 * is not a key, so a `$ref`-style `#/a` gives `['a']` and `#` gives `[]`.
 */
export function pointerTokens(pointer: string): string[] {
  return pointer.split('/').slice(1).map(unescapeToken);
}

/**
 * The keys a local `$ref` names: `#/a/b%20c` → `['a', 'b c']`, `#` → `[]`. Each token is percent-decoded before
 * it is unescaped, so `%2F` stays inside its key. Null for a ref to another document, a fragment that is not a
 * pointer (`#name`), or a malformed percent-escape.
 */
export function refTokens(ref: string): string[] | null {
  if (ref === '#') return [];
  if (!ref.startsWith('#/')) return null;
  try {
    return ref
      .slice(2)
      .split('/')
      .map((token) => unescapeToken(decodeURIComponent(token)));
  } catch {
    return null;
  }
}

/**
 * The value the keys lead to in a plain JSON-like value, or undefined when a step is missing or not an object
 * or array. Only own keys count: `constructor` or `__proto__` never reach into a prototype.
 */
export function valueAt(root: unknown, tokens: readonly string[]): unknown {
  let node = root;
  for (const token of tokens) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, token)) return undefined;
    node = (node as Record<string, unknown>)[token];
  }
  return node;
}

/** The value a local `$ref` (`#/a/b`) names inside `root`; undefined when {@link refTokens} or {@link valueAt} finds none. */
export function valueAtRef(root: unknown, ref: string): unknown {
  const tokens = refTokens(ref);
  return tokens === null ? undefined : valueAt(root, tokens);
}
