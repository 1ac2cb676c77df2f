import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { WebSocket as NodeWebSocket } from 'ws';
import { expect, test } from './fixtures';
import { freePort } from './support/live/process';
import { hostOf, liveDocument, openDocument } from './support/liveDocuments';
import { startWebSocketHub } from './support/liveServers';
import type { WebSocketHub } from './support/liveServers';

// The Try panel over a plain WebSocket, against a hub on loopback that sends every frame to every client.
let hub: WebSocketHub;
test.beforeAll(async () => {
  hub = await startWebSocketHub();
});
test.afterAll(async () => {
  await hub?.stop();
});

/** Another client of the hub (a Node script, not the page) sends one frame. */
async function sendFromNode(url: string, text: string): Promise<void> {
  const socket = new NodeWebSocket(url);
  await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
  socket.send(text);
  await new Promise((resolve) => socket.once('message', resolve));
  socket.close();
}

test('WebSocket: the generated example goes out and comes back valid; a wrong message from another client is flagged', async ({ page, tryPanel, files, pageProblems }) => {
  await openDocument(page, liveDocument('websocket', hostOf(hub.url)));
  await tryPanel.open();
  expect(hub.clientCount()).toBe(0);

  await test.step('connect: one socket to the channel\'s URL with its parameter filled in', async () => {
    await tryPanel.setParameter('prices', 'venue', 'xlon');
    await tryPanel.connect(1);
    await expect(tryPanel.statuses.first()).toContainText(`${hub.url}/prices/xlon`);
  });

  await test.step('send the generated example: it is logged as sent and received back, both valid', async () => {
    await expect(tryPanel.payload).toHaveValue(/"symbol"/);
    await tryPanel.send();
    await expect(tryPanel.sent.first()).toHaveAttribute('data-valid', 'true');
    await expect(tryPanel.receivedWith(true)).toHaveCount(1);
    await expect(tryPanel.received.first()).toHaveAttribute('data-channel', 'prices');
  });

  await test.step('another client sends a wrong price: flagged with its violation', async () => {
    await sendFromNode(`${hub.url}/prices/xlon`, JSON.stringify({ symbol: 'ACME', price: -1 }));
    await expect(tryPanel.receivedWith(false)).toHaveCount(1);
    await expect(tryPanel.violationsOfLatestInvalid()).toHaveCount(1);
    await expect(tryPanel.violationsOfLatestInvalid().first()).toHaveAttribute('data-path', 'price');
    await expect(tryPanel.violationsOfLatestInvalid().first()).toContainText('>= 0');
  });

  await test.step('the panel with its log passes axe\'s checks (contrast, labels, a scrollable list reachable by keyboard)', async () => {
    const { violations } = await new AxeBuilder({ page }).include('[data-testid="try-panel"]').analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  await test.step('pause: messages are counted, not logged; resume logs again', async () => {
    await page.getByTestId('try-pause').click();
    await sendFromNode(`${hub.url}/prices/xlon`, JSON.stringify({ symbol: 'ACME', price: 2 }));
    await expect(tryPanel.panel).toContainText('Paused: 1 message not logged');
    await expect(tryPanel.received).toHaveCount(2);
    await page.getByTestId('try-pause').click();
    await sendFromNode(`${hub.url}/prices/xlon`, JSON.stringify({ symbol: 'ACME', price: 3 }));
    await expect(tryPanel.receivedWith(true)).toHaveCount(2);
  });

  await test.step('export the log as JSON Lines, then clear it', async () => {
    const file = await files.download(() => page.getByTestId('try-export').click());
    expect(file.name).toMatch(/^live-log-.*\.jsonl$/);
    const lines = (await readFile(file.path, 'utf8')).trim().split('\n').map((line) => JSON.parse(line) as { direction: string; valid: boolean; channel: string; violations?: unknown[] });
    expect(lines.map((l) => [l.direction, l.valid])).toEqual([
      ['out', true],
      ['in', true],
      ['in', false],
      ['in', true],
    ]);
    expect(lines[2]!.violations).toHaveLength(1);
    await page.getByTestId('try-clear').click();
    await expect(tryPanel.received).toHaveCount(0);
  });

  await test.step('the server goes away: the status says it retries with backoff, and the connection comes back', async () => {
    pageProblems.expect(/WebSocket connection to 'ws:\/\/127\.0\.0\.1:\d+\/prices\/xlon' failed/);
    const port = Number(new URL(hub.url).port);
    await hub.stop();
    await expect(tryPanel.statuses.first()).toHaveAttribute('data-state', 'retrying');
    await expect(tryPanel.statuses.first()).toContainText(/Connection lost; retrying in \d+\.\d s \(attempt \d\)/);
    hub = await startWebSocketHub({ port });
    await expect(tryPanel.statuses.first()).toHaveAttribute('data-state', 'connected');
    await sendFromNode(`${hub.url}/prices/xlon`, JSON.stringify({ symbol: 'BACK', price: 1 }));
    await expect(tryPanel.receivedWith(true)).toHaveCount(1);
  });

  await test.step('closing the panel closes the socket', async () => {
    await page.getByTestId('try-button').click();
    await expect(tryPanel.panel).toBeHidden();
    await expect.poll(() => hub.clientCount()).toBe(0);
  });

  await test.step('switching to another document closes the connection too', async () => {
    await tryPanel.open();
    await tryPanel.connect(1);
    await expect.poll(() => hub.clientCount()).toBe(1);
    await page.getByTestId('document-tab').first().click();
    await expect.poll(() => hub.clientCount()).toBe(0);
  });
});

test('WebSocket: a refused connection says so, and stays closed', async ({ page, tryPanel, pageProblems }) => {
  // Chromium reports the failed handshake on the console itself.
  pageProblems.expect(/WebSocket connection to 'ws:\/\/127\.0\.0\.1:\d+\/prices\/xnas' failed/);
  await openDocument(page, liveDocument('websocket', `127.0.0.1:${await freePort()}`));
  await tryPanel.open();
  await tryPanel.connectButton.click();
  await expect(tryPanel.statuses.first()).toHaveAttribute('data-state', 'closed');
  await expect(tryPanel.statuses.first()).toContainText('Could not connect. The server may be down');
  await expect(tryPanel.sendButton).toBeDisabled();
});
