// `node bench/liveFeed.mjs` (`npm run bench:live`; `npm run bench` runs the page mode too): a WebSocket feed of
// LIVE_RATE messages a second (default 1000) for LIVE_SECONDS (default 10) into the live engine in headless
// Chromium; prints the messages received, the log's bound, the page's long tasks and its JS heap over time.
//
// Modes (LIVE_MODE):
// - `page` (default): the studio itself (the built app, as `npm run bench` serves it), driven through the
//   contract's test ids: `?base64=` opens a document with one ws server (the feed) and one operation whose
//   messages the panel receives (preselected), `try-button` opens the Try panel, `try-connect` connects, and the
//   editor is typed into, a key every 50 ms, while the feed runs. Every message is logged, checked in the lab
//   worker, and shown. The page's CSP allows ws: by default (docs/self-hosting.md, "Trying a document live").
// - `engine`: the bundle of lib/live (bench/liveHarness.mjs) in a blank page, connected by page code to the
//   feed, every message appended to a LiveLog of 1,000 rows. The engine alone: no rendering, no validation.
import { createServer } from 'node:http';
import os from 'node:os';
import { pathToFileURL } from 'node:url';
import { WebSocketServer } from 'ws';
import { serveLiveHarness } from './liveHarness.mjs';

const settings = () => ({ rate: Number(process.env.LIVE_RATE || 1000), seconds: Number(process.env.LIVE_SECONDS || 10) });

/** A feed on loopback: each client gets `rate` messages a second for `seconds`, in 10 ms ticks, then `done`. */
async function startFeed({ rate, seconds }) {
  const http = createServer((_q, r) => r.writeHead(404).end());
  const wss = new WebSocketServer({ server: http });
  wss.on('connection', (socket) => {
    let sent = 0;
    const total = rate * seconds;
    const started = Date.now();
    const tick = setInterval(() => {
      const due = Math.min(total, Math.floor(((Date.now() - started) / 1000) * rate));
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
    stop: () =>
      new Promise((resolve) => {
        for (const c of wss.clients) c.terminate();
        wss.close(() => http.close(resolve));
      }),
  };
}

/** The page's JS heap; `collect` forces a full GC first, a long task of its own, so never while long tasks count. */
async function heapMb(cdp, { collect = true } = {}) {
  if (collect) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / 1024 / 1024;
}

function longTaskProbe() {
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
}

function summarize(tasks) {
  return { longTasks: tasks.length, longestMs: tasks.reduce((m, t) => Math.max(m, t.duration), 0), blockingMs: tasks.reduce((s, t) => s + Math.max(0, t.duration - 50), 0) };
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
    return { mode: 'engine', ...result, heap, ...summarize(tasks) };
  } finally {
    await harness.stop();
  }
}

/** The document the page mode opens: one ws server (the feed) and one operation whose messages the panel receives. */
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

async function runPage(browser, feed, appUrl, { seconds }) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(longTaskProbe);
    await page.goto(`${appUrl}/?base64=${encodeURIComponent(Buffer.from(feedDocument(feed.url)).toString('base64'))}`);
    await page.locator('[data-testid=status][data-state=valid]').waitFor({ timeout: 60_000 });
    const tryButton = page.getByTestId('try-button');
    if (!(await tryButton.waitFor({ timeout: 15_000 }).then(() => true, () => false))) return null;
    await tryButton.click();
    // The only server and its one operation are chosen by default.
    await page.getByTestId('try-connect').click();
    await page.getByTestId('received-message').first().waitFor({ timeout: 15_000 });
    const cdp = await context.newCDPSession(page);
    const started = Date.now();
    const heap = [{ at: 0, mb: await heapMb(cdp) }];
    const profiling = process.env.LIVE_PROFILE === '1';
    if (profiling) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
    }
    const typedFrom = await page.evaluate(() => performance.now());
    await page.locator('[data-testid=editor] .monaco-editor .view-lines').click();
    let nextSample = 2000;
    let keys = 0;
    while (Date.now() - started < seconds * 1000) {
      await page.keyboard.type('x', { delay: 50 });
      keys++;
      if (Date.now() - started >= nextSample) {
        heap.push({ at: (Date.now() - started) / 1000, mb: await heapMb(cdp, { collect: false }) });
        nextSample += 2000;
      }
    }
    const typedUntil = await page.evaluate(() => performance.now());
    if (profiling) {
      const { profile } = await cdp.send('Profiler.stop');
      const { top } = await import('./profileTop.mjs');
      const { self, inclusive } = top(profile, 25);
      const idle = new Set(profile.nodes.filter((n) => /^\((idle|program)\)$/.test(n.callFrame.functionName)).map((n) => n.id));
      const busy = profile.samples.reduce((sum, id, i) => sum + (idle.has(id) ? 0 : profile.timeDeltas[i] / 1000), 0);
      console.log(`LIVE_PROFILE: main thread busy ${busy.toFixed(0)} ms of ${((profile.endTime - profile.startTime) / 1000).toFixed(0)} ms`);
      console.log('LIVE_PROFILE: self time (ms)');
      for (const [name, t] of self) console.log(`  ${t.toFixed(0).padStart(6)}  ${name}`);
      console.log('LIVE_PROFILE: inclusive (ms)');
      for (const [name, t] of inclusive) console.log(`  ${t.toFixed(0).padStart(6)}  ${name}`);
    }
    // The feed's last message ("done") arrives, and every message shown has its verdict.
    await page.locator('[data-testid=received-message]').filter({ hasText: '"done"' }).first().waitFor({ timeout: 30_000 });
    await page.locator('[data-testid=received-message][data-check=pending]').first().waitFor({ state: 'detached', timeout: 30_000 }).catch(() => undefined);
    heap.push({ at: (Date.now() - started) / 1000, mb: await heapMb(cdp) });
    const count = await page.getByTestId('try-count').innerText();
    const rows = await page.getByTestId('received-message').count();
    const valid = await page.locator('[data-testid=received-message][data-valid=true]').count();
    const evicted = Number(/The oldest (\d+) left/.exec(await page.getByTestId('try-panel').innerText())?.[1] ?? 0);
    const tasks = (await page.evaluate(() => window.__longTasks)).filter((t) => t.start >= typedFrom && t.start <= typedUntil);
    if (process.env.LIVE_TASKS === '1') console.log(`long tasks (ms after typing began): ${tasks.map((t) => `${(t.start - typedFrom).toFixed(0)}+${t.duration.toFixed(0)}`).join(' ')}`);
    // Disconnect before closing, so the feed stops sending.
    await page.getByTestId('try-disconnect').click().catch(() => undefined);
    return { mode: 'page', keys, typedMs: typedUntil - typedFrom, count, rowsShown: rows, validShown: valid, evicted, heap, ...summarize(tasks) };
  } finally {
    await context.close();
  }
}

