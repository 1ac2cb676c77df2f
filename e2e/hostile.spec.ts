import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from './fixtures';
import { HostilePage } from './pages/HostilePage';

// Hostile documents: each must settle with a clear message, leave typing working, run no payload,
// pollute nothing and send nothing off the page's origin. Small ones are files; big ones are generated.
const fixture = (name: string) => resolve(__dirname, 'fixtures', 'hostile', name);

test.describe('hostile documents', () => {
  let hostile: HostilePage;

  test.beforeEach(async ({ page }) => {
    hostile = new HostilePage(page);
    await page.goto('/');
    await hostile.editor.ready();
    // The first analysis of the example must be over (its verdict is not what these tests are about).
    await expect(hostile.problems.status).not.toHaveAttribute('data-state', /analyzing|idle/, { timeout: 30_000 });
  });

  test.afterEach(async ({ outsideRequests }) => {
    expect(await hostile.globals()).toEqual({ hostile: undefined, polluted: undefined });
    expect(outsideRequests).toEqual([]);
  });

  test('a YAML alias bomb (nine levels of nine aliases) is refused, not expanded', async () => {
    await hostile.open(fixture('alias-bomb.yaml'));
    await hostile.expectSettled('invalid');
    await expect(hostile.problems.errors().first()).toContainText('alias bomb');
    await hostile.expectTypingWorks();
  });

  test('30,000-deep nesting is refused as too deep', async ({}, testInfo) => {
    const path = testInfo.outputPath('deep.yaml');
    writeFileSync(path, `asyncapi: 3.0.0\nx-deep: ${'['.repeat(30_000)}${']'.repeat(30_000)}\n`);
    await hostile.open(path);
    await hostile.expectSettled('invalid');
    await expect(hostile.problems.errors().first()).toContainText(/nests (too deeply|more than)/);
    await hostile.expectTypingWorks();
  });

  test('a 25 MB single-line value is kept in the editor but not analysed', async ({}, testInfo) => {
    const path = testInfo.outputPath('huge.yaml');
    writeFileSync(path, `asyncapi: 3.0.0\ninfo:\n  title: Huge\n  version: 1.0.0\nx-blob: "${'A'.repeat(25 * 1024 * 1024)}"\n`);
    await hostile.open(path);
    await hostile.expectSettled('invalid');
    await expect(hostile.problems.errors().first()).toContainText(/The document is 25\.0 MB; the studio analyses documents up to 10\.0 MB/);
    await expect(hostile.editor.root).toContainText('title: Huge');
    await hostile.expectTypingWorks();
  });

  test('2 MB of binary bytes in a .yaml file is called binary data', async ({}, testInfo) => {
    const path = testInfo.outputPath('binary.yaml');
    writeFileSync(path, randomBytes(2 * 1024 * 1024));
    await hostile.open(path);
    await hostile.expectSettled('invalid');
    await expect(hostile.problems.errors().first()).toContainText('binary data');
    await hostile.expectTypingWorks();
  });

  test('__proto__ and constructor keys pollute nothing', async ({ page }) => {
    await hostile.open(fixture('prototype-keys.yaml'));
    await expect(hostile.editor.root).toContainText('Prototype keys');
    await hostile.expectSettled('invalid');
    expect(await page.evaluate(() => ({} as { polluted?: unknown }).polluted)).toBeUndefined();
    await hostile.expectTypingWorks();
  });

  test('two schemas that only $ref each other are reported as a cycle', async () => {
    await hostile.open(fixture('ref-cycle-bare.yaml'));
    await hostile.expectSettled('invalid');
    await expect(hostile.problems.errors().first()).toContainText('Circular $ref');
    await hostile.expectTypingWorks();
  });

  test('recursion through properties is legal and analysed', async () => {
    await hostile.open(fixture('ref-cycle-properties.yaml'));
    await hostile.expectSettled('valid');
    await expect(hostile.problems.status).toHaveText(/Valid AsyncAPI 3\.0\.0/);
    await hostile.expectTypingWorks();
  });

  test('a $ref to another host is not fetched, and the problem says why', async () => {
    await hostile.open(fixture('external-https-ref.yaml'));
    await hostile.expectSettled('invalid');
    await expect(hostile.problems.errorAt(12)).toContainText(
      'External reference not fetched: the studio fetches other hosts only when you allow it (https://schemas.example.com).',
    );
    await hostile.expectTypingWorks();
  });

  test('a $ref to a file: URL is never read', async () => {
    await hostile.open(fixture('file-ref.yaml'));
    await hostile.expectSettled('invalid');
    await expect(hostile.problems.errorAt(12)).toContainText('Reference to a local file not read');
    await expect(hostile.problems.list).not.toContainText('root:');
    await hostile.expectTypingWorks();
  });

  test('script, onerror, javascript:, iframe and SVG payloads in descriptions never run', async () => {
    await hostile.open(fixture('markdown-payloads.yaml'));
    await expect(hostile.editor.root).toContainText('Markdown payloads');
    await hostile.expectSettled('valid');
    await hostile.expectTypingWorks();
  });
});
