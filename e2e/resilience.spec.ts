import { expect, test } from './fixtures';

// A failing panel, a failing studio and a browser without usable storage: the user's text survives each.
test.describe('error boundaries', () => {
  test('a failing problems panel leaves the editor, its text and the analysis working', async ({ page, editor, problems }) => {
    await page.addInitScript(() => window.localStorage.setItem('studio:crash-panel', 'problems'));
    await page.goto('/');
    await editor.ready();
    await expect(page.getByTestId('panel-error')).toContainText('The problems panel failed');
    await expect(problems.list).toHaveCount(0);
    await expect(editor.root).toContainText('Parcel Tracking Events');
    await problems.expectValid();
    await editor.goToLine(3);
    await editor.type(' (still here)');
    await expect(editor.root).toContainText('Parcel Tracking Events (still here)');
    await expect(page.getByTestId('storage-status')).toHaveAttribute('data-state', 'saved');
  });

  test('when the whole studio fails, the fallback shows the user’s text to copy', async ({ page, editor }) => {
    await page.goto('/');
    await editor.goToLine(3);
    await editor.type(' (my work)');
    await expect(page.getByTestId('storage-status')).toHaveAttribute('data-state', 'saved');
    await page.evaluate(() => window.localStorage.setItem('studio:crash-panel', 'top'));
    await page.reload();
    const fallback = page.getByTestId('top-error');
    await expect(fallback).toContainText('The studio ran into a problem');
    await expect(fallback.getByRole('textbox', { name: 'Your document' })).toHaveValue(/title: Parcel Tracking Events \(my work\)/);
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
