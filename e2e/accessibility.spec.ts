import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { PROBLEM_DOCUMENT } from './support/workbenchDocuments';

/** The serious and critical axe-core findings on the page as it is now, one line each. */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((node) => `${v.id}: ${node.target.join(' ')} — ${node.failureSummary?.split('\n')[1] ?? ''}`));
}

for (const theme of ['light', 'dark'] as const) {
  test.describe(`accessibility, ${theme} theme`, () => {
    test.beforeEach(async ({ page, editor }) => {
      await page.emulateMedia({ colorScheme: theme });
      await page.goto('/');
      await editor.ready();
    });

    test('the main view, the problems with their actions, and the dialogs', async ({ page, editor, problems, workbench }) => {
      test.slow(); // several full scans
      await problems.expectValid();
      expect(await workbench.theme()).toBe(theme);
      expect(await seriousViolations(page)).toEqual([]);

      await editor.replaceText(PROBLEM_DOCUMENT);
      await problems.expectInvalid();
      await problems.list.getByTestId('problem-explain').first().click();
      await expect(problems.list.getByTestId('rule-explanation')).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);

      await workbench.openSettings();
      expect(await seriousViolations(page)).toEqual([]);
      await workbench.closeSettings();
      await page.getByTestId('shortcuts-help').click();
      await expect(page.getByTestId('shortcuts-dialog')).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });

    test('each side panel', async ({ page, problems, preview, visualizer, lab, generate }) => {
      test.slow(); // a full scan per panel
      await problems.expectValid();
      await preview.open();
      await expect(preview.root).toContainText('Parcel Tracking Events');
      expect(await seriousViolations(page), 'documentation').toEqual([]);
      await visualizer.open();
      expect(await seriousViolations(page), 'visualizer').toEqual([]);
      await page.getByTestId('show-outline').click();
      await expect(page.getByTestId('outline-item').first()).toBeVisible();
      expect(await seriousViolations(page), 'outline').toEqual([]);
      await lab.open();
      expect(await seriousViolations(page), 'message lab').toEqual([]);
      await generate.open();
      expect(await seriousViolations(page), 'generate').toEqual([]);
    });

    test('a read-only document with its badge, and the notices', async ({ page, editor, workspace }) => {
      test.slow(); // a second load, a full scan and an edit
      const text = PROBLEM_DOCUMENT;
      await page.goto(`/?base64=${encodeURIComponent(Buffer.from(text, 'utf8').toString('base64'))}&readOnly=true`);
      await editor.ready();
      await expect(workspace.readOnlyBadge).toHaveText('Read-only');
      await page.getByTestId('open-file-input').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('x') });
      await expect(workspace.notices.first()).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);

      await test.step('"Edit a copy" opens the text as a new document that can be typed into', async () => {
        await page.getByTestId('edit-copy').click();
        await expect(workspace.activeTab).toContainText('Copy of');
        await expect(workspace.readOnlyBadge).toHaveCount(0);
        await editor.goToLine(3);
        await editor.type(' (mine)');
        await expect(editor.root).toContainText('title: Problems (mine)');
      });
    });
  });
}
