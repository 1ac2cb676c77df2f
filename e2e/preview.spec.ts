import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Page } from '@playwright/test';
import { corpusFile, expect, readCorpus, test } from './fixtures';
import { DEFAULT_DOCUMENT } from '../lib/defaultDocument';
import { XSS_GLOBALS, hostileDocument } from './hostileDocument';
import { PreviewPage } from './pages/PreviewPage';

// The first analysis in a fresh worker loads the parser; on a loaded machine that takes a while.
const FIRST_RENDER = { timeout: 45_000 };
test.describe.configure({ timeout: 120_000 });

/** A 1-based line number of the first line of a corpus document that starts with `start`. */
function lineOf(relative: string, start: string): number {
  const index = readCorpus(relative).split('\n').findIndex((line) => line.startsWith(start));
  if (index < 0) throw new Error(`${start} is not in ${relative}`);
  return index + 1;
}

async function openCorpus(page: Page, preview: PreviewPage, relative: string, title: string) {
  await preview.openFile(corpusFile(relative));
  // The title differs from the starting document's, so seeing it means this document's analysis is in.
  await expect(preview.root).toContainText(title, FIRST_RENDER);
  await expect(page.getByTestId('status')).toHaveAttribute('data-state', 'valid');
}

test.describe('documentation preview', () => {
  let preview: PreviewPage;

  test.beforeEach(async ({ page, editor }) => {
    preview = new PreviewPage(page);
    await page.goto('/');
    await editor.ready();
  });

  test('is hidden until the toolbar button shows it, and hides again', async () => {
    await expect(preview.root).toHaveCount(0);
    await expect(preview.toggle).toHaveAttribute('aria-pressed', 'false');
    await preview.open();
    await expect(preview.root).toContainText('Parcel Tracking Events', FIRST_RENDER);
    await preview.toggle.click();
    await expect(preview.root).toHaveCount(0);
  });

  test('fits a half-width pane in a 1024 px window: the title and the text wrap instead of running out of it', async ({ page }) => {
    await page.setViewportSize({ width: 1024, height: 768 });
    await preview.open();
    await expect(preview.root).toContainText('Parcel Tracking Events', FIRST_RENDER);
    const sheet = preview.root.locator('.preview-document');
    // Nothing to scroll sideways: the documentation is as wide as its pane.
    await expect.poll(() => sheet.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
    const title = preview.root.getByText('Parcel Tracking Events 1.2.0');
    const [titleBox, sheetBox] = [await title.boundingBox(), await sheet.boundingBox()];
    expect(titleBox!.x + titleBox!.width).toBeLessThanOrEqual(sheetBox!.x + sheetBox!.width);
    // A badge (a server's protocol and name) wraps whole, at either width: never "PRO" on one line and
    // "DUCTION" on the next (seen at 1440 px, where the server's URL fills the line).
    const badges = preview.section('servers').locator('strong.uppercase');
    for (const width of [1024, 1440]) {
      await page.setViewportSize({ width, height: 900 });
      await expect(badges.first()).toBeVisible();
      await expect.poll(() => badges.evaluateAll((all) => all.filter((b) => b.getClientRects().length > 1).map((b) => b.textContent))).toEqual([]);
    }
  });

  test('renders a 2.x document: title, channel, operation and message', async ({ page, outsideRequests }) => {
    await preview.open();
    await openCorpus(page, preview, 'spec-examples/2.6.0/streetlights-kafka.yml', 'Streetlights Kafka API');
    const operation = preview.section('operation-receive-receiveLightMeasurement');
    await expect(operation).toContainText('smartylighting.streetlights.1.0.event.{streetlightId}.lighting.measured');
    await expect(operation).toContainText('receiveLightMeasurement');
    await expect(preview.section('message-lightMeasured')).toContainText('Light measured');
    const payload = preview.section('message-lightMeasured-payload');
    await payload.getByRole('button', { name: /expand all/i }).click();
    await expect(payload).toContainText('lumens');
    expect(outsideRequests).toEqual([]);
  });

  test('renders a 3.0 document: title, channel, operation and message', async ({ page }) => {
    await preview.open();
    await openCorpus(page, preview, 'spec-examples/3.0.0/streetlights-kafka-asyncapi.yml', 'Streetlights Kafka API');
    const operation = preview.section('operation-send-turnOn');
    await expect(operation).toContainText('smartylighting.streetlights.1.0.action.{streetlightId}.turn.on');
    await expect(operation).toContainText('turnOn');
    await expect(preview.section('message-lightMeasured')).toContainText('Light measured');
    await expect(preview.section('server-scram-connections')).toContainText('test.mykafkacluster.org:18092');
    // The component links its own sections (`/#server-…`): those links stay, and scroll the preview.
    const serverLink = operation.locator('a[href$="#server-mtls-connections"]');
    await expect(serverLink).toHaveCount(1);
    await serverLink.click();
    await expect(preview.section('server-mtls-connections')).toBeInViewport();
    expect(new URL(page.url()).hash).toBe('');
  });

  test('renders Avro payloads', async ({ page }) => {
    await preview.open();
    await openCorpus(page, preview, 'cli/specification-avro.yml', 'Account Service');
    await expect(preview.root).toContainText('user/signedup');
    const message = preview.section('message-UserSignedUp');
    await expect(message).toContainText('displayName');
    await expect(message).toContainText('email');
  });

  test('keeps the last valid version with a note while the text is broken, and says when none exists', async ({ page, editor }, testInfo) => {
    // Whole texts go in through the file input: pasting into a long, scrolled editor is not what is tested.
    const openText = async (name: string, text: string) => {
      const path = testInfo.outputPath(name);
      writeFileSync(path, text);
      await preview.openFile(path);
    };
    const valid = readCorpus('spec-examples/3.0.0/streetlights-kafka-asyncapi.yml');
    await test.step('no valid version before the preview ever had one', async () => {
      await editor.replaceText('asyncapi: 3.0.0\ninfo: [\n');
      await expect(page.getByTestId('status')).toHaveAttribute('data-state', 'invalid', FIRST_RENDER);
      await preview.open();
      await expect(preview.empty).toContainText('No valid version to show yet');
      await expect(preview.empty).toContainText('1 error');
    });
    await test.step('a valid version appears', async () => {
      await openText('valid.yaml', valid);
      await expect(preview.root).toContainText('Streetlights Kafka API', FIRST_RENDER);
      await expect(preview.stale).toHaveCount(0);
      await expect(preview.empty).toHaveCount(0);
    });
    await test.step('breaking the text keeps it, with the note', async () => {
      // A second colon on line 3 (`  title: ...`) breaks the YAML there; typed in the same document.
      await editor.goToLine(3);
      await expect(editor.cursorPosition).toHaveText(/^Ln 3,/);
      await editor.type(': y');
      await expect(preview.stale).toContainText('Showing the last valid version');
      await expect(preview.stale).toContainText('1 error');
      await expect(preview.section('operation-send-turnOn')).toBeVisible();
    });
    await test.step('fixing it follows the editor again', async () => {
      for (let i = 0; i < 3; i++) await page.keyboard.press('Backspace');
      await editor.type(' (fixed)');
      await expect(preview.root).toContainText('Streetlights Kafka API (fixed)');
      await expect(preview.stale).toHaveCount(0);
    });
  });

  test('an edit updates the documentation in place: what the reader expanded stays expanded', async ({ page, editor }) => {
    await preview.open();
    await openCorpus(page, preview, 'spec-examples/3.0.0/streetlights-kafka-asyncapi.yml', 'Streetlights Kafka API');
    const payload = preview.section('message-lightMeasured-payload');
    await payload.getByRole('button', { name: /expand all/i }).click();
    await expect(payload).toContainText('lumens');
    await editor.goToLine(3);
    await expect(editor.cursorPosition).toHaveText(/^Ln 3,/);
    await page.keyboard.press('End');
    await editor.type(' (edited)');
    await expect(preview.root).toContainText('Streetlights Kafka API (edited)');
    // Rebuilding the sections for each version (as the component's own wrapper does) would fold it again.
    await expect(payload).toContainText('lumens');
  });

  test('an edit of a shared message or a channel shows in every operation that shows it, and only there', async ({ page, editor }) => {
    const doc = 'spec-examples/3.0.0/streetlights-kafka-asyncapi.yml';
    await preview.open();
    await openCorpus(page, preview, doc, 'Streetlights Kafka API');
    // Only the items an edit changed render again (their worker-made fingerprints differ): a message used by two
    // operations must change in both, and in the message list.
    await editor.goToLine(lineOf(doc, '      summary: Command a particular streetlight to turn the lights on or off.'));
    await page.keyboard.press('End');
    await editor.type(' (edited)');
    for (const id of ['message-turnOnOff', 'operation-send-turnOn', 'operation-send-turnOff']) {
      await expect(preview.section(id)).toContainText('turn the lights on or off. (edited)');
    }
    await expect(preview.section('operation-send-dimLight')).not.toContainText('(edited)');
    await editor.goToLine(lineOf(doc, '    description: The topic on which measured values'));
    await page.keyboard.press('End');
    await editor.type(' Now edited.');
    await expect(preview.section('operation-receive-receiveLightMeasurement')).toContainText('may be produced and consumed. Now edited.');
  });

  test('clicking a channel, an operation or a message moves the editor to its source', async ({ page, editor }) => {
    const doc = 'spec-examples/3.0.0/streetlights-kafka-asyncapi.yml';
    await preview.open();
    await openCorpus(page, preview, doc, 'Streetlights Kafka API');
    await preview.channelOf('operation-send-dimLight').click();
    await expect(editor.cursorPosition).toHaveText(`Ln ${lineOf(doc, '  lightsDim:')}, Col 1`);
    await preview.section('operation-receive-receiveLightMeasurement').getByText('Operation ID').click();
    await expect(editor.cursorPosition).toHaveText(`Ln ${lineOf(doc, '  receiveLightMeasurement:')}, Col 1`);
    await preview.section('message-dimLight').locator('h4, h3').first().click();
    await expect(editor.cursorPosition).toHaveText(`Ln ${lineOf(doc, '    dimLight:')}, Col 1`);
  });

  test('moving the editor cursor scrolls the preview to the element under it', async ({ editor }) => {
    await preview.open();
    await expect(preview.root).toContainText('Parcel Tracking Events', FIRST_RENDER);
    const message = preview.section('message-locationUpdated');
    await expect(message).not.toBeInViewport();
    const line = DEFAULT_DOCUMENT.split('\n').findIndex((l) => l === '    locationUpdated:') + 1;
    await editor.goToLine(line + 2);
    await expect(message).toBeInViewport();
  });

  test('a 2.x channel click lands on the channel key', async ({ page, editor }) => {
    const doc = 'spec-examples/2.6.0/streetlights-kafka.yml';
    await preview.open();
    await openCorpus(page, preview, doc, 'Streetlights Kafka API');
    await preview.channelOf('operation-send-turnOn').click();
    await expect(editor.cursorPosition).toHaveText(`Ln ${lineOf(doc, '  smartylighting.streetlights.1.0.action.{streetlightId}.turn.on:')}, Col 1`);
  });
});

test.describe('documentation preview safety and export', () => {
  let preview: PreviewPage;

  test.beforeEach(async ({ page, editor }) => {
    preview = new PreviewPage(page);
    await page.goto('/');
    await editor.ready();
    await preview.open();
  });

  test('hostile Markdown in descriptions never runs, even when its links are clicked', async ({ page, editor, outsideRequests }) => {
    await editor.replaceText(hostileDocument());
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await expect(preview.root).toContainText('Hostile Docs', FIRST_RENDER);
    await expect(preview.section('operation-send-doEvil')).toBeVisible();
    const studioUrl = page.url();
    const scriptLink = preview.section('introduction').locator('a', { hasText: 'click' }).first();
    await expect(scriptLink).not.toHaveAttribute('href', /./);
    await scriptLink.click();
    // info.externalDocs.url is a javascript: URL, which the component renders as a plain link.
    const docsLink = preview.section('introduction').locator('a', { hasText: /docs/i }).first();
    await expect(docsLink).not.toHaveAttribute('href', /./);
    await docsLink.click();
    await expect(preview.root.locator('iframe, script')).toHaveCount(0);
    await expect(preview.root.locator('img[src^="https:"], img[src="x"]')).toHaveCount(0);
    const fired = await page.evaluate((names) => names.filter((name) => (window as unknown as Record<string, unknown>)[name] !== undefined), XSS_GLOBALS);
    expect(fired).toEqual([]);
    expect(page.url()).toBe(studioUrl);
    expect(outsideRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  test('exports one HTML file that opens offline from disk and shows the documentation', async ({ page, context }, testInfo) => {
    await expect(preview.root).toContainText('Parcel Tracking Events', FIRST_RENDER);
    const [download] = await Promise.all([page.waitForEvent('download'), preview.exportHtml.click()]);
    expect(download.suggestedFilename()).toBe('parcel-tracking-events.html');
    const saved = testInfo.outputPath(download.suggestedFilename());
    await download.saveAs(saved);
    const fileUrl = pathToFileURL(saved).href;
    const opened = await context.newPage();
    const requests: string[] = [];
    opened.on('request', (request) => requests.push(request.url()));
    await opened.goto(fileUrl);
    await expect(opened.locator('h1').first()).toContainText('Parcel Tracking Events');
    await expect(opened.locator('body')).toContainText('parcelLocation');
    expect(requests).toEqual([fileUrl]);
  });

  test('exports Markdown with the channels and messages', async ({ page, editor }) => {
    await editor.replaceText(readCorpus('spec-examples/3.0.0/streetlights-kafka-asyncapi.yml'));
    await expect(preview.root).toContainText('Streetlights Kafka API', FIRST_RENDER);
    const [download] = await Promise.all([page.waitForEvent('download'), preview.exportMarkdown.click()]);
    expect(download.suggestedFilename()).toBe('streetlights-kafka-api.md');
    const markdown = readFileSync(await download.path(), 'utf8');
    expect(markdown).toContain('# Streetlights Kafka API');
    for (const name of ['lightingMeasured', 'lightTurnOn', 'lightsDim', 'lightMeasured', 'dimLight']) expect(markdown).toContain(name);
  });
});
