import { expect, test } from './fixtures';

// A cold load puts the user's document on screen first: the studio's chunks are preloaded by the page, and the
// analysis workers (which compile large bundles on the same cores) start once the editor has painted.

test('the analysis workers start once the editor shows the document, and the verdict still comes', async ({ page, editor, problems }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __workerStarts: Array<{ name: string; documentShown: boolean }> };
    w.__workerStarts = [];
    const Original = window.Worker;
    window.Worker = class extends Original {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        const lines = document.querySelector('[data-testid=editor] .view-lines');
        w.__workerStarts.push({ name: options?.name ?? '', documentShown: /Parcel\s+Tracking\s+Events/.test(lines?.textContent ?? '') });
      }
    };
  });
  await page.goto('/');
  await editor.ready();
  await problems.expectValid();
  const starts = await page.evaluate(() => (window as unknown as { __workerStarts: Array<{ name: string; documentShown: boolean }> }).__workerStarts);
  const analysis = starts.filter((s) => s.name === 'syntax' || s.name === 'analysis');
  expect(analysis.map((s) => s.name).sort()).toEqual(['analysis', 'syntax']);
  expect(analysis.every((s) => s.documentShown)).toBe(true);
});

test('the page preloads the studio\'s chunks, and each is downloaded once', async ({ page, editor }) => {
  await page.goto('/');
  await editor.ready();
  const preloaded = await page.locator('link[rel=preload][data-studio-preload]').evaluateAll((links) => links.map((l) => (l as HTMLLinkElement).href));
  expect(preloaded.filter((href) => href.endsWith('.js')).length).toBeGreaterThan(0);
  const fetched = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
  for (const href of preloaded) expect(fetched.filter((name) => name === href), href).toHaveLength(1);
  // The preloaded scripts are the ones the page ran.
  const scripts = await page.locator('script[src]').evaluateAll((nodes) => nodes.map((s) => (s as HTMLScriptElement).src));
  for (const href of preloaded.filter((h) => h.endsWith('.js'))) expect(scripts, href).toContain(href);
});
