// The security headers of the studio, for every server that serves the build: `npm start`'s
// (scripts/serve.mjs) reads them from here; nginx gets the same CSP values through the include that
// scripts/postbuild.mjs writes, and nginx.conf's fixed add_header lines are checked against
// STATIC_SECURITY_HEADERS by scripts/securityHeaders.test.ts.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildPolicy, buildWorkerPolicy, inlineScriptHashes } from './csp.mjs';

/** Sent with every response, as nginx.conf's `add_header … always` lines send them. */
export const STATIC_SECURITY_HEADERS = Object.freeze({
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
});

/**
 * Script files that get the workers' policy instead of the page's (a CSP header on a script the page loads
 * is ignored; on a worker's script it governs the worker). nginx's map uses the same expression.
 */
export const WORKER_SCRIPT_PATH = '/_next/static/.+\\.js$';

/** Where postbuild leaves the policies of the build, beside the nginx include. */
export function policiesFile(root) {
  return join(root, '.build', 'csp-policies.json');
}

function* htmlFiles(dir) {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) yield* htmlFiles(path);
    else if (path.endsWith('.html')) yield path;
  }
}

/** The page policy (every inline script hash of the export, plus frame-ancestors) and the workers' policy. */
export function policiesForExport(outDir) {
  const hashes = new Set();
  for (const path of htmlFiles(outDir)) inlineScriptHashes(readFileSync(path, 'utf8')).forEach((hash) => hashes.add(hash));
  return { page: buildPolicy({ scriptHashes: [...hashes], forMeta: false }), worker: buildWorkerPolicy() };
}

/** The policies written at build time; computed from the export when an older build did not write them. */
export function readPolicies(root) {
  const file = policiesFile(root);
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8'));
  return policiesForExport(join(root, 'out'));
}

/** Every security header for a response to `pathname`. */
export function securityHeadersFor(pathname, policies) {
  const csp = new RegExp(WORKER_SCRIPT_PATH).test(pathname) ? policies.worker : policies.page;
  return { ...STATIC_SECURITY_HEADERS, 'Content-Security-Policy': csp };
}
