// `node bench/profile.mjs`: where the page's main thread spends its time on cold load, on replacing the
// text with the large document, and on typing into it. Writes bench/results/<phase>.cpuprofile (open in
// Chrome DevTools → Performance) and prints the functions with the most time (self, and inclusive).
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { generateDocument } from './generateDocument.mjs';
import { pageProbe } from './pageProbe.mjs';
import { startServer } from './server.mjs';
import * as s from './studio.mjs';
import { top } from './profileTop.mjs';

const server = process.env.BENCH_URL ? { url: process.env.BENCH_URL, stop() {} } : await startServer(Number(process.env.BENCH_PORT || 3206));
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const out = new URL('./results/', import.meta.url);
mkdirSync(out, { recursive: true });
try {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  await context.addInitScript(pageProbe);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  const phase = async (label, work) => {
    await cdp.send('Profiler.start');
    await work();
    const { profile } = await cdp.send('Profiler.stop');
    writeFileSync(new URL(`${label}.cpuprofile`, out), JSON.stringify(profile));
    const { self, inclusive } = top(profile);
    console.log(`\n## ${label}\nself:\n${self.map(([k, v]) => `  ${v.toFixed(0).padStart(6)} ms  ${k}`).join('\n')}`);
    console.log(`inclusive:\n${inclusive.map(([k, v]) => `  ${v.toFixed(0).padStart(6)} ms  ${k}`).join('\n')}`);
  };
  const large = generateDocument(300);
  await phase('load', async () => {
    await page.goto(server.url);
    await page.evaluate(() => window.__bench.load.valid);
  });
  await phase('replace', async () => {
    await s.expect(page, s.NEWLY_VALID);
    await s.pasteAll(page, large);
    await s.settle(page);
    await page.waitForTimeout(3000);
  });
  const lines = large.split('\n');
  await s.goToLineEnd(page, lines.findIndex((l, i) => i > lines.length / 2 && l.trim().startsWith('description:')) + 1);
  await page.waitForTimeout(1000);
  await phase('typing', async () => {
    await page.keyboard.type('and then some more words typed in bench.', { delay: 50 });
    await page.waitForTimeout(8000);
  });
} finally {
  await browser.close();
  server.stop();
}
