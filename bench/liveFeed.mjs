// `node bench/liveFeed.mjs` (`npm run bench:live`): a WebSocket feed of LIVE_RATE messages a second
// (default 1000) for LIVE_SECONDS (default 10) into the live engine in headless Chromium; prints the
// messages received, the log's bound, the page's long tasks and its JS heap over time.
//
// Modes (LIVE_MODE):
// - `engine` (default today): the bundle of lib/live (bench/liveHarness.mjs) in a blank page, connected
//   by page code to the feed, every message appended to a LiveLog of 1,000 rows. Measures the engine
//   alone: no rendering, no validation worker.
// - `page`: the studio itself (built app, as `npm run bench`), driven through the contract's test ids
//   (try-button, try-connect, received-message) while typing in the editor. NOTE for when the Try panel
//   lands: the steps marked "panel" below pick the server and operation by the document loaded here (one
//   ws server, one receive operation), so they may need the panel's own ids for those pickers. Until the
//   panel exists this mode prints "n/a (panel not built)". The page's CSP must allow ws: (connect-src) for
//   the feed on another port: see docs/self-hosting.md, "Trying a document live".
import { createServer } from 'node:http';
import os from 'node:os';
import { WebSocketServer } from 'ws';
import { chromium } from 'playwright-core';
import { existsSync } from 'node:fs';
import { serveLiveHarness } from './liveHarness.mjs';

const RATE = Number(process.env.LIVE_RATE || 1000);
const SECONDS = Number(process.env.LIVE_SECONDS || 10);
const MODE = process.env.LIVE_MODE || 'engine';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** A feed on loopback: each client gets RATE messages a second for SECONDS, in 10 ms ticks, then `done`. */
async function startFeed() {
  const http = createServer((_q, r) => r.writeHead(404).end());
  const wss = new WebSocketServer({ server: http });
  wss.on('connection', (socket) => {
    let sent = 0;
    const total = RATE * SECONDS;
    const started = Date.now();
    const tick = setInterval(() => {
      const due = Math.min(total, Math.floor(((Date.now() - started) / 1000) * RATE));
      for (; sent < due; sent++) {
        socket.send(JSON.stringify({ seq: sent, symbol: 'ACME', price: 100 + (sent % 50) / 10, volume: sent % 1000, side: sent % 2 ? 'buy' : 'sell', at: new Date().toISOString() }));
      }
      if (sent >= total) {
        clearInterval(tick);
        socket.send('"done"');
      }
    }, 10);
    socket.on('close', () => clearInterval(tick));
  });
  await new Promise((resolve) => http.listen(0, '127.0.0.1', resolve));
  return {
    url: `ws://127.0.0.1:${http.address().port}/feed`,
    stop: () => new Promise((resolve) => { for (const c of wss.clients) c.terminate(); wss.close(() => http.close(resolve)); }),
  };
}

async function heapMb(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / 1024 / 1024;
}

function longTaskProbe() {
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
}

async function runEngine(browser, feed) {
  const harness = await serveLiveHarness();
  try {
    const page = await browser.newPage();
    await page.addInitScript(longTaskProbe);
    await page.goto(harness.url);
    await page.waitForFunction(() => typeof window.studioLive === 'object');
    const cdp = await page.context().newCDPSession(page);
    const heap = [{ at: 0, mb: await heapMb(cdp) }];
    const started = Date.now();
    const finished = page.evaluate(async (url) => {
      const { connect, LiveLog } = window.studioLive;
      const log = new LiveLog({ capacity: 1000 });
      window.__log = log;
      const connection = connect({ settings: { adapter: 'ws', url } });
      await new Promise((resolve, reject) => connection.onStatus((s) => (s.state === 'connected' ? resolve() : s.state === 'closed' ? reject(new Error(s.reason.message)) : undefined)));
      let received = 0;
      const t0 = performance.now();
      await new Promise((resolve) => {
        void connection.subscribe('/feed', (m) => {
          if (m.payload.text === '"done"') return resolve();
          received++;
          log.append({ at: m.receivedAt, direction: 'in', endpointKey: 'feed', channelId: 'feed', address: m.address, headers: m.headers, meta: m.meta, payload: m.payload });
        });
      });
      const elapsed = performance.now() - t0;
      await connection.close();
      return { received, elapsedMs: elapsed, size: log.size, evicted: log.evicted, heldBytes: log.heldBytes };
    }, feed.url);
    const sampler = setInterval(async () => {
      heap.push({ at: (Date.now() - started) / 1000, mb: await heapMb(cdp).catch(() => NaN) });
    }, 2000);
    const result = await finished;
    clearInterval(sampler);
    heap.push({ at: (Date.now() - started) / 1000, mb: await heapMb(cdp) });
    const tasks = await page.evaluate(() => window.__longTasks);
    return { ...result, heap, tasks };
  } finally {
    await harness.stop();
  }
}

