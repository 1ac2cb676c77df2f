// Serves the static export (out/) on 127.0.0.1:$PORT, as any static web server would.
import { createServer } from 'node:http';
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';
import { policiesFile, readPolicies, securityHeadersFor } from './securityHeaders.mjs';

const root = fileURLToPath(new URL('../out', import.meta.url));
if (!existsSync(root)) {
  console.error('No build found in out/. Run `npm run build` (or `npm start`, which builds first).');
  process.exit(1);
}

// The same headers as the Docker image's nginx: the page CSP (with frame-ancestors, which a <meta> cannot
// carry), the workers' CSP on script files, nosniff, no referrer, a separate browsing context group.
// They are read again when a build rewrites them (`npm run build` while this server runs): the new page's inline
// scripts have new hashes, and a stale policy would block them.
const projectRoot = fileURLToPath(new URL('..', import.meta.url));
/** When postbuild last wrote the policies; null without the file (an export built elsewhere: the ones read at start). */
function policiesStamp() {
  try {
    return statSync(policiesFile(projectRoot)).mtimeMs;
  } catch {
    return null;
  }
}
let policies = { stamp: policiesStamp(), value: readPolicies(projectRoot) };
function currentPolicies() {
  const stamp = policiesStamp();
  if (stamp !== null && stamp !== policies.stamp) {
    try {
      policies = { stamp, value: readPolicies(projectRoot) };
    } catch {
      // Half-written by a build in progress: the previous ones until it is done.
    }
  }
  return policies.value;
}
const port = Number(process.env.PORT || 3000);
const host = process.env.HOST || '127.0.0.1';
const assets = sirv(root, {
  // Looked up on disk per request, not listed once at start: files a rebuild removed are a 404, not a crash,
  // and new ones are served.
  dev: true,
  etag: true,
  gzip: true,
  brotli: true,
  setHeaders: (res, pathname) => {
    // Hashed assets never change; everything else is revalidated. (Dev mode hands writeHead a Cache-Control of
    // its own, which would win over one set here.)
    const cacheControl = pathname.startsWith('/_next/static/') ? 'public, max-age=31536000, immutable' : 'no-cache';
    const writeHead = res.writeHead.bind(res);
    res.writeHead = (status, headers) => writeHead(status, { ...headers, 'Cache-Control': cacheControl });
  },
});

createServer((req, res) => {
  // Every response, /healthz and 404s included (nginx's `always`).
  const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
  for (const [name, value] of Object.entries(securityHeadersFor(pathname, currentPolicies()))) res.setHeader(name, value);
  if (req.url === '/healthz') {
    res.writeHead(200, { 'Content-Type': 'text/plain' }).end('ok\n');
    return;
  }
  assets(req, res, () => {
    res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found\n');
  });
}).listen(port, host, () => {
  console.log(`AsyncAPI Studio is being served on http://${host}:${port}`);
});
