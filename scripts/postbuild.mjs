// Writes the Content-Security-Policy into every exported page (and an nginx header include beside the export),
// then precompresses the export (gzip and brotli beside each text asset) so static servers send fewer bytes.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { buildPolicy, buildWorkerPolicy, inlineScriptHashes, nginxInclude, withMetaPolicy } from './csp.mjs';

const out = fileURLToPath(new URL('../out', import.meta.url));
const compressible = /\.(js|css|html|txt|svg|json|map)$/;

function* files(dir) {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) yield* files(path);
    else yield path;
  }
}

// Hashes, not 'unsafe-inline': the export's inline bootstrap scripts run, an injected one does not.
const allHashes = new Set();
for (const path of files(out)) {
  if (!path.endsWith('.html')) continue;
  const html = readFileSync(path, 'utf8');
  const scriptHashes = inlineScriptHashes(html);
  scriptHashes.forEach((hash) => allHashes.add(hash));
  writeFileSync(path, withMetaPolicy(html, buildPolicy({ scriptHashes, forMeta: true })));
}
const cspDir = fileURLToPath(new URL('../.build', import.meta.url));
mkdirSync(cspDir, { recursive: true });
writeFileSync(join(cspDir, 'nginx-csp.conf'), nginxInclude(buildPolicy({ scriptHashes: [...allHashes], forMeta: false }), buildWorkerPolicy()));
console.log(`Content-Security-Policy written into the pages (${allHashes.size} inline script hashes) and .build/nginx-csp.conf.`);

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
