// `node bench/previewProbe.mjs`: the docs preview alone on the large document — long tasks after replacing
// the text and while typing, and where the main thread spends that time. For working on the preview;
// `npm run bench` reports the same figures among the others.
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { generateDocument } from './generateDocument.mjs';
import { pageProbe } from './pageProbe.mjs';
import { startServer } from './server.mjs';
import * as s from './studio.mjs';

const server = await startServer(Number(process.env.BENCH_PORT || 3706));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking'],
});
const out = new URL('./results/', import.meta.url);
mkdirSync(out, { recursive: true });
const title = 'Bench Large API';
const large = generateDocument(Number(process.env.BENCH_CHANNELS || 300), { title });
try {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  await context.addInitScript(pageProbe);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await page.goto(server.url);
  await page.evaluate(() => window.__bench.load.valid);
  await page.locator(s.SELECTORS.showPreview).click();
  await page.locator(s.SELECTORS.preview).waitFor();
  await s.expect(page, s.NEWLY_VALID);
  await cdp.send('Profiler.start');
  const pasted = await s.pasteAll(page, large);
  const shown = await page.evaluate((t) => window.__bench.waitFor({ selector: '[data-testid=preview]', text: t }), title);
  await page.waitForTimeout(3000);
  const { profile } = await cdp.send('Profiler.stop');
  writeFileSync(new URL('preview-replace.cpuprofile', out), JSON.stringify(profile));
  const tasks = (await page.evaluate(() => window.__bench.longTasks)).filter((t) => t.start >= pasted);
  console.log(`replace → preview shows it: ${(shown - pasted).toFixed(0)} ms`);
  console.log(`long tasks after replace: ${tasks.map((t) => `${t.duration.toFixed(0)}@${(t.start - pasted).toFixed(0)}`).join(', ')}`);
  const lines = large.split('\n');
  await s.goToLineEnd(page, lines.findIndex((l, i) => i > lines.length / 2 && l.trim().startsWith('description:')) + 1);
  await page.waitForTimeout(1000);
  const t0 = await s.now(page);
  await page.keyboard.type('and then some more words typed in bench.', { delay: 50 });
  const t1 = await s.now(page);
  await page.waitForTimeout(8000);
  const typing = (await page.evaluate(() => window.__bench.longTasks)).filter((t) => t.start >= t0);
  console.log(`long tasks typing (+8 s): ${typing.map((t) => `${t.duration.toFixed(0)}@${(t.start - t0).toFixed(0)}${t.start <= t1 ? '*' : ''}`).join(', ')}`);
  console.log(JSON.stringify({ while: await s.blocking(page, t0, t1), after: await s.blocking(page, t0, t1 + 8000) }));
} finally {
  await browser.close();
  server.stop();
}