/** The document the page mode opens: one ws server (the feed) and one operation whose messages it sends. */
function feedDocument(feedUrl) {
  const { host } = new URL(feedUrl);
  return `asyncapi: 3.0.0
info:
  title: Live Feed Bench
  version: 1.0.0
servers:
  feed:
    host: ${host}
    protocol: ws
channels:
  feed:
    address: /feed
    messages:
      tick:
        payload:
          type: object
          required: [seq, symbol, price]
          properties:
            seq: { type: integer }
            symbol: { type: string }
            price: { type: number }
            volume: { type: integer }
            side: { type: string, enum: [buy, sell] }
            at: { type: string, format: date-time }
operations:
  sendTicks:
    action: send
    channel:
      $ref: '#/channels/feed'
`;
}

async function runPage(browser, feed) {
  const { startServer } = await import('./server.mjs');
  const server = process.env.BENCH_URL ? { url: process.env.BENCH_URL, stop() {} } : await startServer(Number(process.env.BENCH_PORT || 3206));
  try {
    const page = await browser.newPage();
    await page.addInitScript(longTaskProbe);
    // The contract's ?base64= link opens the feed's document (beside any saved work).
    await page.goto(`${server.url}/?base64=${Buffer.from(feedDocument(feed.url)).toString('base64')}`);
    const tryButton = page.getByTestId('try-button');
    if (!(await tryButton.waitFor({ timeout: 15_000 }).then(() => true, () => false))) return null;
    await tryButton.click();
    // panel: assumes the only server and operation are preselected; if not, pick them here with the panel's ids.
    await page.getByTestId('try-connect').click();
    await page.getByTestId('received-message').first().waitFor({ timeout: 15_000 });
    const cdp = await page.context().newCDPSession(page);
    const started = Date.now();
    const heap = [{ at: 0, mb: await heapMb(cdp) }];
    const typedFrom = await page.evaluate(() => performance.now());
    await page.locator('[data-testid=editor] .monaco-editor').click();
    let nextSample = 2000;
    while (Date.now() - started < SECONDS * 1000) {
      await page.keyboard.type('x', { delay: 50 });
      if (Date.now() - started >= nextSample) {
        heap.push({ at: (Date.now() - started) / 1000, mb: await heapMb(cdp) });
        nextSample += 2000;
      }
    }
    heap.push({ at: (Date.now() - started) / 1000, mb: await heapMb(cdp) });
    const rows = await page.getByTestId('received-message').count();
    const tasks = (await page.evaluate(() => window.__longTasks)).filter((t) => t.start >= typedFrom);
    return { received: NaN, elapsedMs: Date.now() - started, size: rows, evicted: NaN, heldBytes: NaN, heap, tasks };
  } finally {
    server.stop();
  }
}

const feed = await startFeed();
const executablePath = process.env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const browser = await chromium.launch({ executablePath, args: ARGS });
try {
  console.log(`Live feed: ${RATE} messages/s for ${SECONDS} s over WebSocket, mode ${MODE}.`);
  const result = MODE === 'page' ? await runPage(browser, feed) : await runEngine(browser, feed);
  if (!result) {
    console.log('n/a (panel not built): no try-button on the page.');
  } else {
    const longest = result.tasks.reduce((m, t) => Math.max(m, t.duration), 0);
    const tbt = result.tasks.reduce((s, t) => s + Math.max(0, t.duration - 50), 0);
    if (MODE === 'page') console.log(`received-message rows on the page after ${(result.elapsedMs / 1000).toFixed(1)} s of typing: ${result.size}`);
    else console.log(`received ${result.received} in ${(result.elapsedMs / 1000).toFixed(1)} s; log rows ${result.size} (evicted ${result.evicted}), ~${(result.heldBytes / 1024).toFixed(0)} KB held`);
    console.log(`long tasks: ${result.tasks.length}, longest ${longest.toFixed(0)} ms, blocking ${tbt.toFixed(0)} ms (target: none over 50 ms)`);
    console.log(`JS heap after GC (MB): ${result.heap.map((h) => `${h.at.toFixed(0)}s ${h.mb.toFixed(1)}`).join(' · ')}`);
    console.log(`Load average (1 min): ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores (noisy above that).`);
  }
} finally {
  await browser.close();
  await feed.stop();
}
