import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Relative luminance (0 black … 1 white) of an element's computed background colour. */
async function backgroundLuminance(locator: Locator): Promise<number> {
  return locator.evaluate((element) => {
    const [r, g, b] = (getComputedStyle(element).backgroundColor.match(/[\d.]+/g) ?? ['255', '255', '255']).map(Number);
    const channel = (v: number) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4);
    return 0.2126 * channel(r!) + 0.7152 * channel(g!) + 0.0722 * channel(b!);
  });
}

const editorFontSize = (page: Page) => page.getByTestId('editor').locator('.view-lines').evaluate((lines) => getComputedStyle(lines).fontSize);

test.describe('settings', () => {
  test('persist across a reload and take effect: theme, editor font size, word wrap', async ({ page, editor, workbench }) => {
    test.slow(); // two loads of the studio
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/');
    await editor.ready();
    expect(await workbench.theme()).toBe('light');
    await page.keyboard.press('Control+,');
    await expect(workbench.settings).toBeVisible();
    await workbench.settings.getByTestId('settings-theme').selectOption('dark');
    await workbench.settings.getByTestId('settings-font-size').fill('19');
    await workbench.settings.getByTestId('settings-word-wrap').check();
    await workbench.closeSettings();

    const takeEffect = async () => {
      expect(await workbench.theme()).toBe('dark');
      expect(await backgroundLuminance(page.locator('body'))).toBeLessThan(0.05);
      await expect(editor.root.locator('.monaco-editor')).toHaveClass(/vs-dark/);
      await expect.poll(() => editorFontSize(page)).toBe('19px');
    };
    await takeEffect();

    await page.reload();
    await editor.ready();
    await takeEffect();
    await workbench.openSettings();
    await expect(workbench.settings.getByTestId('settings-theme')).toHaveValue('dark');
    await expect(workbench.settings.getByTestId('settings-font-size')).toHaveValue('19');
    await expect(workbench.settings.getByTestId('settings-word-wrap')).toBeChecked();

    await test.step('"system" follows the system again', async () => {
      await workbench.settings.getByTestId('settings-theme').selectOption('system');
      expect(await workbench.theme()).toBe('light');
      await page.emulateMedia({ colorScheme: 'dark' });
      await expect.poll(() => workbench.theme()).toBe('dark');
    });
  });

  test('in dark mode the documentation is dark; light mode, light', async ({ page, editor, preview }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/');
    await editor.ready();
    await preview.open();
    await expect(preview.root).toContainText('Parcel Tracking Events');
    const sheet = preview.root.locator('.preview-document');
    expect(await backgroundLuminance(sheet)).toBeLessThan(0.05);
    // The component's own white panels follow too.
    for (const panel of await sheet.locator('.bg-white').all()) expect(await backgroundLuminance(panel)).toBeLessThan(0.05);
    // And its text is light on it: the title's colour, read as a background for the same luminance measure.
    const title = sheet.getByText('Parcel Tracking Events').first();
    const titleLuminance = await title.evaluate((element) => {
      const probe = document.createElement('div');
      probe.style.backgroundColor = getComputedStyle(element).color;
      document.body.append(probe);
      const [r, g, b] = getComputedStyle(probe).backgroundColor.match(/[\d.]+/g)!.map(Number);
      probe.remove();
      const channel = (v: number) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4);
      return 0.2126 * channel(r!) + 0.7152 * channel(g!) + 0.0722 * channel(b!);
    });
    expect(titleLuminance).toBeGreaterThan(0.5);

    await page.emulateMedia({ colorScheme: 'light' });
    await expect.poll(() => backgroundLuminance(sheet)).toBeGreaterThan(0.9);
  });

  test('the allow list of remote-ref hosts and the rule severities are kept', async ({ page, editor, workbench, workspace }) => {
    await page.goto('/');
    await editor.ready();
    await workbench.openSettings();
    const input = workbench.settings.getByTestId('settings-origin-input');
    await input.fill('http://plain.example');
    await workbench.settings.getByTestId('settings-origin-add').click();
    await expect(workbench.settings.getByRole('alert')).toContainText('https');
    await input.fill('schemas.example.com');
    await input.press('Enter');
    await input.fill('https://registry.example.org:8443/some/path');
    await workbench.settings.getByTestId('settings-origin-add').click();
    const origins = workbench.settings.getByTestId('settings-origin');
    await expect(origins).toHaveCount(2);
    await expect(origins.nth(1)).toHaveAttribute('data-origin', 'https://registry.example.org:8443');
    await origins.first().getByRole('button', { name: /Remove/ }).click();
    await expect(origins).toHaveCount(1);

    const rule = workbench.settings.locator('[data-testid="settings-rule"][data-rule="asyncapi-info-description"]');
    await rule.locator('select').selectOption('error');
    await rule.locator('summary').click();
    await expect(rule.getByTestId('rule-explanation')).toBeVisible();
    await workbench.closeSettings();
    await workspace.saved();

    await page.reload();
    await editor.ready();
    await workbench.openSettings();
    await expect(workbench.settings.getByTestId('settings-origin')).toHaveAttribute('data-origin', 'https://registry.example.org:8443');
    await expect(rule.locator('select')).toHaveValue('error');
  });
});
