// One benchmark run in a fresh browser context: every figure, in the order a user would meet them.
import os from 'node:os';
import { pageProbe } from './pageProbe.mjs';
import * as s from './studio.mjs';
import { measureVisualizer } from './visualizerStep.mjs';

const SYNTAX_ERROR = { selector: s.SELECTORS.syntaxError };
const SCHEMA_ERROR = { selector: s.SELECTORS.syntaxError, codeNot: 'yaml-syntax' };
const TITLE_LINE = 3; // "  title: …" in the default and the generated document
// "title: X:y" is still valid YAML; the space typed between ':' and 'y' makes it an error, in one key.
const BREAK_YAML = { prepare: [':', 'y', 'ArrowLeft'], keys: ' ' };
const BREAK_SCHEMA = { keys: 'x' }; // action: send → sendx
const TYPED = 'and then some more words typed in bench'.padEnd(40, '.');

function lineOf(text, predicate) {
  return text.split('\n').findIndex(predicate) + 1;
}

/**
 * Keys at the end of `line` → the first frame where `spec` holds; then back to `text`. The time runs from
 * the last keydown, so `keys` must make the change with their last key (`prepare` is typed before).
 */
async function editToResult(page, text, line, { prepare = [], keys }, spec, { blockingUntil } = {}) {
  await s.goToLineEnd(page, line);
  for (const key of prepare) await page.keyboard.press(key);
  await s.expect(page, spec);
  await page.keyboard.type(keys);
  const start = await s.lastKeydown(page);
  const end = await s.settle(page);
  let blocking;
  if (blockingUntil) {
    // The UI thread from the keystroke until the full verdict has landed and been shown, plus 3 s.
    // Waited for in the page: Playwright's own polling queries the whole (large) DOM in long tasks of its own.
    await page.evaluate((selector) => window.__bench.waitFor({ selector }), blockingUntil);
    await page.waitForTimeout(3000);
    blocking = await s.blocking(page, start);
  }
  await s.resetTo(page, text);
  const ms = end === null ? null : end - start;
  return blockingUntil ? { ms, blocking } : ms;
}

