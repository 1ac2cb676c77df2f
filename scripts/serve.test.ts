import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// `npm start`'s server over a project of its own (a copy of the scripts beside a tiny export), rebuilt while it runs.
const scripts = fileURLToPath(new URL('.', import.meta.url));
const project = mkdtempSync(join(tmpdir(), 'serve-'));
const out = join(project, 'out');
let server: ChildProcess | undefined;
let base = '';

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

function writePolicies(page: string, at: Date) {
  const file = join(project, '.build', 'csp-policies.json');
  writeFileSync(file, JSON.stringify({ page, worker: "default-src 'self'" }));
  utimesSync(file, at, at);
}

beforeAll(async () => {
  mkdirSync(join(project, 'scripts'));
  mkdirSync(join(project, '.build'));
  mkdirSync(out);
  for (const name of ['serve.mjs', 'securityHeaders.mjs', 'csp.mjs']) copyFileSync(join(scripts, name), join(project, 'scripts', name));
  symlinkSync(join(scripts, '..', 'node_modules'), join(project, 'node_modules'));
  writeFileSync(join(out, 'index.html'), '<!DOCTYPE html><title>first build</title>');
  writeFileSync(join(out, 'old.js'), 'console.log("first build");');
  writePolicies("script-src 'self' 'sha256-first'", new Date(2026, 0, 1));
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  server = spawn(process.execPath, [join(project, 'scripts', 'serve.mjs')], { env: { ...process.env, PORT: String(port) }, stdio: 'ignore' });
  for (let i = 0; i < 100; i++) {
    if (await fetch(`${base}/healthz`).then((r) => r.ok, () => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('the server did not start');
});

afterAll(() => {
  server?.kill();
  rmSync(project, { recursive: true, force: true });
});

describe('npm start\'s server, when the export is rebuilt while it runs', () => {
  it('serves the new files with the new page policy, answers 404 for removed ones, and keeps running', async () => {
    const first = await fetch(`${base}/`);
    expect(await first.text()).toContain('first build');
    expect(first.headers.get('content-security-policy')).toContain('sha256-first');
    expect((await fetch(`${base}/old.js`)).status).toBe(200);

    rmSync(join(out, 'old.js'));
    writeFileSync(join(out, 'index.html'), '<!DOCTYPE html><title>second build</title>');
    writeFileSync(join(out, 'new.js'), 'console.log("second build");');
    writePolicies("script-src 'self' 'sha256-second'", new Date(2026, 0, 2));

    const second = await fetch(`${base}/`);
    expect(await second.text()).toContain('second build');
    expect(second.headers.get('content-security-policy')).toContain('sha256-second');
    expect((await fetch(`${base}/old.js`)).status).toBe(404);
    expect(await (await fetch(`${base}/new.js`)).text()).toContain('second build');
    expect((await fetch(`${base}/healthz`)).ok).toBe(true);
  });

  it('keeps hashed assets cached for good and revalidates the rest', async () => {
    mkdirSync(join(out, '_next', 'static', 'chunks'), { recursive: true });
    writeFileSync(join(out, '_next', 'static', 'chunks', 'a1.js'), 'console.log(1);');
    expect((await fetch(`${base}/_next/static/chunks/a1.js`)).headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await fetch(`${base}/`)).headers.get('cache-control')).toBe('no-cache');
  });
});
