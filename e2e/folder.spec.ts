import { dirname } from 'node:path';
import { corpusManifest } from '../lib/testing/corpus';
import { corpusFile, expect, readCorpus, test } from './fixtures';

// Parsing a service with its shared files takes seconds on a busy 2-core machine, and these tests open many.
const VERDICT = { timeout: 90_000 };

// Each multi-file corpus document with the folder a user would open for it: the whole social-media example
// (services share ../common), or the fixture's own folder (as lib/workspace/corpusWorkspace.test.ts does).
const manifest = corpusManifest();
const folderOf = (path: string) => (path.includes('social-media/') ? path.slice(0, path.indexOf('social-media/') + 'social-media'.length) : dirname(path));
const folders = [...new Set(manifest.filter((e) => /social-media\/|multi-file\//.test(e.path)).map((e) => folderOf(e.path)))];

test.describe('a folder opened as the workspace', () => {
  for (const folder of folders) {
    test(`${folder}: every document gets the parser’s verdict, and no fragment is called “not an AsyncAPI document”`, async ({ page, editor, fileTree, problems }) => {
      test.setTimeout(400_000);
      const entries = manifest.filter((e) => folderOf(e.path) === folder && (e.kind === 'document' || e.kind === 'fragment'));
      await page.goto('/');
      await editor.ready();
      await fileTree.openFolder(corpusFile(folder));
      for (const entry of entries) {
        const path = entry.path.slice(folder.length + 1);
        await test.step(path, async () => {
          await expect(fileTree.item(path)).toHaveAttribute('data-kind', entry.kind === 'document' ? 'asyncapi' : 'file');
          await fileTree.open(path);
          await expect(editor.root).toContainText(readCorpus(entry.path).split('\n').find((l) => l.trim() !== '')!.trim().slice(0, 20));
          if (entry.kind === 'document') {
            await expect(problems.status).toHaveAttribute('data-state', entry.parser_errors === 0 ? 'valid' : 'invalid', VERDICT);
          } else {
            await expect(problems.status).toHaveAttribute('data-state', 'valid', VERDICT);
            await expect(problems.status).toContainText('Part of a document');
            await expect(problems.status).not.toContainText('not an AsyncAPI document');
          }
        });
      }
    });
  }

  test('a broken field in the shared messages file: the documents using it turn invalid, a row names the file and line; the fix makes them valid again', async ({ page, editor, fileTree, problems }) => {
    test.setTimeout(400_000);
    const folder = 'spec-examples/3.0.0/social-media';
    await page.goto('/');
    await editor.ready();
    await fileTree.openFolder(corpusFile(folder));
    const users = manifest
      .filter((e) => e.kind === 'document' && e.path.startsWith(`${folder}/`) && readCorpus(e.path).includes("messages.yaml#/commentLiked'"))
      .map((e) => e.path.slice(folder.length + 1));
    expect(users.length).toBeGreaterThan(0);
    const rowInMessages = problems.list.locator('[data-testid="problem"][data-severity="error"][data-file="common/messages.yaml"][data-line="2"]');

    await test.step('break commentLiked.description', async () => {
      await fileTree.open('common/messages.yaml');
      await editor.goToLine(2);
      await page.keyboard.press('Shift+Home');
      await page.keyboard.insertText('description: [not, a, string]');
      await expect(rowInMessages.first()).toBeVisible(VERDICT);
      await expect(problems.status).toHaveAttribute('data-state', 'invalid');
    });
    for (const path of users) {
      await test.step(`${path} is invalid, with a row at common/messages.yaml:2`, async () => {
        await fileTree.open(path);
        await expect(problems.status).toHaveAttribute('data-state', 'invalid', VERDICT);
        await expect(rowInMessages.first()).toBeVisible();
      });
    }
    await test.step('fix it', async () => {
      await fileTree.open('common/messages.yaml');
      await editor.goToLine(2);
      await page.keyboard.press('Shift+Home');
      await page.keyboard.insertText('description: Message that is being sent when a comment has been liked by someone.');
      await expect(problems.status).toHaveAttribute('data-state', 'valid', VERDICT);
      await expect(rowInMessages).toHaveCount(0);
    });
    for (const path of users) {
      await test.step(`${path} is valid again`, async () => {
        await fileTree.open(path);
        await expect(problems.status).toHaveAttribute('data-state', 'valid', VERDICT);
      });
    }
  });
});
