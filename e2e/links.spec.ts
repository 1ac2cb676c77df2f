import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, readCorpus, test } from './fixtures';

const SIMPLE = readCorpus('spec-examples/3.0.0/simple-asyncapi.yml');

/** A document server on another loopback port: another origin, so the studio's fetch is a real cross-origin one. */
async function documentServer(cors: boolean): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((request, response) => {
    const headers: Record<string, string> = { 'content-type': 'text/yaml; charset=utf-8' };
    if (cors) headers['access-control-allow-origin'] = '*';
    response.writeHead(request.url === '/simple.yaml' ? 200 : 404, headers);
    response.end(request.url === '/simple.yaml' ? SIMPLE : 'not here');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/simple.yaml`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

test.describe('links in AsyncAPI Studio’s formats', () => {
  test('a bare ?readOnly opens the linked document read-only', async ({ page, editor, workspace }) => {
    const base64 = Buffer.from(SIMPLE).toString('base64');
    await page.goto(`/?base64=${encodeURIComponent(base64)}&readOnly`);
    await editor.ready();
    await expect(workspace.readOnlyBadge).toBeVisible();
    await editor.focus();
    await editor.type('zzz');
    await expect(editor.root).not.toContainText('zzz');
  });

  test('?url= reads a document from another origin that allows it, and the loading notice goes', async ({ page, editor, problems, workspace }) => {
    const server = await documentServer(true);
    try {
      await page.goto(`/?url=${encodeURIComponent(server.url)}`);
      await editor.ready();
      await expect(workspace.activeTab).toHaveText('simple.yaml');
      await problems.expectValid();
      await expect(page.getByTestId('notice').filter({ hasText: 'Loading document' })).toHaveCount(0);
      await expect(page.getByTestId('notice').filter({ hasText: 'Opened the document from 127.0.0.1' })).toBeVisible();
    } finally {
      await server.close();
    }
  });

  test('?url= to a server that does not allow other sites says so, without a stale loading notice', async ({ page, editor, pageProblems }) => {
    // The browser reports the refused cross-origin read in the console itself.
    pageProblems.expect(/CORS policy|Failed to load resource|net::ERR_FAILED/);
    const server = await documentServer(false);
    try {
      await page.goto(`/?url=${encodeURIComponent(server.url)}`);
      await editor.ready();
      const notice = page.getByTestId('notice').filter({ hasText: 'could not be downloaded' });
      await expect(notice).toContainText('Access-Control-Allow-Origin');
      await expect(page.getByTestId('notice').filter({ hasText: 'Loading document' })).toHaveCount(0);
    } finally {
      await server.close();
    }
  });

  test('?url= over plain http to another host is refused with its reason, before any request', async ({ page, editor, outsideRequests }) => {
    await page.goto(`/?url=${encodeURIComponent('http://example.org/a.yaml')}`);
    await editor.ready();
    await expect(page.getByTestId('notice').filter({ hasText: 'https:// only' })).toBeVisible();
    expect(outsideRequests).toEqual([]);
  });
});
