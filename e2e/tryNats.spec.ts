import { randomBytes } from 'node:crypto';
import { headers as natsHeaders, wsconnect } from '@nats-io/nats-core';
import { WebSocket as UndiciWebSocket } from 'undici';
import { expect, test } from './fixtures';
import { hostOf, liveDocument, openDocument } from './support/liveDocuments';
import { startNatsServer } from './support/liveServers';
import type { RunningServer } from './support/liveServers';

// The Try panel over NATS on WebSocket: Debian's nats-server with a websocket listener and user/password
// authorization; one server for the file.
test.describe.configure({ mode: 'default' });

const USER = 'studio';
const PASSWORD = `nats-${randomBytes(8).toString('hex')}`;
let nats: RunningServer;
test.beforeAll(async () => {
  nats = await startNatsServer({ auth: { user: USER, password: PASSWORD } });
});
test.afterAll(async () => {
  await nats?.stop();
});

test('NATS: refused credentials say so; the right ones connect, the example comes back valid, a wrong order is flagged, and the password is kept nowhere', async ({ page, tryPanel }) => {
  await openDocument(page, liveDocument('nats', hostOf(nats.url)));
  await tryPanel.open();
  await expect(page.getByTestId('try-endpoint-url')).toHaveValue(nats.url);

  await test.step('a wrong password: closed, and the status says the credentials were refused', async () => {
    await tryPanel.setParameter('orders', 'region', 'us');
    await tryPanel.setCredential('username', USER);
    await tryPanel.setCredential('password', 'wrong');
    await tryPanel.connectButton.click();
    await expect(tryPanel.statuses.first()).toHaveAttribute('data-state', 'closed');
    await expect(tryPanel.statuses.first()).toContainText('The server refused the credentials.');
  });

  await test.step('the right password: connected; the generated example with its NATS headers comes back valid', async () => {
    await page.getByTestId('try-setup-summary').click();
    await tryPanel.setCredential('password', PASSWORD);
    await tryPanel.connect(1);
    await tryPanel.send();
    await expect(tryPanel.receivedWith(true)).toHaveCount(1);
    await expect(tryPanel.received.first()).toContainText('orders.us');
  });

  await test.step('another client publishes an order of zero items', async () => {
    const other = await wsconnect({ servers: nats.url, user: USER, pass: PASSWORD, wsFactory: async (url) => ({ socket: new UndiciWebSocket(url) as unknown as WebSocket, encrypted: false }) });
    const h = natsHeaders();
    h.set('Trace-Id', 'n-1');
    other.publish('orders.us', JSON.stringify({ orderId: 'o-1', quantity: 0 }), { headers: h });
    await other.flush();
    await other.close();
    await expect(tryPanel.receivedWith(false)).toHaveCount(1);
    await expect(tryPanel.violationsOfLatestInvalid()).toHaveAttribute('data-path', 'quantity');
    await expect(tryPanel.receivedWith(false).first()).toContainText('Trace-Id');
  });

  await test.step('the password is in no storage, share link, URL or exported log', async () => {
    await tryPanel.expectSecretKeptNowhere(PASSWORD);
  });
});
