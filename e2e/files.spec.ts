import type { Page } from '@playwright/test';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { corpusFile, expect, test } from './fixtures';
import { StudioFiles } from './pages/StudioFiles';

const streetlights = 'spec-examples/2.6.0/streetlights-kafka.yml';

test.describe('files in and out', () => {
  test.beforeEach(async ({ page, editor }) => {
    await page.goto('/');
    await editor.ready();
  });

  test('a downloaded file is byte for byte the opened one, and opens again the same', async ({ page, problems }) => {
    const files = new StudioFiles(page);
    const original = await readFile(corpusFile(streetlights));
    await files.open(corpusFile(streetlights));
    await problems.expectValid();

    const first = await files.download(() => files.downloadButton.click());
    expect(first.name).toBe('streetlights-kafka-api.yaml');
    expect(first.bytes.equals(original)).toBe(true);

    // Back in through the file input, out again: nothing changes on the way.
    await page.getByTestId('new-document').click();
    await page.locator('[data-testid="template"][data-template-id="empty"]').click();
    await files.open(first.path);
    await problems.expectValid();
    await expect(problems.status).toHaveText(/Valid AsyncAPI 2\.6\.0/);
    const second = await files.download(() => files.downloadButton.click());
    expect(second.bytes.equals(original)).toBe(true);
  });

  test('Ctrl/Cmd+S downloads while the editor has focus', async ({ page, editor, problems }) => {
    const files = new StudioFiles(page);
    await problems.expectValid();
    await editor.focus();
    const saved = await files.download(() => page.keyboard.press('ControlOrMeta+S'));
    expect(saved.name).toBe('parcel-tracking-events.yaml');
    expect(saved.bytes.toString('utf8')).toContain('title: Parcel Tracking Events');
  });

  test('download as JSON, reopened and switched back to YAML, is the same document', async ({ page, editor, problems }) => {
    const files = new StudioFiles(page);
    await files.open(corpusFile(streetlights));
    await problems.expectValid();
    await page.getByTestId('download-menu').click();
    const json = await files.download(() => page.getByTestId('download-other-format').click());
    expect(json.name).toBe('streetlights-kafka-api.json');
    const parsed = JSON.parse(json.bytes.toString('utf8')) as { asyncapi: string; info: { title: string }; channels: object };
    expect(parsed.asyncapi).toBe('2.6.0');
    expect(parsed.info.title).toBe('Streetlights Kafka API');

    await files.open(json.path);
    await problems.expectValid();
    await expect(page.getByTestId('format-swap')).toHaveText('To YAML');
    await page.getByTestId('format-swap').click();
    await expect(page.getByTestId('format-swap')).toHaveText('To JSON');
    await problems.expectValid();
    const yaml = await files.download(() => files.downloadButton.click());
    expect(yaml.name).toBe('streetlights-kafka-api.yaml');
    await page.getByTestId('download-menu').click();
    const jsonAgain = await files.download(() => page.getByTestId('download-other-format').click());
    expect(JSON.parse(jsonAgain.bytes.toString('utf8'))).toEqual(parsed);
    await expect(editor.root).toContainText('asyncapi: 2.6.0');
  });

  test('Ctrl/Cmd+O opens the file chooser from the editor', async ({ page, editor }) => {
    // Listening first: Playwright turns on its file-chooser interception when the listener is added, and a key
    // pressed in the same instant can beat it on a loaded machine (the chooser then opens unseen).
    const chooserShown = page.waitForEvent('filechooser');
    await editor.focus();
    await page.keyboard.press('ControlOrMeta+O');
    const chooser = await chooserShown;
    await chooser.setFiles(corpusFile(streetlights));
    await expect(editor.root).toContainText('Streetlights Kafka API');
  });

  test('the shortcuts help lists the shortcuts and closes with Escape', async ({ page }) => {
    await page.getByTestId('shortcuts-help').click();
    const dialog = page.getByTestId('shortcuts-dialog');
    await expect(dialog).toBeVisible();
    await expect(dialog.getByTestId('shortcut').filter({ hasText: 'Download the document' })).toContainText('Ctrl/Cmd+S');
    await expect(dialog.getByTestId('shortcut').filter({ hasText: 'Shift+Alt+F' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('shortcuts-help')).toBeFocused();
  });
});

test.describe('save to a file on disk (File System Access API)', () => {
  test.beforeEach(async ({ page, editor }) => {
    // A stand-in for the browser's save picker that records what would be written to disk.
    await page.addInitScript(() => {
      const log = { picks: 0, writes: [] as Array<{ name: string; text: string }> };
      Object.assign(window, {
        savedFiles: log,
        showSaveFilePicker: async (options: { suggestedName: string }) => {
          log.picks += 1;
          const name = options.suggestedName;
          return {
            name,
            createWritable: async () => ({
              write: async (blob: Blob) => void log.writes.push({ name, text: await blob.text() }),
              close: async () => undefined,
            }),
          };
        },
      });
    });
    await page.goto('/');
    await editor.ready();
  });

  const savedFiles = (page: Page) =>
    page.evaluate(() => (window as unknown as { savedFiles: { picks: number; writes: Array<{ name: string; text: string }> } }).savedFiles);

  test('the second save writes back to the same file without asking; a new document asks again', async ({ page, editor, problems }) => {
    const files = new StudioFiles(page);
    await files.open(corpusFile(streetlights));
    await problems.expectValid();
    await page.getByTestId('download-menu').click();
    await page.getByTestId('save-to-file').click();
    await expect(page.getByTestId('notice').last()).toContainText('Saved to “streetlights-kafka-api.yaml”');
    expect(await savedFiles(page)).toMatchObject({ picks: 1, writes: [{ name: 'streetlights-kafka-api.yaml' }] });

    await page.getByTestId('convert-button').click();
    await expect(page.getByTestId('convert-diff').locator('.monaco-diff-editor')).toBeVisible();
    await page.getByTestId('convert-apply').click();
    await expect(problems.status).toHaveText(/Valid AsyncAPI 3\.1\.0/);
    await editor.focus();
    await page.keyboard.press('ControlOrMeta+Shift+S');
    await expect.poll(async () => (await savedFiles(page)).writes.length).toBe(2);
    const afterConvert = await savedFiles(page);
    expect(afterConvert.picks).toBe(1);
    expect(afterConvert.writes[1]?.text).toMatch(/^asyncapi: 3\.1\.0$/m);

    await page.getByTestId('new-document').click();
    await page.locator('[data-testid="template"][data-template-id="empty"]').click();
    await page.getByTestId('download-menu').click();
    await expect(page.getByTestId('save-to-file')).toHaveText('Save to file…');
    await page.getByTestId('save-to-file').click();
    await expect.poll(async () => (await savedFiles(page)).picks).toBe(2);
  });

  test('a save started on one tab writes that tab\'s text to its own file, even when another tab is clicked while it prepares', async ({ page, files: studioFiles, workspace }) => {
    await page.getByTestId('download-menu').click();
    await page.getByTestId('save-to-file').click();
    await expect.poll(async () => (await savedFiles(page)).writes.length).toBe(1);
    const firstFile = (await savedFiles(page)).writes[0]!.name;

    // A 3 MB document takes the worker a moment to prepare: long enough to click the other tab meanwhile.
    const dir = await mkdtemp(join(tmpdir(), 'studio-race-'));
    const large = join(dir, 'large.yaml');
    const { generateDocument } = await import('../bench/generateDocument.mjs');
    await writeFile(large, generateDocument(3000, { title: 'Race Large API' }));
    await studioFiles.open(large);
    await page.getByTestId('download-menu').click();
    await page.getByTestId('save-to-file').click();
    await workspace.tabs.nth(0).click();

    await expect.poll(async () => (await savedFiles(page)).writes.length, { timeout: 30_000 }).toBe(2);
    const saved = await savedFiles(page);
    // The large document had no file yet, so the picker was asked; the first tab's file never got its text.
    expect(saved.picks).toBe(2);
    expect(saved.writes[1]!.name).not.toBe(firstFile);
    expect(saved.writes[1]!.text).toContain('Race Large API');
    expect(saved.writes.filter((w) => w.name === firstFile).every((w) => !w.text.includes('Race Large API'))).toBe(true);
  });
});
