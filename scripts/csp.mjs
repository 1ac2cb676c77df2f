// The Content-Security-Policy of the exported studio, shared by the page (a <meta> written into every
// exported .html) and nginx (a header include generated beside the export). See docs/self-hosting.md.
import { createHash } from 'node:crypto';

/** Marks the meta element we write, so a re-run replaces it instead of adding a second one. */
const META_MARK = 'data-studio-csp';
const META_PATTERN = new RegExp(`<meta http-equiv="Content-Security-Policy"[^>]*${META_MARK}[^>]*>`, 'g');

/** Next's static export inlines its bootstrap (`self.__next_f.push(…)`, the Turbopack chunk list): hash each one. */
export function inlineScriptHashes(html) {
  const hashes = [];
  for (const match of html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/gi)) {
    const attributes = match[1] ?? '';
    if (/\ssrc\s*=/i.test(attributes)) continue;
    const body = match[2] ?? '';
    hashes.push(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  }
  return [...new Set(hashes)];
}

/** An origin (`wss://broker.example.com:8084`, `https://*.example.com`, `http://127.0.0.1:*`) or a whole scheme (`https:`). */
const SOURCE = /^(?:(?:https?|wss?):\/\/(?:\*\.)?[a-z0-9.-]+(?::(?:\d+|\*))?|(?:https?|wss?):)$/i;

/**
 * Extra sources, space- or comma-separated, from a build variable: http(s) and ws(s) origins (a `*.` subdomain
 * wildcard and a `:*` port allowed) and those four schemes. Anything else (paths, quotes, other schemes) is dropped,
 * so a variable can never add a keyword or a directive to the policy.
 */
export function originsFrom(value) {
  return (value ?? '').split(/[\s,]+/).filter((source) => SOURCE.test(source));
}

/**
 * What the page's connect-src allows: itself, WebSockets anywhere for the Try panel's brokers (unless
 * STUDIO_CSP_LIVE_WEBSOCKETS=off), the remote reads a user may ask for (unless STUDIO_CSP_REMOTE=off), and the extra sources of STUDIO_CSP_CONNECT_SRC.
 * See docs/self-hosting.md, "Trying a document live".
 */
export function connectSources({
  connectSrc = process.env.STUDIO_CSP_CONNECT_SRC,
  liveWebSockets = process.env.STUDIO_CSP_LIVE_WEBSOCKETS,
  remote = process.env.STUDIO_CSP_REMOTE,
} = {}) {
  const off = (value) => /^(off|false|0|no)$/i.test(String(value ?? '').trim());
  const websockets = off(liveWebSockets) ? [] : ['ws:', 'wss:'];
  return [...new Set(["'self'", ...websockets, ...remoteSources(remote), ...originsFrom(connectSrc)])];
}

/**
 * Hosts a user may ask the studio to read at run time: a `?url=` link they open, a remote `$ref` origin they
 * allow. The policy is fixed at build time and cannot follow those choices, so it allows any https origin
 * (and plain http only on this computer, for local dev servers); the studio's own code decides what it
 * actually fetches (only on a link the user opened, only origins the user allowed). Script stays locked
 * down, so this widens what the studio may read, not what may run. `STUDIO_CSP_REMOTE=off` removes it.
 */
function remoteSources(remote) {
  return /^(off|false|0|no)$/i.test(String(remote ?? '').trim()) ? [] : ['https:', 'http://localhost:*', 'http://127.0.0.1:*'];
}

/**
 * The policy. `style-src 'unsafe-inline'`: React's `style` props and Monaco set inline styles at run time
 * (Monaco also injects <style> elements for its decorations), which hashes cannot cover. Scripts stay strict.
 * `worker-src blob:`: Monaco falls back to a blob: bootstrap when a worker URL is not same-origin; ours are,
 * but the fallback must not break the editor on a host that serves assets from another path.
 * `'unsafe-eval'` (no inline script, still): the documentation preview's @asyncapi/react-component builds a
 * parser when it loads, whose JSON Schema validator (Ajv) compiles code with `new Function`.
 */
export function buildPolicy({ scriptHashes, connectSrc = process.env.STUDIO_CSP_CONNECT_SRC, liveWebSockets = process.env.STUDIO_CSP_LIVE_WEBSOCKETS, remote = process.env.STUDIO_CSP_REMOTE, frameAncestors, forMeta }) {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'unsafe-eval' ${scriptHashes.join(' ')}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src ${connectSources({ connectSrc, liveWebSockets, remote }).join(' ')}`,
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ];
  // Browsers ignore frame-ancestors in a <meta>; only the header can carry it.
  if (!forMeta) directives.push(`frame-ancestors ${frameAncestors ?? (process.env.STUDIO_CSP_FRAME_ANCESTORS || "'self'")}`);
  return directives.join('; ');
}

/** Writes (or replaces) the meta CSP right after <meta charset>, before any script it must govern. */
export function withMetaPolicy(html, policy) {
  const cleaned = html.replace(META_PATTERN, '');
  const meta = `<meta http-equiv="Content-Security-Policy" ${META_MARK}="" content="${policy.replace(/"/g, '&quot;')}"/>`;
  const charset = /<meta charset="?utf-8"?\s*\/?>/i.exec(cleaned);
  if (charset) return cleaned.replace(charset[0], `${charset[0]}${meta}`);
  return cleaned.replace(/<head>/i, `<head>${meta}`);
}

/**
 * The policy of the studio's workers. A worker's CSP comes from its own script response, not from the page.
 * The analysis worker needs 'unsafe-eval': @asyncapi/parser validates with Ajv, which compiles each JSON
 * Schema into a function (new Function). Workers have no DOM, and reach only connect-src like the page; the Try
 * panel's connections are the page's own, so workers get no `ws:`/`wss:`.
 */
export function buildWorkerPolicy({ connectSrc = process.env.STUDIO_CSP_CONNECT_SRC, remote = process.env.STUDIO_CSP_REMOTE } = {}) {
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-eval'",
    `connect-src ${["'self'", ...remoteSources(remote), ...originsFrom(connectSrc)].join(' ')}`,
    "object-src 'none'",
  ].join('; ');
}

/**
 * The nginx include (http context): $studio_csp per response. Script files under /_next/static/ get the
 * worker policy (a CSP header on a script the page loads is ignored; on a worker's script it governs the
 * worker); everything else, i.e. the pages, gets the page policy with the union of every page's script hashes.
 */
export function nginxInclude(pagePolicy, workerPolicy, workerScriptPath = '/_next/static/.+\\.js$') {
  return [
    '# Generated by scripts/postbuild.mjs for this build; nginx.conf includes it in its http block.',
    'map $uri $studio_csp {',
    `  "~${workerScriptPath}" "${workerPolicy}";`,
    `  default "${pagePolicy}";`,
    '}',
    '',
  ].join('\n');
}
