import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { createParser } from '../lib/analysis/createParser';
import { decodeShareFragment } from '../lib/share/shareCodec';
import { corpusFile, expect, readCorpus, test } from './fixtures';

const SOCIAL = 'spec-examples/3.0.0/social-media';
// Parsing a service with its shared files takes seconds on a busy 2-core machine.
const VERDICT = { timeout: 90_000 };

/** A folder of documents that each break in one way, written where the browser can pick it. */
function badRefsFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'studio-bad-refs-'));
  const root = join(dir, 'bad-refs');
  mkdirSync(root);
  const doc = (ref: string) => `asyncapi: 3.0.0\ninfo:\n  title: Bad refs\n  version: 1.0.0\ncomponents:\n  schemas:\n    thing:\n      $ref: '${ref}'\n`;
  writeFileSync(join(root, 'outside.yaml'), doc('../../../etc/passwd'));
  writeFileSync(join(root, 'missing.yaml'), doc('./nowhere.yaml'));
  writeFileSync(join(root, 'binary.yaml'), doc('./logo.png'));
  writeFileSync(join(root, 'large.yaml'), doc('./huge.yaml'));
  writeFileSync(join(root, 'cycle.yaml'), doc('./a.yaml'));
  writeFileSync(join(root, 'logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
  writeFileSync(join(root, 'huge.yaml'), `type: object\ndescription: ${'x'.repeat(20 * 1024 * 1024)}\n`);
  writeFileSync(join(root, 'a.yaml'), "$ref: './b.yaml'\n");
  writeFileSync(join(root, 'b.yaml'), "$ref: './c.yaml'\n");
  writeFileSync(join(root, 'c.yaml'), "$ref: './a.yaml'\n");
  return root;
}

test.describe('the files of a folder', () => {
  test('the bundle of a service parses valid (the parser in Node) with the same channels', async ({ page, editor, fileTree, problems, files }) => {
    test.setTimeout(240_000);
    await page.goto('/');
    await editor.ready();
    await fileTree.openFolder(corpusFile(SOCIAL));
    await fileTree.open('comments-service/asyncapi.yaml');
    await expect(problems.status).toHaveAttribute('data-state', 'valid', VERDICT);
    const bundle = await files.download(() => page.getByTestId('bundle-button').click());
    expect(bundle.name).toBe('asyncapi.bundled.yaml');
    const text = bundle.bytes.toString('utf8');
    expect(text).not.toContain('../common/');
    // The bundle needs no other file: parsed with no source and the studio's guard against file refs.
    const bundled = await createParser({ isOriginAllowed: () => false }).parse(text);
    expect(bundled.diagnostics.filter((d) => d.severity === 0)).toEqual([]);
    // The reference: the parser reading the original files from disk itself.
    const original = await createParser().parse(readCorpus(`${SOCIAL}/comments-service/asyncapi.yaml`), { source: corpusFile(`${SOCIAL}/comments-service/asyncapi.yaml`) });
    expect(bundled.document?.channels().length).toBe(original.document?.channels().length);
    expect(bundled.document?.channels().length).toBeGreaterThan(0);
  });

  test('a reload brings the folder back: its tree, its tabs, the active file with its edit', async ({ page, editor, fileTree, workspace }) => {
    test.setTimeout(240_000);
    await page.goto('/');
    await editor.ready();
    await fileTree.openFolder(corpusFile(SOCIAL));
    await fileTree.open('common/servers.yaml');
    await editor.goToLine(1);
    await page.keyboard.press('Home');
    await editor.type('# edited before reload\n');
    await fileTree.open('frontend/asyncapi.yaml');
    await fileTree.open('common/servers.yaml');
    await workspace.saved();
    const count = await fileTree.items.count();

    await page.reload();
    await editor.ready();
    await expect(fileTree.items).toHaveCount(count);
    await expect(page.getByRole('region', { name: 'Workspace' }).getByRole('heading')).toHaveText('social-media');
    await expect(fileTree.item('common/servers.yaml')).toHaveAttribute('data-active', 'true');
    await expect(editor.root).toContainText('# edited before reload');
    await expect(workspace.tabs.filter({ hasText: 'frontend/asyncapi.yaml' })).toHaveCount(1);
  });

  test('go to definition on a $ref to another file opens that file at the target', async ({ page, editor, fileTree, problems }) => {
    test.setTimeout(240_000);
    await page.goto('/');
    await editor.ready();
    await fileTree.openFolder(corpusFile(SOCIAL));
    await fileTree.open('backend/asyncapi.yaml');
    // The folder's files are analysed in the background once it opens: the cursor is placed once that has settled.
    await expect(problems.status).toHaveAttribute('data-state', 'valid', VERDICT);
    const backend = readCorpus(`${SOCIAL}/backend/asyncapi.yaml`).split('\n');
    const refLine = backend.findIndex((l) => l.includes("messages.yaml#/commentLiked'")) + 1;
    const messages = readCorpus(`${SOCIAL}/common/messages.yaml`).split('\n');
    const targetLine = messages.findIndex((l) => l.startsWith('commentLiked:')) + 1;
    // On the ref's value: past "$ref: '". Line and column are checked: F12 anywhere else does nothing a test could see.
    const refColumn = backend[refLine - 1]!.search(/\S/) + 1 + 10;
    await editor.goToLine(refLine);
    await page.keyboard.press('Home');
    for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
    await expect(editor.cursorPosition).toHaveText(new RegExp(`^Ln ${refLine}, Col ${refColumn}\\b`));
    await page.keyboard.press('F12');
    await expect(fileTree.item('common/messages.yaml')).toHaveAttribute('data-active', 'true', VERDICT);
    await expect(editor.cursorPosition).toHaveText(new RegExp(`^Ln ${targetLine},`));
  });

  test('a ref outside the folder, to a missing, binary or 20 MB file, and a cycle of three files each end with a clear message at the $ref', async ({ page, editor, fileTree, problems }) => {
    test.setTimeout(300_000);
    await page.goto('/');
    await editor.ready();
    await fileTree.openFolder(badRefsFolder());
    await expect(page.getByTestId('notice').filter({ hasText: 'huge.yaml (20.0 MB)' })).toBeVisible();
    await expect(fileTree.item('huge.yaml')).toHaveAttribute('data-kind', 'skipped');
    const cases: Array<[string, string, RegExp]> = [
      ['outside.yaml', 'ref-outside-workspace', /points outside the opened folder/],
      ['missing.yaml', 'ref-file-missing', /there is no file nowhere\.yaml in the workspace/],
      ['binary.yaml', 'ref-file-binary', /logo\.png is a binary file/],
      ['large.yaml', 'ref-file-too-large', /huge\.yaml is 20\.0 MB; the studio reads files up to 10\.0 MB/],
      ['cycle.yaml', 'ref-cycle', /Circular \$ref across files.*a\.yaml → b\.yaml → c\.yaml → a\.yaml/],
    ];
    for (const [path, code, message] of cases) {
      await test.step(path, async () => {
        await fileTree.open(path);
        await expect(problems.status).toHaveAttribute('data-state', 'invalid', VERDICT);
        const row = problems.list.locator(`[data-testid="problem"][data-code="${code}"]`).first();
        await expect(row).toContainText(message);
      });
    }
  });

  test('a share link of a document with relative refs carries its bundle, and the dialog says so', async ({ page, editor, fileTree, problems, openVisitor }) => {
    test.setTimeout(240_000);
    await page.goto('/');
    await editor.ready();
    await fileTree.openFolder(corpusFile(SOCIAL));
    await fileTree.open('notification-service/asyncapi.yaml');
    await expect(problems.status).toHaveAttribute('data-state', 'valid', VERDICT);
    await page.getByTestId('share-button').click();
    await expect(page.getByTestId('share-bundle')).toHaveAttribute('data-state', 'done', VERDICT);
    await expect(page.getByTestId('share-bundle')).toContainText('common/messages.yaml');
    const link = await page.getByTestId('share-url').inputValue();
    const decoded = decodeShareFragment(new URL(link).hash.slice('#share='.length));
    if (!decoded.ok) throw new Error('the link does not decode');
    expect(decoded.text).not.toContain('../common/');
    const visitor = await openVisitor();
    await visitor.goto(link);
    await expect(visitor.getByTestId('status')).toHaveAttribute('data-state', 'valid', VERDICT);
  });

  test('without folder access, Save downloads a zip of the changed files', async ({ page, editor, fileTree, files }) => {
    test.setTimeout(240_000);
    await page.goto('/');
    await editor.ready();
    await fileTree.openFolder(corpusFile(SOCIAL));
    await fileTree.open('common/servers.yaml');
    await editor.goToLine(1);
    await page.keyboard.press('Home');
    await editor.type('# changed\n');
    const zip = await files.download(() => page.getByTestId('save-folder').click());
    expect(zip.name).toBe('social-media-changes.zip');
    const entries = unzipSync(new Uint8Array(zip.bytes));
    expect(Object.keys(entries)).toEqual(['common/servers.yaml']);
    expect(strFromU8(entries['common/servers.yaml']!)).toContain('# changed');
  });
});
