// Serves the static export (out/) on 127.0.0.1:$PORT, as any static web server would.
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';
import { readPolicies, securityHeadersFor } from './securityHeaders.mjs';

const root = fileURLToPath(new URL('../out', import.meta.url));
if (!existsSync(root)) {
  console.error('No build found in out/. Run `npm run build` (or `npm start`, which builds first).');
  process.exit(1);
}

// The same headers as the Docker image's nginx: the page CSP (with frame-ancestors, which a <meta> cannot
// carry), the workers' CSP on script files, nosniff, no referrer, a separate browsing context group.
const policies = readPolicies(fileURLToPath(new URL('..', import.meta.url)));
const port = Number(process.env.PORT || 3000);
const host = process.env.HOST || '127.0.0.1';
const assets = sirv(root, {
  etag: true,
  gzip: true,
  brotli: true,
  setHeaders: (res, pathname) => {
    // Hashed assets never change; everything else is revalidated.
    if (pathname.startsWith('/_next/static/')) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    else res.setHeader('Cache-Control', 'no-cache');
  },
});

createServer((req, res) => {
  // Every response, /healthz and 404s included (nginx's `always`).
  const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
  for (const [name, value] of Object.entries(securityHeadersFor(pathname, policies))) res.setHeader(name, value);
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
