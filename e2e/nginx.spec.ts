import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';
import { get } from 'node:http';
import type { IncomingHttpHeaders } from 'node:http';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { resolve } from 'node:path';
import { EditorPage } from './pages/EditorPage';
import { ProblemsPage } from './pages/ProblemsPage';
import { startNginx } from './support/nginxServer';
import type { RunningNginx } from './support/nginxServer';

// The Docker image's configuration without Docker: Debian's nginx with the shipped nginx.conf, serving out/.
const nginxPort = Number(process.env.E2E_NGINX_PORT || Number(process.env.E2E_PORT || 3123) + 10);
const projectRoot = process.cwd();

function rawGet(url: string, headers: Record<string, string>): Promise<{ headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolveGet, reject) => {
    get(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (c: Buffer) => chunks.push(c));
      response.on('end', () => resolveGet({ headers: response.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

test.describe('served by nginx with the shipped nginx.conf', () => {
  test.describe.configure({ mode: 'serial' });
  let server: RunningNginx;

  test.beforeAll(async () => {
    server = await startNginx({ port: nginxPort, site: resolve(projectRoot, 'out'), projectRoot });
  });
  test.afterAll(async () => {
    await server?.stop();
  });

  /** Records every CSP violation the page reports, from the first script on. */
  async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} ${e.blockedURI}`));
    });
    return () => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
  }

  test('/healthz answers ok', async ({ request }) => {
    const response = await request.get(`${server.origin}/healthz`);
    expect(response.status()).toBe(200);
    expect(await response.text()).toBe('ok\n');
  });

  test('the page carries the security headers and is never cached stale', async ({ request }) => {
    const response = await request.get(`${server.origin}/`);
    expect(response.status()).toBe(200);
    const headers = response.headers();
    const csp = headers['content-security-policy'] ?? '';
    expect(csp).toContain("default-src 'self'");
    // No inline script but the hashed bootstrap ones; eval for the preview's schema validator (scripts/csp.mjs).
    expect(csp).toMatch(/script-src 'self' 'unsafe-eval'( 'sha256-[A-Za-z0-9+/=]+')+;/);
    expect(csp).not.toContain("'unsafe-inline' 'sha256");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("connect-src 'self'");
    expect(csp).toContain("frame-ancestors 'self'");
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('no-referrer');
    expect(headers['cache-control']).toBe('no-cache');
    const html = await response.text();
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy"[^>]*content="default-src 'self'; script-src 'self' 'unsafe-eval' 'sha256-/);
  });

  test('hashed assets are cached for a year and sent gzipped', async ({ request }) => {
    const html = await (await request.get(`${server.origin}/`)).text();
    const asset = /src="(\/_next\/static\/chunks\/[^"]+\.js)"/.exec(html)?.[1];
    expect(asset, 'a hashed script in index.html').toBeTruthy();
    const response = await request.get(`${server.origin}${asset}`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(response.status()).toBe(200);
    expect(response.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(response.headers()['content-type']).toMatch(/javascript/);
    expect(response.headers()['x-content-type-options']).toBe('nosniff');
    // Fetched raw (fetch would decompress), so the encoding the server chose is visible.
    const raw = await rawGet(`${server.origin}${asset}`, { 'Accept-Encoding': 'gzip' });
    expect(raw.headers['content-encoding']).toBe('gzip');
    expect(raw.headers['vary']).toMatch(/Accept-Encoding/i);
    // gzip_static: the body is the precompressed file written by scripts/postbuild.mjs.
    expect(raw.body.equals(readFileSync(resolve(projectRoot, 'out', `.${asset}.gz`)))).toBe(true);
    expect(gunzipSync(raw.body).equals(readFileSync(resolve(projectRoot, 'out', `.${asset}`)))).toBe(true);
  });

  test('the studio loads, edits and analyses the default document under the CSP with no violation', async ({ page }) => {
    const violations = await watchViolations(page);
    const outside: string[] = [];
    page.on('request', (r) => {
      const url = r.url();
      if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== server.origin) outside.push(url);
    });
    const editor = new EditorPage(page);
    const problems = new ProblemsPage(page);
    await page.goto(`${server.origin}/`);
    await editor.ready();
    await problems.expectValid();
    await expect(problems.status).toHaveText(/Valid AsyncAPI 3\.1\.0/);
    // Monaco's own worker runs too (its language features for the JSON mode come from it).
    await editor.goToLine(3);
    await editor.type(': y');
    await problems.expectInvalid();
    await expect(editor.errorSquiggles.first()).toBeVisible();
    for (let i = 0; i < 3; i++) await page.keyboard.press('Backspace');
    await problems.expectValid();
    expect(page.workers().length).toBeGreaterThanOrEqual(2);
    expect(await violations()).toEqual([]);
    expect(outside).toEqual([]);
  });

  test('an injected inline script is blocked by the policy', async ({ page }) => {
    const violations = await watchViolations(page);
    await page.goto(`${server.origin}/`);
    await new EditorPage(page).ready();
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true;';
      document.body.append(script);
    });
    await expect.poll(violations).toContainEqual(expect.stringMatching(/^script-src-elem inline/));
    expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
  });
});
