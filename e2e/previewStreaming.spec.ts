import { expect, test } from './fixtures';

test.describe.configure({ timeout: 240_000 });

test('a large document\'s preview paints its first operations, then streams in the rest', async ({ page, editor, preview, problems }) => {
  await page.goto('/');
  await editor.ready();
  await preview.open();
  await expect(preview.root).toContainText('Parcel Tracking Events', { timeout: 45_000 });

  // A dynamic import: Playwright compiles static imports of spec files to CommonJS, which an .mjs is not.
  const { generateDocument } = await import('../bench/generateDocument.mjs');
  await test.step('paste 200 channels (400 operations, 200 messages)', async () => {
    await editor.replaceText(generateDocument(200, { properties: 3, title: 'Streamed Large API' }));
  });

  await test.step('the title and the first operation show', async () => {
    await expect(preview.root).toContainText('Streamed Large API', { timeout: 60_000 });
    await expect(preview.section('operation-send-publish0001')).toContainText('bench.resource0001.events');
  });

  await test.step('the last operation, message and all follow without another edit', async () => {
    await expect(preview.section('operation-receive-consume0200')).toContainText('bench.resource0200.events', { timeout: 60_000 });
    // Waited for inside the page: each poll of an expect() records a snapshot of this large DOM for the trace,
    // a main-thread task of its own that would hold the streaming back.
    await page.waitForFunction(() => document.querySelector('[data-testid="preview"] [id="message-event0200"]') !== null, undefined, { timeout: 90_000 });
    await expect(preview.section('message-event0200')).toBeAttached();
    await expect(preview.section('operations').locator(':scope > ul > li')).toHaveCount(400);
    await problems.expectValid();
  });
});
