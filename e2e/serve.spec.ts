import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from './fixtures';

// `npm start` (scripts/start.mjs, the e2e web server) sends the security headers nginx sends.
test.describe('served by npm start', () => {
  test('pages carry the CSP with frame-ancestors, nosniff and no referrer; scripts carry the workers CSP', async ({ request }) => {
    const page = await request.get('/');
    const headers = page.headers();
    expect(headers['content-security-policy']).toMatch(/^default-src 'self'; script-src 'self' 'unsafe-eval'( 'sha256-[A-Za-z0-9+/=]+')+;/);
    expect(headers['content-security-policy']).toContain("frame-ancestors 'self'");
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('no-referrer');
    expect(headers['cross-origin-opener-policy']).toBe('same-origin');
    const script = /src="(\/_next\/static\/chunks\/[^"]+\.js)"/.exec(await page.text())?.[1];
    expect(script, 'a script in index.html').toBeTruthy();
    const worker = (await request.get(script!)).headers()['content-security-policy'];
    // Workers read remote $refs the user allowed (https:, loopback http:), never WebSockets.
    expect(worker).toBe("default-src 'self'; script-src 'self' 'unsafe-eval'; connect-src 'self' https: http://localhost:* http://127.0.0.1:*; object-src 'none'");
    expect((await request.get('/no-such-page')).headers()['content-security-policy']).toContain("frame-ancestors 'self'");
  });

  test.describe('framed by another origin', () => {
    let other: Server;
    let otherOrigin: string;

    test.beforeAll(async ({ baseURL }) => {
      // A page on another loopback port that frames the studio, as a hostile site would.
      other = createServer((_, res) => {
        res.writeHead(200, { 'Content-Type': 'text/html' }).end(`<!doctype html><title>other</title><iframe id="studio" src="${baseURL}/" width="800" height="600"></iframe>`);
      });
      await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
      otherOrigin = `http://127.0.0.1:${(other.address() as AddressInfo).port}`;
    });

    test.afterAll(async () => {
      await new Promise((resolve) => other?.close(resolve));
    });

    test('is refused: the frame shows no studio', async ({ page, baseURL }) => {
      const refused = page.waitForEvent('console', (message) => /Framing .* violates .*frame-ancestors/.test(message.text()));
      await page.goto(`${otherOrigin}/`);
      expect((await refused).text()).toContain(`Framing '${baseURL}/' violates the following Content Security Policy directive: "frame-ancestors 'self'"`);
      // Chromium shows its own error page in the frame instead of the studio.
      await expect.poll(() => page.frames().find((f) => f !== page.mainFrame())?.url()).toBe('chrome-error://chromewebdata/');
      await expect(page.frameLocator('#studio').getByTestId('editor')).toHaveCount(0);
      // The studio itself, opened as a page of its own, loads as usual.
      await page.goto(`${baseURL}/`);
      await expect(page.getByTestId('editor')).toBeVisible();
    });
  });
});
