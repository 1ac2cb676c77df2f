// Drives the studio as a user would (click, keys, paste) and reads the probe's timings back.

export const SELECTORS = {
  editorLines: '[data-testid=editor] .view-lines',
  valid: '[data-testid=status][data-state=valid]',
  invalid: '[data-testid=status][data-state=invalid]',
  analyzing: '[data-testid=status][data-state=analyzing]',
  syntaxError: '[data-testid=problem][data-severity=error]',
  preview: '[data-testid=preview]',
  showPreview: '[data-testid=show-preview]',
  showVisualizer: '[data-testid=show-visualizer]',
  visualizer: '[data-testid=visualizer]',
  graphNode: '[data-testid=graph-node]',
};

/** The status turned to valid after a change (it passes through "analyzing" first). */
export const NEWLY_VALID = { selector: SELECTORS.valid, after: { selector: SELECTORS.analyzing } };

export async function exists(page, selector) {
  return (await page.locator(selector).count()) > 0;
}

export async function now(page) {
  return page.evaluate(() => performance.now());
}

// The middle of the editor's box: .view-lines itself scrolls away on a long document.
export async function focusEditor(page) {
  await page.locator('[data-testid=editor] .monaco-editor').click();
}

/** Select all + paste, as a user would; returns the page time just before the paste event. */
export async function pasteAll(page, text) {
  await focusEditor(page);
  await page.keyboard.press('ControlOrMeta+A');
  return page.evaluate((pasted) => {
    const data = new DataTransfer();
    data.setData('text/plain', pasted);
    const target = document.activeElement ?? document.body;
    const t = performance.now();
    target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    return t;
  }, text);
}

/** Replaces the whole text and waits until the analysis says it is valid. */
export async function resetTo(page, text) {
  await expect(page, NEWLY_VALID, 60_000);
  await pasteAll(page, text);
  if ((await settle(page)) === null) throw new Error('The document did not become valid again');
}

/** Cursor to the end of a 1-based line, through Monaco's "go to line". */
export async function goToLineEnd(page, line) {
  await focusEditor(page);
  await page.keyboard.press('Control+G');
  await page.keyboard.insertText(String(line));
  await page.keyboard.press('Enter');
  await page.keyboard.press('End');
}

/** Starts waiting (in the page) for a condition; `settle` collects the frame time it first held. */
export async function expect(page, spec, timeoutMs = 60_000) {
  await page.evaluate(([s, t]) => window.__bench.expect(s, t), [spec, timeoutMs]);
}

export async function settle(page) {
  return page.evaluate(() => window.__bench.pending);
}

export async function lastKeydown(page) {
  return page.evaluate(() => window.__bench.lastKeydown);
}

/** Total blocking time, longest task and count of long tasks that started in [from, to]. */
export async function blocking(page, from, to = Infinity) {
  const tasks = await page.evaluate(() => window.__bench.longTasks);
  const inside = tasks.filter((t) => t.start >= from && t.start <= to);
  return {
    tbt: inside.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0),
    longest: inside.reduce((max, t) => Math.max(max, t.duration), 0),
    count: inside.length,
  };
}

/** The worker's own analysis time, from the status tooltip ("Analysed in N ms"). */
export async function analysedMs(page) {
  const title = await page.locator('[data-testid=status]').getAttribute('title');
  const m = title && /(\d+)\s*ms/.exec(title);
  return m ? Number(m[1]) : null;
}
