import type { Page } from '@playwright/test';
import { corpusFile, expect, readCorpus, test } from './fixtures';
import { EditorPage } from './pages/EditorPage';
import { WorkspacePage } from './pages/WorkspacePage';

/** Types a marker line at the top of the active document. */
async function markTop(page: Page, editor: EditorPage, marker: string) {
  await editor.goToLine(1);
  await page.keyboard.press('Home');
  // Pasted, not typed: this file tests what survives a reload, and a line typed at full speed once lost its
  // final Enter (the reloaded text read "# edited before reloadasyncapi: 3.0.0").
  await editor.paste(`${marker}\n`);
  await expect(editor.root).toContainText(marker);
}

test.describe('workspace of several documents', () => {
  test('new, rename, switch, close and reopen keep every text', async ({ page, editor }) => {
    const workspace = new WorkspacePage(page);
    await page.goto('/');
    await editor.ready();
    await expect(workspace.tabs).toHaveCount(1);
    await expect(workspace.reopenTab).toBeDisabled();

    await workspace.newTab.click();
    await expect(workspace.tabs).toHaveCount(2);
    await expect(workspace.tabs.nth(1)).toHaveAttribute('data-active', 'true');
    await expect(editor.root).not.toContainText('Parcel Tracking Events');
    await editor.focus();
    await editor.type('second: document');
    await workspace.rename(workspace.tabs.nth(1), 'second.yaml');

    await workspace.tabs.first().click();
    await expect(workspace.tabs.first()).toHaveAttribute('data-active', 'true');
    await expect(editor.root).toContainText('Parcel Tracking Events');
    // Undo in the first document does not reach into the second one's history.
    await editor.focus();
    await page.keyboard.press('ControlOrMeta+Z');
    await expect(editor.root).toContainText('Parcel Tracking Events');

    await workspace.tab('second.yaml').click();
    await expect(editor.root).toContainText('second: document');
    await workspace.tab('second.yaml').getByTestId('close-tab').click();
    await expect(workspace.tabs).toHaveCount(1);
    await expect(editor.root).toContainText('Parcel Tracking Events');

    await workspace.reopenTab.click();
    await expect(workspace.tabs).toHaveCount(2);
    await expect(workspace.activeTab).toHaveText('second.yaml');
    await expect(editor.root).toContainText('second: document');
  });

  test('three documents survive a reload, with the active tab and its text', async ({ page, editor, problems }) => {
    const workspace = new WorkspacePage(page);
    await page.goto('/');
    await editor.ready();
    await page.getByTestId('open-file-input').setInputFiles(corpusFile('spec-examples/3.0.0/simple-asyncapi.yml'));
    await expect(workspace.tabs).toHaveCount(2);
    await workspace.newTab.click();
    await editor.focus();
    await editor.type('third: one');
    await workspace.rename(workspace.activeTab, 'third.yaml');
    await workspace.tab('simple-asyncapi.yml').click();
    await markTop(page, editor, '# edited before reload');
    await workspace.saved();

    await page.reload();
    await editor.ready();
    await expect(workspace.tabs).toHaveText(['asyncapi.yaml', 'simple-asyncapi.yml', 'third.yaml']);
    await expect(workspace.activeTab).toHaveText('simple-asyncapi.yml');
    await expect(editor.root).toContainText('# edited before reload');
    await expect(editor.root).toContainText('Account Service');
    await problems.expectValid();
    await workspace.tab('third.yaml').click();
    await expect(editor.root).toContainText('third: one');
    await workspace.tab('asyncapi.yaml').click();
    await expect(editor.root).toContainText('Parcel Tracking Events');
  });

  test('opening a link right after typing keeps both documents, as two tabs', async ({ page, editor, baseURL }) => {
    const workspace = new WorkspacePage(page);
    await page.goto('/');
    await editor.ready();
    await markTop(page, editor, '# my own work');
    await expect(editor.root).toContainText('# my own work');
    // No wait for the autosave: the link is opened while the last keystrokes are not stored yet.
    const text = readCorpus('spec-examples/3.0.0/mercure-asyncapi.yml');
    const shared = `${baseURL}/?base64=${encodeURIComponent(Buffer.from(text).toString('base64'))}`;
    await page.goto(shared);
    await editor.ready();
    await expect(workspace.tabs).toHaveCount(2);
    await expect(workspace.activeTab).toContainText('Shared document');
    await expect(editor.root).toContainText('Mercure');
    await workspace.tabs.first().click();
    await expect(editor.root).toContainText('# my own work');
    // After a reload both are still there, and the link was not opened a second time.
    await workspace.saved();
    await page.reload();
    await editor.ready();
    await expect(workspace.tabs).toHaveCount(2);
  });

  test('two pages editing different documents at once lose nothing after both reload', async ({ page, context }) => {
    const one = { page, editor: new EditorPage(page), workspace: new WorkspacePage(page) };
    await page.goto('/');
    await one.editor.ready();
    await one.workspace.newTab.click();
    await one.editor.focus();
    await one.editor.type('second: document\n');
    await one.workspace.saved();

    const page2 = await context.newPage();
    const two = { page: page2, editor: new EditorPage(page2), workspace: new WorkspacePage(page2) };
    await page2.goto('/');
    await two.editor.ready();
    await expect(two.workspace.tabs).toHaveCount(2);

    await one.workspace.tabs.nth(0).click();
    await two.workspace.tabs.nth(1).click();
    await markTop(one.page, one.editor, '# from page one');
    await markTop(two.page, two.editor, '# from page two');
    await one.workspace.saved();
    await two.workspace.saved();
    // The other page's change reaches each page live, too.
    await one.workspace.tabs.nth(1).click();
    await expect(one.editor.root).toContainText('# from page two');
    await one.workspace.tabs.nth(0).click();
    await one.workspace.saved();

    for (const p of [one, two]) {
      await p.page.reload();
      await p.editor.ready();
      await expect(p.workspace.tabs).toHaveCount(2);
      await p.workspace.tabs.nth(0).click();
      await expect(p.editor.root).toContainText('# from page one');
      await expect(p.editor.root).toContainText('Parcel Tracking Events');
      await p.workspace.tabs.nth(1).click();
      await expect(p.editor.root).toContainText('# from page two');
      await expect(p.editor.root).toContainText('second: document');
    }
  });

  test('the same document changed in two pages is kept twice, and the user is told', async ({ page, context }) => {
    const one = { page, editor: new EditorPage(page), workspace: new WorkspacePage(page) };
    await page.goto('/');
    await one.editor.ready();
    await one.workspace.rename(one.workspace.activeTab, 'shared.yaml');
    await one.workspace.saved();
    const page2 = await context.newPage();
    const two = { page: page2, editor: new EditorPage(page2), workspace: new WorkspacePage(page2) };
    await page2.goto('/');
    await two.editor.ready();
    await expect(two.workspace.tabs).toHaveText(['shared.yaml']);
    // Both type into the same document at the same time, so each has unsaved edits when the other saves.
    for (const p of [one, two]) {
      await p.editor.goToLine(1);
      await p.page.keyboard.press('Home');
    }
    await Promise.all([
      one.page.keyboard.type('# one was here\n', { delay: 40 }),
      two.page.keyboard.type('# two was here\n', { delay: 40 }),
    ]);
    const count = async (pick: (w: WorkspacePage) => Promise<number>) => (await pick(one.workspace)) + (await pick(two.workspace));
    await expect.poll(() => count((w) => w.tab('(from another tab)').count())).toBeGreaterThan(0);
    await expect.poll(() => count((w) => w.notices.filter({ hasText: 'changed in another tab' }).count())).toBeGreaterThan(0);
    await one.workspace.saved();
    await two.workspace.saved();
    // What is stored holds both pages' text (typing on while the other saved can make more than one copy).
    const stored = await readRecord(page);
    expect(stored.some((text) => text.includes('# one was here'))).toBe(true);
    expect(stored.some((text) => text.includes('# two was here'))).toBe(true);
    await page.reload();
    await one.editor.ready();
    await expect(one.workspace.tab('(from another tab)').first()).toBeVisible();
  });
});

