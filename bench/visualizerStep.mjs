// The visualizer figures: click on show-visualizer → first graph node on screen (with where the time
// went), then panning the pane for 2 s. Shared by the whole bench (measure.mjs) and bench/visualizer.mjs.
import * as s from './studio.mjs';

/** Times (page clock) of the steps between the click and the first node, from the probe's records. */
async function breakdown(page, opened, shown) {
  return page.evaluate(
    ([from, to]) => {
      const b = window.__bench;
      const rel = (t) => (t == null ? null : Math.round(t - from));
      const request = b.analysis.find((m) => m.dir === 'out' && m.t >= from && m.wanted?.includes('graph'));
      const result = request && b.analysis.find((m) => m.dir === 'in' && m.t >= request.t && m.id === request.id);
      // Scripts and styles fetched after the click: the visualizer's chunk and its CSS.
      const chunks = performance.getEntriesByType('resource').filter((r) => r.startTime >= from && /\.(js|css)(\?|$)/.test(r.name));
      const tasks = b.longTasks.filter((x) => x.start + x.duration >= from && x.start <= to);
      return {
        longTasks: `${tasks.length}, longest ${Math.round(Math.max(0, ...tasks.map((x) => x.duration)))} ms`,
        chunkLoadedMs: chunks.length ? rel(Math.max(...chunks.map((r) => r.responseEnd))) : 0,
        chunkFiles: chunks.length,
        panelShownMs: rel(b.marks.panel),
        requestPostedMs: rel(request?.t),
        wanted: request?.wanted ?? null,
        workerElapsedMs: result ? Math.round(result.elapsedMs) : null,
        resultReceivedMs: rel(result?.t),
        resultDeserializeMs: result ? Math.round(result.handled) : null,
        nodesShownMs: rel(to),
      };
    },
    [opened, shown],
  );
}

/**
 * Opens the visualizer on the document the page holds and measures it; null when the panel does not exist.
 * `hooks.opening`/`hooks.shown` run just before the click and once the first node showed (e.g. a profiler).
 */
export async function measureVisualizer(page, hooks = {}) {
  if (!(await s.exists(page, s.SELECTORS.showVisualizer))) return null;
  // The edit before this step still renders the docs preview (seconds on this document): opening the
  // view while the UI thread is busy would time that work, not the visualizer's.
  await page.evaluate(() => window.__bench.quiet(1000));
  await s.expect(page, { selector: s.SELECTORS.graphNode }, 30_000);
  await page.evaluate((selector) => {
    window.__bench.marks.panel = null;
    void window.__bench.waitFor({ selector }, 30_000).then((t) => (window.__bench.marks.panel = t));
  }, s.SELECTORS.visualizer);
  await hooks.opening?.();
  await page.locator(s.SELECTORS.showVisualizer).click();
  const opened = await page.evaluate(() => window.__bench.lastClick);
  const nodes = await s.settle(page);
  await hooks.shown?.();
  const v = { nodesMs: nodes === null ? null : nodes - opened, nodeCount: await page.locator(s.SELECTORS.graphNode).count() };
  if (nodes !== null) v.breakdown = await breakdown(page, opened, nodes);
  // React Flow's pane (an implementation detail, so the panel's box is the fallback).
  const pane = page.locator(`${s.SELECTORS.visualizer} .react-flow__pane`);
  const box = await ((await pane.count()) ? pane.first() : page.locator(s.SELECTORS.visualizer)).boundingBox();
  if (box && nodes !== null) {
    // From near the top-left corner (the pane, not a node: dragging a node would move it instead).
    const x = box.x + 30;
    const y = box.y + 30;
    await page.evaluate(() => window.__bench.countFrames(true));
    const panStart = await s.now(page);
    await page.mouse.move(x, y);
    await page.mouse.down();
    for (let i = 1; i <= 60; i++) {
      await page.mouse.move(x + (1 - Math.cos(i / 10)) * 150, y + (1 - Math.cos(i / 7)) * 80);
      await page.waitForTimeout(33);
    }
    await page.mouse.up();
    const panEnd = await s.now(page);
    await page.evaluate(() => window.__bench.countFrames(false));
    const frames = await page.evaluate(([a, b]) => window.__bench.frames.filter((t) => t >= a && t <= b).length, [panStart, panEnd]);
    v.panFps = (frames * 1000) / (panEnd - panStart);
    v.panBlocking = await s.blocking(page, panStart, panEnd);
  }
  return v;
}
