import { readFile } from 'node:fs/promises';
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
    await editor.focus();
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('ControlOrMeta+O')]);
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
