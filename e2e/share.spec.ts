import { corpusFile, expect, readCorpus, test } from './fixtures';
import { EditorPage } from './pages/EditorPage';
import { ProblemsPage } from './pages/ProblemsPage';
import { WorkspacePage } from './pages/WorkspacePage';

const DOCUMENT = 'spec-examples/3.0.0/gitter-streaming-asyncapi.yml';

test.describe('share links', () => {
  for (const file of [DOCUMENT]) {
    test(`a shared ${file} opens in a new browser with the same text and verdict`, async ({ page, editor, problems, openVisitor, baseURL }) => {
      const workspace = new WorkspacePage(page);
      await page.goto('/');
      await editor.ready();
      await page.getByTestId('open-file-input').setInputFiles(corpusFile(file));
      await expect(workspace.tabs).toHaveCount(2);
      await expect(workspace.activeTab).toHaveText(file.split('/').at(-1)!);
      await expect(problems.status).toHaveAttribute('data-state', /^(valid|invalid)$/);
      // The verdict is complete once the rules pass has run on the text too.
      await expect(problems.status).toHaveAttribute('data-rules', 'done');
      const verdict = await problems.status.textContent();
      const state = await problems.status.getAttribute('data-state');
      const link = await workspace.shareLink();
      expect(link.startsWith(`${baseURL}/#share=`)).toBe(true);
      await expect(page.getByTestId('share-length')).toContainText('characters');

      const visitor = await openVisitor();
      const visitorWorkspace = new WorkspacePage(visitor);
      const visitorProblems = new ProblemsPage(visitor);
      await visitor.goto(link);
      await new EditorPage(visitor).ready();
      await expect(visitorWorkspace.activeTab).toHaveText('Shared document');
      await expect(visitorProblems.status).toHaveAttribute('data-state', state!);
      await expect(visitorProblems.status).toHaveAttribute('data-rules', 'done');
      await expect(visitorProblems.status).toHaveText(verdict!);
      // Same text: sharing it again gives the very same link.
      expect(await visitorWorkspace.shareLink()).toBe(link);
      // The link is consumed: a reload does not open it a second time.
      expect(visitor.url()).not.toContain('share=');
    });
  }

  test('the read-only option marks the link, and such a link opens a document that cannot be typed into', async ({ page, editor, openVisitor }) => {
    const workspace = new WorkspacePage(page);
    await page.goto('/');
    await editor.ready();
    const link = await workspace.shareLink({ readOnly: true });
    expect(new URL(link).searchParams.get('readOnly')).toBe('true');

    const visitor = await openVisitor();
    const visitorEditor = new EditorPage(visitor);
    await visitor.goto(link);
    await visitorEditor.ready();
    await expect(new WorkspacePage(visitor).readOnlyBadge).toHaveText('Read-only');
    const before = await visitorEditor.visibleText();
    await visitorEditor.focus();
    await visitorEditor.type('zzz');
    await expect(visitorEditor.root).not.toContainText('zzz');
    expect(await visitorEditor.visibleText()).toBe(before);
  });

  test('Copy puts the link on the clipboard and says so', async ({ page, editor, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const workspace = new WorkspacePage(page);
    await page.goto('/');
    await editor.ready();
    const link = await workspace.shareLink();
    await page.getByTestId('share-copy').click();
    await expect(page.getByTestId('share-copy-status')).toHaveText('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  });

  test('an AsyncAPI Studio ?base64= link opens beside the default document', async ({ page, editor, problems }) => {
    const workspace = new WorkspacePage(page);
    const text = readCorpus('spec-examples/3.0.0/simple-asyncapi.yml');
    await page.goto(`/?base64=${encodeURIComponent(Buffer.from(text, 'utf8').toString('base64'))}`);
    await editor.ready();
    await expect(workspace.tabs).toHaveCount(2);
    await expect(workspace.activeTab).toContainText('Shared document');
    await problems.expectValid();
    await expect(problems.status).toHaveText(/Valid AsyncAPI 3\.0\.0/);
    await expect(editor.root).toContainText('Account Service');
    expect(page.url()).not.toContain('base64');
  });

  for (const [link, words] of [
    ['/#share=@@@', /damaged/],
    ['/?base64=%%%', /not valid base64/],
    ['/?share=abc123', /AsyncAPI Studio's own servers/],
  ] as const) {
    test(`the broken link ${link} shows a message and the existing documents are intact`, async ({ page, editor }) => {
      const workspace = new WorkspacePage(page);
      await page.goto('/');
      await editor.ready();
      await editor.goToLine(1);
      await page.keyboard.press('Home');
      await editor.type('# my work\n');
      await workspace.saved();
      // A fresh load, as when the link is opened from elsewhere (not a same-page fragment change).
      await page.goto('about:blank');
      await page.goto(link);
      await editor.ready();
      await expect(workspace.notices.filter({ hasText: words })).toBeVisible();
      await expect(workspace.notices.filter({ hasText: words })).toHaveAttribute('data-tone', 'error');
      await expect(workspace.tabs).toHaveCount(1);
      await expect(editor.root).toContainText('# my work');
      await expect(editor.root).toContainText('Parcel Tracking Events');
    });
  }
});
