import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';

const LIGHTS = `asyncapi: 3.0.0
info:
  title: Lights
  version: 1.4.2
channels:
  lightMeasured:
    address: light/measured
    messages:
      reading:
        payload:
          type: object
          properties:
            lumens:
              type: integer
            sentAt:
              type: string
operations:
  onReading:
    action: receive
    channel:
      $ref: '#/channels/lightMeasured'
`;
// The application receives `reading`: a field that becomes required rejects messages valid before.
const REQUIRED = LIGHTS.replace('          properties:\n', '          required: [lumens]\n          properties:\n');
const REQUIRED_PATH = '/channels/lightMeasured/messages/reading/payload/required/0';
// A published version whose title carries markup: the comparison shows it as text.
const PUBLISHED = LIGHTS.replace('title: Lights', 'title: <img src=x onerror="document.title=1">Lights');

// The compare worker starts with the first comparison (the parser, the converter, @asyncapi/diff): on a
// busy machine that first answer takes far longer than the ones after it.
const FIRST_COMPARISON = { timeout: 45_000 };
test.describe.configure({ timeout: 120_000 });

test.describe('local history and what changed', () => {
  test.beforeEach(async ({ page, editor, files }) => {
    await page.goto('/');
    await editor.ready();
    await files.input.setInputFiles({ name: 'lights.yaml', mimeType: 'text/yaml', buffer: Buffer.from(LIGHTS) });
    const opened = page.getByTestId('notice').last();
    await expect(opened).toContainText('Opened');
    await expect(editor.root).toContainText('title: Lights');
    // Read: out of the way of the panel beneath it, as a user would put it.
    await opened.getByRole('button', { name: 'Dismiss' }).click();
  });

  test('an edit compared with the previous revision shows the breaking row, its line, the next version and the Markdown report', async ({ page, editor, history, files }) => {
    await test.step('edit: a received message’s payload field becomes required', async () => {
      await editor.replaceText(REQUIRED);
      await expect(editor.root).toContainText('required: [lumens]');
    });

    await test.step('the timeline holds the revision taken when the file was opened', async () => {
      await history.button.click();
      await expect(history.panel).toBeVisible();
      await expect(history.entries).toHaveCount(1);
      await expect(history.entriesFor('opened')).toContainText('First revision');
    });

    await test.step('compare from its row: one breaking change, on the line it was made', async () => {
      await history.entriesFor('opened').getByRole('button', { name: 'Compare' }).click();
      await expect(history.dialog).toBeVisible();
      const breaking = history.changesOf('breaking');
      await expect(breaking).toHaveCount(1, FIRST_COMPARISON);
      await expect(breaking).toHaveAttribute('data-path', REQUIRED_PATH);
      await expect(history.changes).toHaveCount(1);
      await expect(history.version).toContainText('Suggested next info.version: 2.0.0');
      await expect(history.base.locator('option:checked')).toContainText('Opened');
      // The other open file is offered by its name.
      await expect(history.base.locator('option', { hasText: 'asyncapi.yaml' })).toHaveCount(1);
      await expect(history.diffEditor).toBeVisible();
      await breaking.click();
      await expect(breaking).toHaveAttribute('aria-current', 'true');
      await expect(history.diff.locator('.compare-line-highlight')).toHaveCount(1);
      const line = Number(await breaking.getAttribute('data-line'));
      expect(line).toBe(REQUIRED.split('\n').indexOf('          required: [lumens]') + 1);
    });

    await test.step('the Markdown changelog downloads with the change in it', async () => {
      const saved = await files.download(() => history.downloadMarkdown.click());
      expect(saved.name).toBe('lights-changes.md');
      const markdown = saved.bytes.toString('utf8');
      expect(markdown).toContain('## Breaking changes (1)');
      expect(markdown).toContain(`\`${REQUIRED_PATH}\``);
      expect(markdown).toContain('Suggested next version: 2\\.0\\.0');
      const json = JSON.parse(await readFile((await files.download(() => history.downloadJson.click())).path, 'utf8'));
      expect(json).toMatchObject({ format: 'asyncapi-studio-changes', counts: { breaking: 1 } });
    });

    await test.step('Escape closes the comparison; the editor is untouched', async () => {
      await page.keyboard.press('Escape');
      await expect(history.dialog).toBeHidden();
      await expect(editor.root).toContainText('required: [lumens]');
    });
  });

  test('a revision is restored as one undoable edit, and the history survives a reload', async ({ page, editor, history }) => {
    await editor.replaceText(REQUIRED);
    await expect(editor.root).toContainText('required: [lumens]');
    await history.button.click();
    await expect(history.entries).toHaveCount(1);

    await test.step('restore the revision taken when the file was opened', async () => {
      await history.entriesFor('opened').getByRole('button', { name: 'Restore' }).click();
      await expect(editor.root).not.toContainText('required: [lumens]');
      await expect(page.getByTestId('notice').last()).toContainText('Restored the revision');
      // The text it replaced is a revision too, and the restored one now is the current text.
      await expect(history.entriesFor('before-bulk')).toHaveCount(1);
      await expect(history.entriesFor('opened')).toHaveAttribute('data-current', 'true');
    });

    await test.step('Ctrl+Z in the editor brings the edit back', async () => {
      await editor.focus();
      await page.keyboard.press('ControlOrMeta+Z');
      await expect(editor.root).toContainText('required: [lumens]');
    });

    await test.step('after a reload the timeline still lists both revisions', async () => {
      await page.reload();
      await editor.ready();
      await expect(editor.root).toContainText('required: [lumens]');
      if (!(await history.panel.isVisible())) await history.button.click();
      await expect(history.entries).toHaveCount(2);
      await expect(history.entriesFor('before-bulk')).toHaveAttribute('data-current', 'true');
    });
  });

  test('the compare button starts with the previous revision; a URL is fetched only on request, a failed download is said', async ({ page, editor, history, baseURL, pageProblems }) => {
    // The browser reports the 404 this test asks for.
    pageProblems.expect(/status of 404 .*\/published\/missing\.yaml/);
    const requested: string[] = [];
    // Same origin, as the page's CSP allows; the route stands in for a server holding the older version.
    await page.route(`${baseURL}/published/**`, (route) =>
      route.request().url().endsWith('/lights.yaml') ? route.fulfill({ body: PUBLISHED, contentType: 'text/yaml' }) : route.fulfill({ status: 404, body: 'gone' }),
    );
    page.on('request', (request) => request.url().includes('/published/') && requested.push(request.url()));
    await editor.replaceText(REQUIRED);
    await history.compareButton.click();
    await expect(history.changesOf('breaking')).toHaveCount(1, FIRST_COMPARISON);

    await history.base.selectOption('url');
    const address = page.getByTestId('compare-url');
    await address.fill(`${baseURL}/published/missing.yaml`);
    expect(requested).toEqual([]);
    await page.getByTestId('compare-fetch').click();
    await expect(history.error).toContainText('HTTP 404');

    await address.fill(`${baseURL}/published/lights.yaml`);
    await page.getByTestId('compare-fetch').click();
    await expect(history.changesOf('breaking')).toHaveAttribute('data-path', REQUIRED_PATH);
    await expect(history.changesOf('annotation')).toContainText('<img src=x onerror="document.title=1">Lights');
    await expect(history.dialog.locator('.change-list img')).toHaveCount(0);
    expect(requested).toEqual([`${baseURL}/published/missing.yaml`, `${baseURL}/published/lights.yaml`]);
  });
});
