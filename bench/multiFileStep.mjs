// The workspace figures of `npm run bench` (issue 13): a generated 40-file project's validation time against
// the same content in one file, editing a file the document references (long tasks on the page while its
// dependent is re-validated), and opening a folder of 5,000 files (time, and long tasks while it is read).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { generateMultiFileProject } from './multiFileProject.mjs';
import { pageProbe } from './pageProbe.mjs';
import * as s from './studio.mjs';

const EDITS = 5;

function writeFolder(name, files) {
  const root = join(mkdtempSync(join(tmpdir(), 'studio-bench-')), name);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

function median(values) {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  return v.length === 0 ? null : v[Math.floor(v.length / 2)];
}

async function newPage(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  await context.addInitScript(pageProbe);
  const page = await context.newPage();
  await page.goto(url);
  await page.locator(s.SELECTORS.editorLines).waitFor();
  return { context, page };
}

/** Worker time of the active document's analysis after each of a few edits (a comment typed at its end). */
async function validationTimes(page) {
  const times = [];
  for (let i = 0; i < EDITS; i++) {
    await s.focusEditor(page);
    await page.keyboard.press('ControlOrMeta+End');
    await s.expect(page, s.NEWLY_VALID, 60_000);
    await page.keyboard.type(`\n# edit ${i}`);
    if ((await s.settle(page)) === null) throw new Error('the document did not become valid again');
    times.push(await s.analysedMs(page));
  }
  return times;
}

async function openFolder(page, dir) {
  const started = await s.now(page);
  // When the input's change event fires: before it, the browser itself builds the list of files (one long task
  // for thousands of them, in Chromium, before any script of the page runs).
  await page.evaluate(() => document.addEventListener('change', () => (window.__folderChange = performance.now()), { capture: true, once: true }));
  await page.getByTestId('open-folder-input').setInputFiles(dir);
  await page.getByTestId('notice').filter({ hasText: 'Opened the folder' }).last().waitFor({ timeout: 300_000 });
  return { started, changed: await page.evaluate(() => window.__folderChange), ended: await s.now(page) };
}

export async function measureMultiFile(browser, url) {
  const project = generateMultiFileProject(13);
  const folder = writeFolder('bench-project', project.files);
  const r = { files: Object.keys(project.files).length };

  // The same content in one file, alone in the studio.
  const single = await newPage(browser, url);
  await s.resetTo(single.page, project.single);
  r.singleFileValidationMs = median(await validationTimes(single.page));
  await single.context.close();

  const multi = await newPage(browser, url);
  const { page } = multi;
  await openFolder(page, folder);
  await page.locator(`[data-testid=file-tree-item][data-path="${project.documentPath}"]`).click();
  await page.locator(s.SELECTORS.valid).waitFor({ timeout: 120_000 });
  r.projectValidationMs = median(await validationTimes(page));
  r.ratio = r.projectValidationMs && r.singleFileValidationMs ? r.projectValidationMs / r.singleFileValidationMs : null;

  // Editing a file the document references: the page must stay smooth while the document is re-validated.
  await page.locator('[data-testid=file-tree-item][data-path="schemas/event001.yaml"]').click();
  await page.locator('[data-testid=file-tree-item][data-path="schemas/event001.yaml"][data-active=true]').waitFor();
  const requestsBefore = await page.evaluate(() => window.__bench.analysis.filter((a) => a.dir === 'out').length);
  await s.focusEditor(page);
  await page.keyboard.press('ControlOrMeta+End');
  const from = await s.now(page);
  await page.keyboard.type('\n# shared edit');
  // The dependent is analysed in the background once the typing delay is over and the lane is idle.
  await page.waitForFunction((n) => window.__bench.analysis.filter((a) => a.dir === 'in' && a.type === 'analyze-result').length > 0 && window.__bench.analysis.filter((a) => a.dir === 'out').length > n, requestsBefore, { timeout: 60_000 });
  await page.waitForTimeout(3000);
  r.sharedEdit = { ...(await s.blocking(page, from)), dependentRequests: (await page.evaluate(() => window.__bench.analysis.filter((a) => a.dir === 'out').length)) - requestsBefore };
  await multi.context.close();

  // A folder of 5,000 files.
  const many = {};
  for (let i = 0; i < 5000; i++) many[`group${String(i % 50).padStart(2, '0')}/file${i}.yaml`] = `name: file ${i}\nvalue: ${i}\n`;
  many['asyncapi.yaml'] = project.single;
  const big = await newPage(browser, url);
  const opened = await openFolder(big.page, writeFolder('five-thousand', many));
  r.fiveThousand = {
    openMs: opened.ended - opened.started,
    ...(await s.blocking(big.page, opened.started, opened.ended)),
    // Tasks that start once the page has the files: the studio's own reading, storing and drawing.
    studio: await s.blocking(big.page, opened.changed, opened.ended),
  };
  await big.context.close();
  return r;
}

export function describeMultiFile(m) {
  const ms = (x) => (x == null ? 'n/a' : `${Math.round(x)} ms`);
  return [
    `40-file project (${m.files} files): the document validates in ${ms(m.projectValidationMs)} (worker, median of ${EDITS} edits); the same content in one file: ${ms(m.singleFileValidationMs)}; ratio ${m.ratio == null ? 'n/a' : m.ratio.toFixed(2)} (target ≤ 1.2: ${m.ratio != null && m.ratio <= 1.2 ? 'pass' : 'FAIL'}).`,
    `Editing a referenced file: ${m.sharedEdit.dependentRequests} re-validation request(s) of its dependent; longest task on the page ${ms(m.sharedEdit.longest)} (target ≤ 50 ms: ${m.sharedEdit.longest <= 50 ? 'pass' : 'FAIL'}), total blocking ${ms(m.sharedEdit.tbt)}.`,
    `A folder of 5,000 files: read in ${ms(m.fiveThousand.openMs)}; longest task meanwhile ${ms(m.fiveThousand.longest)}, ${m.fiveThousand.count} long tasks, total blocking ${ms(m.fiveThousand.tbt)}; once the page has the files (after the browser's own file list): longest ${ms(m.fiveThousand.studio.longest)}, ${m.fiveThousand.studio.count} long tasks, total blocking ${ms(m.fiveThousand.studio.tbt)}.`,
  ];
}

// `node bench/multiFileStep.mjs` measures only these figures.
if (import.meta.url === `file://${process.argv[1]}`) {
  const { launchBench } = await import('./launch.mjs');
  const { url, browser, close } = await launchBench();
  try {
    const result = await measureMultiFile(browser, url);
    for (const line of describeMultiFile(result)) console.log(line);
    console.log(JSON.stringify(result, null, 2));
  } finally {
    await close();
  }
}
