// Adds preload links for the studio's chunks to its page, writes the Content-Security-Policy into every exported
// page (and an nginx header include beside the export), then precompresses the export (gzip and brotli beside
// each text asset) so static servers send fewer bytes.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { buildPolicy, inlineScriptHashes, nginxInclude, withMetaPolicy } from './csp.mjs';
import { studioChunks, withStudioPreloads } from './preloadStudio.mjs';
import { WORKER_SCRIPT_PATH, policiesFile, policiesForExport } from './securityHeaders.mjs';

const out = fileURLToPath(new URL('../out', import.meta.url));
const compressible = /\.(js|css|html|txt|svg|json|map)$/;

function* files(dir) {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) yield* files(path);
    else yield path;
  }
}

const root = fileURLToPath(new URL('..', import.meta.url));
const studioPage = join(out, 'index.html');
const chunks = studioChunks(join(root, '.next', 'server', 'app', 'page', 'react-loadable-manifest.json'));

// Hashes, not 'unsafe-inline': the export's inline bootstrap scripts run, an injected one does not.
for (const path of files(out)) {
  if (!path.endsWith('.html')) continue;
  const read = readFileSync(path, 'utf8');
  const html = path === studioPage ? withStudioPreloads(read, chunks) : read;
  writeFileSync(path, withMetaPolicy(html, buildPolicy({ scriptHashes: inlineScriptHashes(html), forMeta: true })));
}
// The header policies, once: nginx's include and `npm start`'s server (scripts/serve.mjs) both send them.
const policies = policiesForExport(out);
mkdirSync(join(root, '.build'), { recursive: true });
writeFileSync(join(root, '.build', 'nginx-csp.conf'), nginxInclude(policies.page, policies.worker, WORKER_SCRIPT_PATH));
writeFileSync(policiesFile(root), `${JSON.stringify(policies, null, 2)}\n`);
console.log(`Preload links for ${chunks.length} studio chunks written into index.html.`);
console.log('Content-Security-Policy written into the pages, .build/nginx-csp.conf and .build/csp-policies.json.');

let count = 0;
for (const path of files(out)) {
  if (!compressible.test(path)) continue;
  const data = readFileSync(path);
  if (data.length < 1024) continue;
  writeFileSync(`${path}.gz`, gzipSync(data, { level: 9 }));
  writeFileSync(`${path}.br`, brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } }));
  count += 1;
}
console.log(`Precompressed ${count} files.`);
