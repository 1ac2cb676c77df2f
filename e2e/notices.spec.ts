import type { Page } from '@playwright/test';
import { corpusFile, expect, test } from './fixtures';

/** Buttons in the headers (toolbar, document tabs, side panes, panels) that some notice covers, by their names. */
async function coveredHeaderButtons(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const headers = 'header.toolbar, .tab-bar, .side-pane-header, .panel-header';
    const buttons = [...document.querySelectorAll<HTMLElement>(`:is(${headers}) :is(button, [role="tab"], input)`)];
    return buttons
      .filter((button) => {
        const box = button.getBoundingClientRect();
        if (box.width === 0 || box.height === 0 || !button.checkVisibility({ visibilityProperty: true })) return false;
        const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
        return !(hit && (hit === button || button.contains(hit)));
      })
      .map((button) => button.getAttribute('aria-label') ?? button.textContent ?? button.outerHTML.slice(0, 60));
  });
}

test.describe('notices', () => {
  test('an info notice leaves by itself; an error stays until dismissed', async ({ page, editor, files, workbench }) => {
    await page.goto('/');
    await editor.ready();
    await files.open(corpusFile('spec-examples/3.0.0/simple-asyncapi.yml'));
    const info = workbench.notices.filter({ hasText: /^Opened/ });
    await expect(info).toHaveAttribute('data-tone', 'info');
    await page.getByTestId('open-file-input').setInputFiles({ name: 'picture.png', mimeType: 'image/png', buffer: Buffer.from('not a document') });
    const error = workbench.notices.filter({ hasText: 'picture.png' });
    await expect(error).toHaveAttribute('data-tone', 'error');

    await expect(info).toHaveCount(0, { timeout: 15_000 });
    await expect(error).toBeVisible();
    await error.getByTestId('notice-dismiss').click();
    await expect(workbench.notices).toHaveCount(0);
  });

  test('no notice ever covers a header button: notices have a strip of their own', async ({ page, editor, files, preview, visualizer, workbench }) => {
    await page.goto('/');
    await editor.ready();
    await preview.open();
    await visualizer.open();
    await page.getByTestId('side-pane-move').first().click();
    await expect(page.getByTestId('side-pane')).toHaveCount(2);
    expect(await coveredHeaderButtons(page)).toEqual([]);

    for (const name of ['simple-asyncapi.yml', 'streetlights-kafka-asyncapi.yml']) await files.open(corpusFile(`spec-examples/3.0.0/${name}`));
    await page.getByTestId('open-file-input').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('x') });
    await expect(workbench.notices).toHaveCount(3);
    await expect(visualizer.panel.getByTestId('export-svg')).toBeVisible();
    expect(await coveredHeaderButtons(page)).toEqual([]);
    // The strip sits between the toolbar and the workbench, in the flow of the page.
    const strip = await page.locator('.notices').boundingBox();
    const toolbar = await page.locator('header.toolbar').boundingBox();
    expect(strip!.y).toBeGreaterThanOrEqual(toolbar!.y + toolbar!.height - 1);
  });
});