/**
 * The live feed in the studio's Try panel while typing: long tasks on the page, rows shown and the log's bound,
 * the JS heap every 2 s. Null when the page has no Try panel.
 */
export async function measureLiveFeed(browser, appUrl, options = settings()) {
  const feed = await startFeed(options);
  try {
    const result = await runPage(browser, feed, appUrl, options);
    return result && { rate: options.rate, seconds: options.seconds, ...result };
  } finally {
    await feed.stop();
  }
}

/**
 * Lines for a person; the target is no long task over 50 ms and a heap that does not grow with the messages.
 * In page mode the first and last heap figures are after a full GC; those between are not (a forced GC would be a
 * long task in the very window being measured).
 */
export function describeLiveFeed(result) {
  if (!result) return ['Live feed: n/a (panel not built): no try-button on the page.'];
  const heap = result.heap.map((h) => `${h.at.toFixed(0)}s ${h.mb.toFixed(1)}`).join(' · ');
  const lines = [`Live feed: ${result.rate} messages/s for ${result.seconds} s over WebSocket, mode ${result.mode}.`];
  if (result.mode === 'page') {
    lines.push(`  Try panel while typing ${result.keys} keys: "${result.count}"; ${result.rowsShown} rows drawn (${result.validShown} valid), ${result.evicted} evicted from the 1,000-row log`);
  } else {
    lines.push(`  received ${result.received} in ${(result.elapsedMs / 1000).toFixed(1)} s; log rows ${result.size} (evicted ${result.evicted}), ~${(result.heldBytes / 1024).toFixed(0)} KB held`);
  }
  lines.push(`  long tasks: ${result.longTasks}, longest ${result.longestMs.toFixed(0)} ms, blocking ${result.blockingMs.toFixed(0)} ms (target: none over 50 ms) → ${result.longestMs <= 50 ? 'pass' : 'FAIL'}`);
  lines.push(`  JS heap after GC (MB): ${heap}`);
  return lines;
}

async function main() {
  const options = settings();
  const mode = process.env.LIVE_MODE || 'page';
  if (mode === 'engine') {
    const { chromium } = await import('playwright-core');
    const { existsSync } = await import('node:fs');
    const executablePath = process.env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
    const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
    const feed = await startFeed(options);
    try {
      const result = await runEngine(browser, feed);
      console.log(describeLiveFeed({ ...options, ...result }).join('\n'));
    } finally {
      await browser.close();
      await feed.stop();
    }
  } else {
    const { launchBench } = await import('./launch.mjs');
    const { url, browser, close } = await launchBench();
    try {
      console.log(describeLiveFeed(await measureLiveFeed(browser, url, options)).join('\n'));
    } finally {
      await close();
    }
  }
  console.log(`Load average (1 min): ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores (noisy above that).`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
