// Bundles lib/live for a browser (lib/live/testing/browserHarness.ts, with each adapter's dynamic import
// kept as its own chunk, as the studio's build does) and serves it with a page on loopback.
// Uses Vite, which Vitest already brings: a small bundle needs no Next build.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Builds the harness into a temporary folder; resolves to { dir, files }. */
export async function bundleLiveHarness() {
  const { build } = await import('vite');
  const dir = mkdtempSync(join(tmpdir(), 'studio-live-harness-'));
  const output = await build({
    configFile: false,
    root,
    logLevel: 'warn',
    resolve: { alias: { '@': root.replace(/\/$/, '') } },
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      outDir: dir,
      emptyOutDir: true,
      target: 'es2022',
      minify: false,
      copyPublicDir: false,
      lib: { entry: join(root, 'lib/live/testing/browserHarness.ts'), formats: ['es'], fileName: () => 'harness.js' },
    },
  });
  writeFileSync(join(dir, 'index.html'), '<!doctype html><meta charset="utf-8"><title>live harness</title><script type="module" src="./harness.js"></script>\n');
  const chunks = (Array.isArray(output) ? output : [output]).flatMap((o) => ('output' in o ? o.output : [])).map((c) => c.fileName);
  return { dir, files: chunks };
}

/** Serves the bundle on 127.0.0.1 (a free port); resolves to { url, files, stop() }. */
export async function serveLiveHarness() {
  const { dir, files } = await bundleLiveHarness();
  const assets = sirv(dir, { dev: true });
  const server = createServer((request, response) => assets(request, response, () => response.writeHead(404).end()));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}/`,
    files,
    async stop() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
