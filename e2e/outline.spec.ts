import { expect, test } from './fixtures';

test.describe('outline', () => {
  test('lists the default document’s channels; clicking one moves the cursor; the entry under the cursor is highlighted', async ({ page, editor, problems }) => {
    await page.goto('/');
    await editor.ready();
    await problems.expectValid();
    await page.getByTestId('show-outline').click();
    const outline = page.getByTestId('outline');
    const channels = outline.locator('[data-testid="outline-item"][data-kind="channel"]');
    await expect(channels).toHaveText(['parcelLocation', 'parcelDelivered']);
    await channels.filter({ hasText: 'parcelDelivered' }).click();
    await expect(editor.cursorPosition).toHaveText(/^Ln 44,/);
    await expect(channels.filter({ hasText: 'parcelDelivered' })).toHaveAttribute('aria-current', 'true');
    await test.step('filter', async () => {
      await outline.getByTestId('outline-filter').fill('receive');
      await expect(outline.locator('[data-testid="outline-item"][data-kind="operation"]')).toHaveText([/trackLocation/, /confirmDelivery/]);
      await expect(channels).toHaveCount(0);
    });
  });
});
