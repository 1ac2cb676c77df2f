import { expect, test } from './fixtures';
import { freePort } from './support/live/process';
import { liveDocument, openDocument } from './support/liveDocuments';
import { startKafkaBridgeStandIn } from './support/liveServers';
import type { KafkaBridgeStandIn } from './support/liveServers';

// The Try panel with Kafka through an HTTP bridge. NOT a real Kafka or bridge: the stand-in answers the Strimzi
// Kafka Bridge's published HTTP API (see e2e/support/live/kafkaBridgeStandIn.ts). It is cross-origin http, which
// the studio's CSP allows only when an operator lists it, so the policy is bypassed here.
test.use({ bypassCSP: true });

let bridge: KafkaBridgeStandIn;
test.beforeAll(async () => {
  bridge = await startKafkaBridgeStandIn();
});
test.afterAll(async () => {
  await bridge?.stop();
});

test('Kafka bridge: the example goes to the topic and comes back valid; a record another producer writes wrong is flagged; a bridge that does not answer says so', async ({ page, tryPanel }) => {
  await openDocument(page, liveDocument('kafka'));
  await tryPanel.open();
  await expect(page.getByTestId('try-preview')).toContainText('Strimzi Kafka Bridge');
  await tryPanel.setEndpointUrl(bridge.url);
  await tryPanel.connect(1);
  await expect.poll(() => bridge.consumerCount()).toBe(1);
  await tryPanel.send();
  await expect(tryPanel.receivedWith(true)).toHaveCount(1);
  expect(bridge.records('payments')).toHaveLength(1);
  bridge.produce('payments', JSON.stringify({ paymentId: 'p-1', amount: 0, currency: 'GBP' }), { source: 'till-4' });
  await expect(tryPanel.receivedWith(false)).toHaveCount(1);
  await expect(tryPanel.violationsOfLatestInvalid()).toHaveCount(2);
  await expect(tryPanel.receivedWith(false).first()).toContainText('till-4');

  await test.step('reconnecting to a URL where no bridge answers: the old consumer is deleted, the status says why', async () => {
    await page.getByTestId('try-setup-summary').click();
    await tryPanel.setEndpointUrl(`http://127.0.0.1:${await freePort()}`);
    await tryPanel.connectButton.click();
    await expect(tryPanel.statuses.first()).toHaveAttribute('data-state', 'closed');
    await expect(tryPanel.statuses.first()).toContainText('Could not connect');
    await expect.poll(() => bridge.consumerCount()).toBe(0);
  });
});
