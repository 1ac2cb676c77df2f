import mqtt from 'mqtt';
import { expect, test } from './fixtures';
import { freePort } from './support/live/process';
import { hostOf, liveDocument, openDocument } from './support/liveDocuments';
import { startMosquitto } from './support/liveServers';
import type { RunningServer } from './support/liveServers';

// The Try panel over MQTT 5 on WebSocket: Debian's mosquitto behind a WebSocket relay (its own build has no
// websockets); one broker for the file.
test.describe.configure({ mode: 'default' });

let broker: RunningServer;
test.beforeAll(async () => {
  broker = await startMosquitto();
});
test.afterAll(async () => {
  await broker?.stop();
});

test('MQTT: the generated example with its user properties comes back valid; another client\'s wrong message is flagged', async ({ page, tryPanel, pageProblems }) => {
  await openDocument(page, liveDocument('mqtt', hostOf(broker.url)));
  await tryPanel.open();

  await test.step('the broker\'s WebSocket URL is guessed from the server; the parcel id is filled in', async () => {
    await expect(page.getByTestId('try-endpoint-url')).toHaveValue(broker.url);
    await tryPanel.setParameter('location', 'parcelId', 'p-7');
    await expect(page.getByTestId('try-preview')).toContainText(broker.url);
    await tryPanel.connect(1);
  });

  await test.step('send the generated example with its headers (MQTT 5 user properties)', async () => {
    await expect(tryPanel.headers).toHaveValue(/"traceId"/);
    await tryPanel.send();
    await expect(tryPanel.receivedWith(true)).toHaveCount(1);
    const row = tryPanel.received.first();
    await expect(row).toHaveAttribute('data-channel', 'location');
    await expect(row).toContainText('parcels/p-7/location');
    await expect(row).toContainText('traceId');
  });

  await test.step('another client publishes a wrong position with a short trace id', async () => {
    const other = await mqtt.connectAsync(broker.url, { protocolVersion: 5, reconnectPeriod: 0 });
    await other.publishAsync('parcels/p-7/location', JSON.stringify({ lat: 200, lon: 4.9 }), { qos: 1, properties: { userProperties: { traceId: 'x' } } });
    await other.endAsync();
    await expect(tryPanel.receivedWith(false)).toHaveCount(1);
    const violations = tryPanel.violationsOfLatestInvalid();
    await expect(violations).toHaveCount(2);
    await expect(violations.and(page.locator('[data-part="payload"]'))).toHaveAttribute('data-path', 'lat');
    await expect(violations.and(page.locator('[data-part="headers"]'))).toHaveAttribute('data-path', 'traceId');
  });

  await test.step('a WebSocket URL where no broker answers: closed, and the status says it could not connect', async () => {
    pageProblems.expect(/WebSocket connection to 'ws:\/\/127\.0\.0\.1:\d+\/' failed/);
    await page.getByTestId('try-setup-summary').click();
    await tryPanel.setEndpointUrl(`ws://127.0.0.1:${await freePort()}/`);
    await tryPanel.connectButton.click();
    await expect(tryPanel.statuses.first()).toHaveAttribute('data-state', 'closed');
    await expect(tryPanel.statuses.first()).toContainText('Could not connect');
  });
});
