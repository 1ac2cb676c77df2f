import { templates } from '../lib/templates';
import { expect, test } from './fixtures';

/** The `info.title` a template's text declares: what the editor shows near the top. */
function infoTitle(text: string): string {
  const title = /^ {2}title: (.+)$/m.exec(text)?.[1];
  if (!title) throw new Error('template without info.title');
  return title;
}

test.describe('template gallery', () => {
  test.beforeEach(async ({ page, editor }) => {
    await page.goto('/');
    await editor.ready();
  });

  test('the gallery lists every template with its title, protocol and what it shows', async ({ page }) => {
    await page.getByTestId('new-document').click();
    const entries = page.getByTestId('template');
    await expect(entries).toHaveCount(templates.length);
    for (const template of templates) {
      const entry = page.locator(`[data-testid="template"][data-template-id="${template.id}"]`);
      await expect(entry).toContainText(template.title);
      await expect(entry).toContainText(template.protocol);
      await expect(entry).toContainText(template.description);
    }
    await page.keyboard.press('Escape');
    await expect(entries).toHaveCount(0);
  });

  for (const template of templates) {
    test(`the ${template.id} template opens and is valid`, async ({ page, editor, problems }) => {
      await page.getByTestId('new-document').click();
      await page.locator(`[data-testid="template"][data-template-id="${template.id}"]`).click();
      await expect(page.getByTestId('template')).toHaveCount(0);
      await expect(editor.root).toContainText(`title: ${infoTitle(template.text)}`);
      await problems.expectValid();
      await expect(problems.status).toHaveText(/Valid AsyncAPI 3\.1\.0/);
      await expect(problems.errors()).toHaveCount(0);
    });
  }

  test('a template opens in a new tab beside the user’s work', async ({ page, editor, problems }) => {
    await problems.expectValid();
    await expect(editor.root).toContainText('Parcel Tracking Events');
    await page.getByTestId('new-document').click();
    await page.locator('[data-testid="template"][data-template-id="mqtt"]').click();
    await expect(editor.root).toContainText('Home Climate Hub');
    const tabs = page.getByTestId('document-tab');
    await expect(tabs).toHaveCount(2);
    await expect(tabs.nth(1)).toHaveAttribute('data-active', 'true');
    await tabs.nth(0).click();
    await expect(editor.root).toContainText('Parcel Tracking Events');
  });
});
