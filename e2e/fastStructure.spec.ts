import { DEFAULT_DOCUMENT } from '../lib/defaultDocument';
import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';

// The fast structural pass (the syntax worker's JSON Schema check) shows a schema error before the parser's
// verdict, which then replaces it. To see the first without the second, the page's analysis worker is held:
// its requests wait until the test lets them through.
async function holdAnalysisWorker(page: Page) {
  await page.addInitScript(() => {
    const Original = window.Worker;
    const w = window as unknown as { __holdAnalysis: boolean; __releaseAnalysis: () => void };
    const held: Array<() => void> = [];
    w.__holdAnalysis = false;
    w.__releaseAnalysis = () => {
      w.__holdAnalysis = false;
      for (const send of held.splice(0)) send();
    };
    window.Worker = class extends Original {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        if (options?.name !== 'analysis') return;
        const post = this.postMessage.bind(this) as (message: unknown) => void;
        this.postMessage = (message: unknown) => {
          if (w.__holdAnalysis) held.push(() => post(message));
          else post(message);
        };
      }
    };
  });
}

test('a schema error typed into the document shows before the parser answers, and the parser confirms it', async ({ page, editor, problems }) => {
  await holdAnalysisWorker(page);
  await page.goto('/');
  await editor.ready();
  await problems.expectValid();
  await expect(problems.status).toHaveAttribute('data-rules', 'done');
  const before = await problems.rows.count();
  const actionLine = DEFAULT_DOCUMENT.split('\n').findIndex((line) => line.trim() === 'action: send') + 1;

  await test.step('hold the parser, then type `action: publish`', async () => {
    await page.evaluate(() => ((window as unknown as { __holdAnalysis: boolean }).__holdAnalysis = true));
    await editor.goToLine(actionLine);
    for (let i = 0; i < 'send'.length; i++) await page.keyboard.press('Backspace');
    await editor.type('publish');
  });

  await test.step('the fast pass shows the error at its line, in the parser\'s words, with a squiggle', async () => {
    await expect(problems.errorAt(actionLine)).toContainText('"action" property must be equal to one of the allowed values');
    await problems.expectInvalid();
    await expect(editor.errorSquiggles.first()).toBeVisible();
    // Only the fast pass has answered: the status has no analysis time for this text.
    await expect(problems.status).not.toHaveAttribute('title', /Analysed in/);
    // The rest of the list stays as the last verdict left it: one row more, not one row instead of all of them.
    await expect(problems.rows).toHaveCount(before + 1);
    await expect(problems.rows.filter({ hasText: 'AsyncAPI document should have "id" field.' })).toHaveCount(1);
  });

  await test.step('the parser\'s verdict lands and keeps the same row', async () => {
    await page.evaluate(() => (window as unknown as { __releaseAnalysis: () => void }).__releaseAnalysis());
    await expect(problems.status).toHaveAttribute('title', /Analysed in/);
    await expect(problems.errorAt(actionLine)).toContainText('"action" property must be equal to one of the allowed values');
    await expect(problems.errors()).toHaveCount(1);
    // Errors head the list, above the warnings of lines before it.
    await expect(problems.rows.first()).toHaveAttribute('data-severity', 'error');
  });

  await test.step('fixed again, the document is valid', async () => {
    for (let i = 0; i < 'publish'.length; i++) await page.keyboard.press('Backspace');
    await editor.type('send');
    await problems.expectValid();
  });
});
