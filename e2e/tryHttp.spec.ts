import { expect, test } from './fixtures';
import { freePort } from './support/live/process';
import { hostOf, liveDocument, openDocument } from './support/liveDocuments';
import { startSseHub } from './support/liveServers';
import type { SseHub } from './support/liveServers';

// The Try panel over HTTP: sends are POSTs (fetch), receiving is server-sent events (EventSource), against a
// hub on loopback that pushes every POST body back to every stream.
let hub: SseHub;
test.beforeAll(async () => {
  hub = await startSseHub();
});
test.afterAll(async () => {
  await hub?.stop();
});

test.describe('with the endpoint allowed by the CSP', () => {
  // The default policy allows plain http on 127.0.0.1 (a local dev server); bypassing it keeps these tests about
  // the panel, whichever policy a build chose (docs/self-hosting.md, STUDIO_CSP_REMOTE).
  test.use({ bypassCSP: true });

  test('SSE and HTTP: pushed messages are checked, a wrong one flagged; the generated example is POSTed and comes back valid', async ({ page, tryPanel }) => {
    await openDocument(page, liveDocument('http', hostOf(hub.url)));
    await tryPanel.open();
    await tryPanel.connect(2);
    await expect(tryPanel.statuses.and(page.locator('[data-adapter="sse"]'))).toContainText(`${hub.url}/events`);
    await expect.poll(() => hub.streamCount()).toBe(1);

    await test.step('server-sent events from another client: checked, the wrong one flagged', async () => {
      hub.push(JSON.stringify({ buildId: 41, status: 'passed' }));
      await expect(tryPanel.receivedWith(true)).toHaveCount(1);
      await expect(tryPanel.received.first()).toHaveAttribute('data-channel', 'builds');
      hub.push(JSON.stringify({ buildId: 'forty-two', status: 'maybe' }));
      await expect(tryPanel.receivedWith(false)).toHaveCount(1);
      await expect(tryPanel.violationsOfLatestInvalid()).toHaveCount(2);
    });

    await test.step('HTTP: the generated example is POSTed as JSON and comes back over the stream valid', async () => {
      const before = hub.requests.length;
      await tryPanel.send();
      await expect(tryPanel.receivedWith(true)).toHaveCount(2);
      const request = hub.requests[before]!;
      expect(request).toMatchObject({ method: 'POST', path: '/events', headers: { 'content-type': 'application/json' } });
      expect(JSON.parse(request.body)).toEqual(expect.objectContaining({ buildId: expect.any(Number), status: expect.stringMatching(/^(passed|failed)$/) }));
    });

    await page.getByTestId('try-disconnect').click();
    await expect.poll(() => hub.streamCount()).toBe(0);
  });

  test('a stream that cannot be opened says so', async ({ page, tryPanel }) => {
    await openDocument(page, liveDocument('http', `127.0.0.1:${await freePort()}`));
      await tryPanel.open();
    await tryPanel.connectButton.click();
    const sse = tryPanel.statuses.and(page.locator('[data-adapter="sse"]'));
    await expect(sse).toHaveAttribute('data-state', 'closed');
    await expect(sse).toContainText('Could not connect');
    await expect(sse).toContainText('the event stream could not be opened');
  });
});

test('under the studio\'s own CSP an endpoint it does not list is refused, and the status says so', async ({ page, tryPanel }) => {
  // The default policy allows plain http on localhost and 127.0.0.1 only: a hub on another loopback address
  // is reachable from this machine but not listed, so the browser refuses it before any request.
  const unlisted = await startSseHub('127.0.0.2');
  try {
    await openDocument(page, liveDocument('http', hostOf(unlisted.url)));
    await tryPanel.open();
    await tryPanel.connectButton.click();
    const sse = tryPanel.statuses.and(page.locator('[data-adapter="sse"]'));
    await expect(sse).toHaveAttribute('data-state', 'closed');
    await expect(sse).toContainText('Could not connect');
    expect(unlisted.streamCount()).toBe(0);
    expect(unlisted.requests).toEqual([]);
  } finally {
    await unlisted.stop();
  }
});
