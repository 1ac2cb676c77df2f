// `node bench/profile.mjs`: where the page's main thread spends its time on cold load, on replacing the
// text with the large document, and on typing into it. Writes bench/results/<phase>.cpuprofile (open in
// Chrome DevTools → Performance) and prints each phase's long tasks and the functions with the most time
// (self, and inclusive). BENCH_PREVIEW=1 opens the docs preview first, to see what rendering it costs.
import { mkdirSync, writeFileSync } from 'node:fs';
import { generateDocument } from './generateDocument.mjs';
import { launchBench } from './launch.mjs';
import { pageProbe } from './pageProbe.mjs';
import { top } from './profileTop.mjs';
import * as s from './studio.mjs';

const TITLE = 'Bench Large API';
const { url, browser, close } = await launchBench();
const out = new URL('./results/', import.meta.url);
mkdirSync(out, { recursive: true });
try {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  await context.addInitScript(pageProbe);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  const phase = async (label, work) => {
    const from = await s.now(page);
    await cdp.send('Profiler.start');
    await work();
    const { profile } = await cdp.send('Profiler.stop');
    writeFileSync(new URL(`${label}.cpuprofile`, out), JSON.stringify(profile));
    const tasks = (await page.evaluate(() => window.__bench.longTasks)).filter((t) => t.start >= from);
    const { self, inclusive } = top(profile);
    console.log(`\n## ${label}\nlong tasks (ms, at ms from the phase's start): ${tasks.map((t) => `${t.duration.toFixed(0)}@${(t.start - from).toFixed(0)}`).join(', ') || 'none'}`);
    console.log(`self:\n${self.map(([k, v]) => `  ${v.toFixed(0).padStart(6)} ms  ${k}`).join('\n')}`);
    console.log(`inclusive:\n${inclusive.map(([k, v]) => `  ${v.toFixed(0).padStart(6)} ms  ${k}`).join('\n')}`);
  };
  const large = generateDocument(300, { title: TITLE });
  await phase('load', async () => {
    await page.goto(url);
    await page.evaluate(() => window.__bench.load.valid);
  });
  if (process.env.BENCH_PREVIEW === '1') {
    await page.locator(s.SELECTORS.showPreview).click();
    await page.locator(s.SELECTORS.preview).waitFor();
  }
  await phase('replace', async () => {
    await s.expect(page, s.NEWLY_VALID);
    const pasted = await s.pasteAll(page, large);
    await s.settle(page);
    if (process.env.BENCH_PREVIEW === '1') {
      const shown = await page.evaluate((title) => window.__bench.waitFor({ selector: '[data-testid=preview]', text: title }), TITLE);
      console.log(`\nreplace → preview shows it: ${(shown - pasted).toFixed(0)} ms`);
    }
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
  await close();
}
