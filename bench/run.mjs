// `npm run bench`: builds if needed, serves the app, measures it in headless Chromium (median of 3 runs,
// a fresh browser context each), prints a table and writes bench/results/latest.json.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { generateDocument } from './generateDocument.mjs';
import { runOnce } from './measure.mjs';
import { formatTable, medians, rows } from './report.mjs';
import { launchBench } from './launch.mjs';
import { describeMultiFile, measureMultiFile } from './multiFileStep.mjs';
import { describeLiveFeed, measureLiveFeed } from './liveFeed.mjs';
import { describeLarge, measureLarge } from './largeStep.mjs';

const RUNS = Number(process.env.BENCH_RUNS || 3);
const CHANNELS = Number(process.env.BENCH_CHANNELS || 300);

// The default document, read from the app's source rather than copied.
const source = readFileSync(new URL('../lib/defaultDocument.ts', import.meta.url), 'utf8');
const smallText = /DEFAULT_DOCUMENT = `([\s\S]*?)`;/.exec(source)?.[1];
if (!smallText) throw new Error('Could not read DEFAULT_DOCUMENT from lib/defaultDocument.ts');
const largeTitle = 'Bench Large API';
const largeText = generateDocument(CHANNELS, { title: largeTitle });
console.log(`Large document: ${CHANNELS} channels, ${(Buffer.byteLength(largeText) / 1000).toFixed(0)} KB of YAML`);

const { url, browser, close } = await launchBench();

const runs = [];
let multiFile = null;
let liveFeed = null;
let huge = null;
try {
  for (let i = 1; i <= RUNS; i++) {
    const started = Date.now();
    const run = await runOnce(browser, { url, smallText, largeText, largeTitle });
    runs.push(run);
    console.log(`run ${i}/${RUNS} done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }
  if (process.env.BENCH_HUGE !== '0') {
    const started = Date.now();
    huge = await measureLarge(browser, url);
    console.log(`3,000-channel figures done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }
  if (process.env.BENCH_MULTI_FILE !== '0') {
    const started = Date.now();
    multiFile = await measureMultiFile(browser, url);
    console.log(`workspace figures done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }
  // Once, not per run: it lasts LIVE_SECONDS of typing into the editor while the Try panel takes the feed.
  if (process.env.BENCH_LIVE !== '0') liveFeed = await measureLiveFeed(browser, url);
} finally {
  await close();
}

const median = medians(runs);
console.log(`\n${formatTable(rows(median))}\n`);
if (median.replaceValidMs == null) console.log('WARNING: the large document never showed as valid in the app.');
else console.log(`The large document in the app: "${median.largeStatusText}".`);
console.log(`Load average (1 min) at the start of each run: ${runs.map((r) => r.loadAverage.toFixed(1)).join(', ')} on ${os.cpus().length} cores (noisy above that).`);
for (const line of describeLarge(huge)) console.log(line);
if (multiFile) for (const line of describeMultiFile(multiFile)) console.log(line);
if (process.env.BENCH_LIVE !== '0') console.log(`\n${describeLiveFeed(liveFeed).join('\n')}\n`);
console.log('Workers\' heaps are not in the heap figure (each worker is its own isolate). Long tasks are the page\'s main thread only.');

const out = new URL('./results/', import.meta.url);
mkdirSync(out, { recursive: true });
const result = {
  date: new Date().toISOString(),
  machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, load: os.loadavg() },
  largeDocument: { channels: CHANNELS, bytes: Buffer.byteLength(largeText) },
  median,
  multiFile,
  huge,
  runs,
  liveFeed,
};
writeFileSync(new URL('latest.json', out), JSON.stringify(result, null, 2));
console.log('Wrote bench/results/latest.json');
