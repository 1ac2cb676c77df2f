import { expect, test } from './fixtures';

// A failing panel, a failing studio and a browser without usable storage: the user's text survives each.
test.describe('error boundaries', () => {
  test('a panel whose code fails to load fails alone: the editor, its text and the analysis keep working', async ({ page, editor, problems, pageProblems }) => {
    await page.goto('/');
    await editor.ready();
    await problems.expectValid();
    // The network drops every script from now on, so the visualizer's code cannot arrive.
    await page.route('**/_next/static/chunks/**', (route) => route.abort('failed'));
    pageProblems.expect(/ERR_FAILED|The visualizer panel failed|ChunkLoadError|Failed to load chunk|Failed to fetch dynamically imported module/i);
    await page.getByTestId('show-visualizer').click();
    await expect(page.getByTestId('panel-error')).toContainText('The visualizer panel failed');
    await expect(editor.root).toContainText('Parcel Tracking Events');
    await editor.goToLine(3);
    await editor.type(' (still here)');
    await expect(editor.root).toContainText('Parcel Tracking Events (still here)');
    await problems.expectValid();
    await expect(page.getByTestId('storage-status')).toHaveAttribute('data-state', 'saved');
  });
});

test.describe('browser storage that fails', () => {
  test('IndexedDB that cannot be opened: storage says why, the studio keeps working', async ({ page, editor, problems }) => {
    await page.addInitScript(() => {
      IDBFactory.prototype.open = () => {
        throw new DOMException('IndexedDB is disabled in this window', 'SecurityError');
      };
    });
    await page.goto('/');
    await editor.ready();
    const storage = page.getByTestId('storage-status');
    await expect(storage).toHaveAttribute('data-state', 'failed');
    await expect(storage).toHaveAttribute('title', /does not let the studio store data.*\(IndexedDB is disabled in this window\)/);
    await expect(page.getByTestId('notice').first()).toContainText('Autosave is off');
    await problems.expectValid();
    await editor.goToLine(3);
    await editor.type(': y');
    await problems.expectInvalid();
    await expect(editor.root).toContainText('Parcel Tracking Events: y');
  });

  test('IndexedDB that is full: saving fails with a clear message, the text stays', async ({ page, editor, problems }) => {
    await page.addInitScript(() => {
      const full = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
      IDBObjectStore.prototype.put = full;
      IDBObjectStore.prototype.add = full;
    });
    await page.goto('/');
    await editor.ready();
    await problems.expectValid();
    await editor.goToLine(3);
    await editor.type(' (unsaved)');
    const storage = page.getByTestId('storage-status');
    await expect(storage).toHaveAttribute('data-state', 'failed');
    await expect(storage).toHaveAttribute('title', /storage for the studio is full/);
    await expect(editor.root).toContainText('Parcel Tracking Events (unsaved)');
    await problems.expectValid();
  });
});
