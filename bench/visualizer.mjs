// `node bench/visualizer.mjs`: only the visualizer step of the bench, for iterating on it. Loads the app,
// opens the docs preview (as the whole bench has it open by then), pastes the large document, waits until
// it is valid, then opens the visualizer: BENCH_RUNS runs (default 3), each in a fresh browser context.
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { generateDocument } from './generateDocument.mjs';
import { pageProbe } from './pageProbe.mjs';
import { top } from './profileTop.mjs';
import { medians } from './report.mjs';
import { launchBench } from './launch.mjs';
import * as s from './studio.mjs';
import { measureVisualizer } from './visualizerStep.mjs';

const RUNS = Number(process.env.BENCH_RUNS || 3);
const largeText = generateDocument(Number(process.env.BENCH_CHANNELS || 300), { title: 'Bench Large API' });
const { url, browser, close } = await launchBench();

mkdirSync(new URL('results/', import.meta.url), { recursive: true });
const runs = [];
try {
  for (let i = 1; i <= RUNS; i++) {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    await context.addInitScript(pageProbe);
    const page = await context.newPage();
    await page.goto(url);
    await page.evaluate(() => window.__bench.load.valid);
    if (process.env.BENCH_PREVIEW !== '0' && (await s.exists(page, s.SELECTORS.showPreview))) {
      await page.locator(s.SELECTORS.showPreview).click();
      await page.locator(s.SELECTORS.preview).waitFor({ timeout: 30_000 });
    }
    await s.expect(page, s.NEWLY_VALID);
    await s.pasteAll(page, largeText);
    if ((await s.settle(page)) === null) throw new Error('The large document did not become valid');
    await page.waitForTimeout(2000); // let the preview and autosave settle, as in the whole bench
    const load = os.loadavg()[0];
    // BENCH_PROFILE=1: a CPU profile of the page's main thread from the click to the first node.
    const cdp = process.env.BENCH_PROFILE ? await context.newCDPSession(page) : null;
    const profiling = cdp && {
      opening: async () => {
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.start');
      },
      shown: async () => {
        const { profile } = await cdp.send('Profiler.stop');
        writeFileSync(new URL(`results/visualizer-${i}.cpuprofile`, import.meta.url), JSON.stringify(profile));
        const { self, inclusive } = top(profile, 25);
        console.log(`self:\n${self.map(([k, ms]) => `  ${ms.toFixed(0).padStart(6)} ms  ${k}`).join('\n')}`);
        console.log(`inclusive:\n${inclusive.map(([k, ms]) => `  ${ms.toFixed(0).padStart(6)} ms  ${k}`).join('\n')}`);
      },
    };
    const v = await measureVisualizer(page, profiling || {});
    runs.push(v);
    console.log(`run ${i}: load ${load.toFixed(1)}`, JSON.stringify(v));
    await context.close();
  }
} finally {
  await close();
}
console.log('median:', JSON.stringify(medians(runs), null, 1));
