import { Client } from '@stomp/stompjs';
import { WebSocket as UndiciWebSocket } from 'undici';
import { expect, test } from './fixtures';
import { hostOf, liveDocument, openDocument } from './support/liveDocuments';
import { startRabbitStomp } from './support/liveServers';
import type { RunningRabbit } from './support/liveServers';

// The Try panel over STOMP on WebSocket: Debian's rabbitmq-server with its web-stomp plugin; one broker for the file.
test.describe.configure({ mode: 'default' });

let rabbit: RunningRabbit;
test.beforeAll(async () => {
  test.setTimeout(120_000);
  rabbit = await startRabbitStomp();
});
test.afterAll(async () => {
  test.setTimeout(60_000);
  await rabbit?.stop();
});

/** Another STOMP client (a Node script) sends one frame. */
async function sendFromNode(destination: string, body: string, headers: Record<string, string>): Promise<void> {
  const client = new Client({
    webSocketFactory: () => new UndiciWebSocket(rabbit.url, ['v12.stomp']) as unknown as WebSocket,
    connectHeaders: { login: rabbit.username, passcode: rabbit.password, host: '/' },
    reconnectDelay: 0,
    debug: () => undefined,
  });
  await new Promise<void>((resolve, reject) => {
    client.onConnect = () => {
      client.publish({ destination, body, headers });
      resolve();
    };
    client.onStompError = (frame) => reject(new Error(frame.headers.message));
    client.activate();
  });
  await client.deactivate();
}

test('STOMP: a wrong login says so; RabbitMQ\'s guest connects, the example comes back valid, a wrong shipment is flagged', async ({ page, tryPanel }) => {
  await openDocument(page, liveDocument('stomp', hostOf(rabbit.url)));
  await tryPanel.open();
  await expect(page.getByTestId('try-endpoint-url')).toHaveValue(rabbit.url);
  await expect(page.getByTestId('try-virtual-host')).toHaveValue('/');

  await test.step('a wrong passcode: closed, the credentials were refused', async () => {
    await tryPanel.setCredential('username', rabbit.username);
    await tryPanel.setCredential('password', 'not-the-passcode');
    await tryPanel.connectButton.click();
    await expect(tryPanel.statuses.first()).toHaveAttribute('data-state', 'closed');
    await expect(tryPanel.statuses.first()).toContainText('The server refused the credentials.');
  });

  await test.step('the right passcode: the generated example with its STOMP headers comes back valid', async () => {
    await page.getByTestId('try-setup-summary').click();
    await tryPanel.setCredential('password', rabbit.password);
    await tryPanel.setParameter('shipments', 'kind', 'shipped');
    await tryPanel.connect(1);
    await tryPanel.send();
    await expect(tryPanel.receivedWith(true)).toHaveCount(1);
    await expect(tryPanel.received.first()).toContainText('/topic/shipments.shipped');
  });

  await test.step('another client sends a shipment that weighs nothing', async () => {
    await sendFromNode('/topic/shipments.shipped', JSON.stringify({ shipmentId: 's-1', weightKg: 0 }), { 'trace-id': 's-9' });
    await expect(tryPanel.receivedWith(false)).toHaveCount(1);
    await expect(tryPanel.violationsOfLatestInvalid()).toHaveAttribute('data-path', 'weightKg');
    await expect(tryPanel.receivedWith(false).first()).toContainText('s-9');
  });

  await test.step('the passcode is in no storage, share link, URL or exported log', async () => {
    await tryPanel.expectSecretKeptNowhere(rabbit.password);
  });
});