test.describe('storage', () => {
  test('the one-document record of the first studio version is migrated', async ({ page, editor }) => {
    await page.goto('/');
    await editor.ready();
    await firstSaveDone(page);
    await writeRecord(page, { text: 'asyncapi: 3.0.0\ninfo:\n  title: Kept from before\n  version: 1.0.0\n', savedAt: 1 });
    await page.reload();
    await editor.ready();
    await expect(editor.root).toContainText('Kept from before');
    await expect(new WorkspacePage(page).tabs).toHaveText(['asyncapi.yaml']);
  });

  test('a record from a newer studio is kept aside and reported, never thrown away', async ({ page, editor }) => {
    const workspace = new WorkspacePage(page);
    await page.goto('/');
    await editor.ready();
    const future = { formatVersion: 99, documents: [{ id: 'x', name: 'future.yaml', text: 'from the future' }] };
    await firstSaveDone(page);
    await writeRecord(page, future);
    await page.reload();
    await editor.ready();
    await expect(workspace.notices.filter({ hasText: 'kept aside' })).toBeVisible();
    await expect(editor.root).toContainText('Parcel Tracking Events');
    await workspace.saved();
    const kept = await page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('asyncapi-studio');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const all = await new Promise<unknown[]>((resolve) => {
        const request = db.transaction('documents').objectStore('documents').getAll();
        request.onsuccess = () => resolve(request.result);
      });
      return all.filter((v) => JSON.stringify(v).includes('from the future')).length;
    });
    expect(kept).toBe(1);
  });

  test('without usable storage the studio says so and keeps working in memory', async ({ page, editor, problems }) => {
    await page.addInitScript(() => {
      const broken = () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      };
      Object.defineProperty(IDBFactory.prototype, 'open', { value: broken });
    });
    const workspace = new WorkspacePage(page);
    await page.goto('/');
    await editor.ready();
    await expect(workspace.storage).toHaveAttribute('data-state', 'failed');
    await expect(workspace.notices.filter({ hasText: /store data|storage/ }).first()).toBeVisible();
    await markTop(page, editor, '# still editing');
    await expect(editor.root).toContainText('# still editing');
    await problems.expectValid();
    await workspace.newTab.click();
    await expect(workspace.tabs).toHaveCount(2);
  });
});

/** Writes a raw record where the studio keeps its workspace, as another studio version would have. */
async function writeRecord(page: Page, record: unknown) {
  await page.evaluate(async (value) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('asyncapi-studio');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('documents', 'readwrite');
      tx.objectStore('documents').put(value, 'workspace');
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, record);
}

/**
 * Waits for the studio's own first save of a fresh workspace: a record written before it would be read (and
 * reported) by that save, in this page, instead of by the reload the test makes.
 */
async function firstSaveDone(page: Page) {
  await expect.poll(() => readRecord(page).catch(() => [])).not.toHaveLength(0);
}

/** The texts of the stored workspace's documents. */
async function readRecord(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('asyncapi-studio');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const read = <T>(key: string) =>
      new Promise<T>((resolve) => {
        const request = db.transaction('documents').objectStore('documents').get(key);
        request.onsuccess = () => resolve(request.result as T);
      });
    // Format 2: an index, and one record per document.
    const index = await read<{ documents: { id: string }[] }>('workspace');
    const texts = await Promise.all(index.documents.map(async (d) => (await read<{ text: string }>(`document:${d.id}`)).text));
    db.close();
    return texts;
  });
}
