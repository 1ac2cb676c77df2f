// The 3,000-channel figures (PERFORMANCE.md): the generated document pasted into the studio with the docs
// preview open → analysis time, time to valid, the preview's first paint, the UI thread meanwhile, the page's
// heap, then the visualizer's nodes on screen. Once per bench (BENCH_HUGE=0 skips it; BENCH_HUGE_CHANNELS).
import os from 'node:os';
import { generateDocument } from './generateDocument.mjs';
import { pageProbe } from './pageProbe.mjs';
import * as s from './studio.mjs';
import { measureVisualizer } from './visualizerStep.mjs';

const TITLE = 'Bench Huge API';
const WAIT_MS = 240_000;

export async function measureLarge(browser, url, { channels = Number(process.env.BENCH_HUGE_CHANNELS || 3000), properties = 1 } = {}) {
  const text = generateDocument(channels, { properties, title: TITLE });
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  await context.addInitScript(pageProbe);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const r = { channels, bytes: Buffer.byteLength(text), loadAverage: os.loadavg()[0] };
  try {
    await page.goto(url);
    await page.evaluate(() => window.__bench.load.valid);
    await page.locator(s.SELECTORS.showPreview).click();
    await page.evaluate(() => window.__bench.waitFor({ selector: '[data-testid=preview]', text: 'Parcel Tracking Events' }));
    await s.expect(page, s.NEWLY_VALID, WAIT_MS);
    const pasted = await s.pasteAll(page, text);
    const preview = await page.evaluate(([title, ms]) => window.__bench.waitFor({ selector: '[data-testid=preview]', text: title }, ms), [TITLE, WAIT_MS]);
    const valid = await s.settle(page);
    r.validMs = valid === null ? null : valid - pasted;
    r.previewFirstPaintMs = preview === null ? null : preview - pasted;
    r.analysedMs = await s.analysedMs(page);
    r.status = await page.locator('[data-testid=status]').innerText();
    const shown = Math.max(valid ?? 0, preview ?? 0);
    await page.waitForTimeout(3000);
    r.blocking = await s.blocking(page, pasted, shown + 3000);
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    r.heapMB = (await cdp.send('Runtime.getHeapUsage')).usedSize / 1e6;
    if (valid !== null) {
      const v = await measureVisualizer(page);
      r.graphNodesMs = v?.nodesMs ?? null;
      r.graphNodeCount = v?.nodeCount ?? null;
    }
  } catch (error) {
    r.error = String(error?.message ?? error).split('\n')[0];
  } finally {
    await context.close();
  }
  return r;
}

const ms = (x) => (x == null ? 'n/a' : x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${Math.round(x)} ms`);

export function describeLarge(r) {
  if (!r) return [];
  return [
    `${r.channels}-channel document (load average ${r.loadAverage.toFixed(1)}; ${(r.bytes / 1e6).toFixed(2)} MB of YAML, generated with 1 payload property per message: the generator's smallest valid shape is ~0.9 KB per channel, so not ≈1.5 MB):`,
    `  worker analysis ${ms(r.analysedMs)}; paste → status valid ${ms(r.validMs)}; paste → preview shows its title ${ms(r.previewFirstPaintMs)}; status "${r.status ?? ''}"`,
    `  UI thread from the paste until 3 s after: total blocking ${ms(r.blocking?.tbt)}, longest task ${ms(r.blocking?.longest)}, ${r.blocking?.count ?? 'n/a'} long tasks; page heap ${r.heapMB == null ? 'n/a' : `${r.heapMB.toFixed(0)} MB`}`,
    `  visualizer: click → graph nodes on screen ${ms(r.graphNodesMs)} (${r.graphNodeCount ?? 'n/a'} nodes rendered)${r.error ? `; stopped: ${r.error}` : ''}`,
  ];
}