/** Response sizes of every script (page and workers) until `until` resolves. */
function watchScripts(context) {
  const pending = [];
  const onResponse = (response) => {
    const type = response.request().resourceType();
    const url = response.url();
    if (!(type === 'script' || url.split(/[?#]/)[0].endsWith('.js'))) return;
    pending.push(
      response.finished().then(async () => ({
        url,
        // Negative or 0 when served from the browser's cache (a worker's script loaded again).
        bytes: Math.max(0, (await response.request().sizes()).responseBodySize),
        encoding: (await response.allHeaders())['content-encoding'] ?? 'identity',
      })),
    );
  };
  context.on('response', onResponse);
  return async () => {
    context.off('response', onResponse);
    const all = await Promise.all(pending);
    const encodings = {};
    for (const r of all) encodings[r.encoding] = (encodings[r.encoding] ?? 0) + 1;
    const uncompressed = all.filter((r) => r.encoding === 'identity').map((r) => `${new URL(r.url).pathname} (${r.bytes} B)`);
    return { bytes: all.reduce((sum, r) => sum + r.bytes, 0), files: all.length, encodings, uncompressed };
  };
}

export async function runOnce(browser, { url, smallText, largeText, largeTitle }) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  await context.addInitScript(pageProbe);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const r = { loadAverage: os.loadavg()[0] };

  // 1–2. Cold load, and the JavaScript it took.
  const scripts = watchScripts(context);
  await page.goto(url);
  const load = await page.evaluate(async () => ({ editor: await window.__bench.load.editor, valid: await window.__bench.load.valid }));
  r.loadEditorMs = load.editor;
  r.loadValidMs = load.valid;
  r.js = await scripts();

  // 3. Edit → diagnostics on the small default document.
  const smallAction = lineOf(smallText, (l) => l.trim() === 'action: send');
  r.smallSyntaxMs = await editToResult(page, smallText, TITLE_LINE, BREAK_YAML, SYNTAX_ERROR);
  r.smallSchemaMs = await editToResult(page, smallText, smallAction, BREAK_SCHEMA, SCHEMA_ERROR);

  // 4. Replace with the large document (preview open when it exists) → it shows; UI thread after.
  const hasPreview = await s.exists(page, s.SELECTORS.showPreview);
  r.previewBuilt = hasPreview;
  if (hasPreview) {
    await page.locator(s.SELECTORS.showPreview).click();
    await page.locator(s.SELECTORS.preview).waitFor({ timeout: 30_000 });
  }
  await s.expect(page, s.NEWLY_VALID);
  const pasted = await s.pasteAll(page, largeText);
  const preview = hasPreview ? await page.evaluate((title) => window.__bench.waitFor({ selector: '[data-testid=preview]', text: title }), largeTitle) : null;
  const valid = await s.settle(page);
  r.replaceValidMs = valid === null ? null : valid - pasted;
  r.replacePreviewMs = hasPreview && preview !== null ? preview - pasted : null;
  r.largeAnalysedMs = await s.analysedMs(page);
  r.largeStatusText = await page.locator('[data-testid=status]').innerText();
  const shown = Math.max(valid ?? 0, preview ?? 0);
  await page.waitForTimeout(3000); // let follow-up work (rendering, autosave) land in the window
  r.replaceBlocking = await s.blocking(page, pasted, shown + 3000);

  // 7. JS heap of the page after a forced GC (workers are separate isolates, not included).
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  r.heapMB = (await cdp.send('Runtime.getHeapUsage')).usedSize / 1e6;

  // 3. Edit → diagnostics on the large document.
  const largeAction = lineOf(largeText, (l) => l.trim() === 'action: send');
  r.largeSyntaxMs = await editToResult(page, largeText, TITLE_LINE, BREAK_YAML, SYNTAX_ERROR);
  const largeSchema = await editToResult(page, largeText, largeAction, BREAK_SCHEMA, SCHEMA_ERROR, { blockingUntil: s.SELECTORS.invalid });
  r.largeSchemaMs = largeSchema.ms;
  r.largeSchemaBlocking = largeSchema.blocking;

  // 5. Typing 40 characters in the middle of the large document, ~50 ms apart, plus 8 s.
  const lines = largeText.split('\n');
  const middle = lines.findIndex((l, i) => i > lines.length / 2 && l.trim().startsWith('description:')) + 1;
  await s.goToLineEnd(page, middle);
  await page.waitForTimeout(1000); // let the go-to-line settle before the window opens
  const keyCount = await page.evaluate(() => window.__bench.keyLatencies.length);
  const typingStart = await s.now(page);
  await page.keyboard.type(TYPED, { delay: 50 });
  const typingEnd = await s.now(page);
  await page.waitForTimeout(8000);
  r.typingBlocking = await s.blocking(page, typingStart, typingEnd + 8000);
  r.typingLongestWhileTyping = (await s.blocking(page, typingStart, typingEnd)).longest;
  const latencies = (await page.evaluate(() => window.__bench.keyLatencies)).slice(keyCount);
  latencies.sort((a, b) => a - b);
  r.keyLatencyMedianMs = latencies[Math.floor(latencies.length / 2)] ?? null;
  r.keyLatencyMaxMs = latencies.at(-1) ?? null;

  // 8. Completion on the large document: Ctrl+Space after `action: ` (a later operation than the one edited
  // above) → the suggestion list shows `receive`. Served by the assist worker from the whole text.
  let seen = 0;
  const completionLine = lines.findIndex((l) => l.trim() === 'action: send' && ++seen === 10) + 1;
  await s.goToLineEnd(page, completionLine);
  for (let i = 0; i < 'send'.length; i++) await page.keyboard.press('Backspace');
  await page.waitForTimeout(1000);
  const asked = await s.now(page);
  await page.keyboard.press('Control+Space');
  const listed = await page.evaluate(() => window.__bench.waitFor({ selector: '.suggest-widget .monaco-list-row', text: 'receive' }, 10_000));
  r.completionMs = listed === null ? null : listed - asked;
  await page.keyboard.press('Escape');
  // Put the action back, and wait for its analysis: the visualizer below needs a valid, analysed document
  // (opening it while this edit is still unparsed would time the parse, ~1 s, as well).
  await s.expect(page, s.NEWLY_VALID, 60_000);
  await page.keyboard.type('send');
  if ((await s.settle(page)) === null) throw new Error('The document did not become valid again after the completion step');

  // 6. Visualizer on the large document: nodes on screen after opening it; panning for 2 s.
  r.visualizer = await measureVisualizer(page);

  await context.close();
  return r;
}
