import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from './fixtures';
import { HostilePage } from './pages/HostilePage';
import { LabPage } from './pages/LabPage';

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

  test('To JSON refuses an alias bomb instead of writing 134 MB, and Format Document keeps its aliases', async ({ page }) => {
    await hostile.open(fixture('alias-bomb.yaml'));
    await hostile.expectSettled('invalid');
    await page.getByTestId('format-swap').click();
    await expect(page.getByTestId('notice').filter({ hasText: 'not converted to JSON' })).toContainText(
      'The result would be more than 10.0 MB, because the YAML aliases in this document would each be written out in full',
    );
    await expect(page.getByTestId('format-swap')).toHaveText('To JSON');
    await hostile.editor.focus();
    await page.keyboard.press('Shift+Alt+F');
    // Formatted (the flow lists gain their spacing), the aliases still aliases.
    await expect(hostile.editor.root).toContainText('a1: &a1 [ *a0, *a0');
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

  test('thirty schemas that refer to one another are analysed, documented and checked, not stopped as too slow', async ({ page }) => {
    await hostile.open(fixture('ref-web.yaml'));
    await hostile.expectSettled('valid');
    await expect(hostile.problems.status).toHaveText(/Valid AsyncAPI 3\.0\.0/);
    await hostile.preview.open();
    await expect(hostile.preview.root).toContainText('Entity web');
    await expect(hostile.preview.root).toContainText('publishChange');
    // The lab validates through the links: a generated example passes, a wrong id two schemas down is named.
    const lab = new LabPage(page);
    await lab.open();
    await page.getByTestId('lab-use-example').first().click();
    await expect(lab.payloadResult).toHaveAttribute('data-state', 'valid');
    await page.getByTestId('lab-generate').click();
    await expect(lab.payloadResult).toHaveAttribute('data-state', 'valid');
    await lab.setPayload('{ "id": "e-1", "link0": { "id": 42 } }');
    await expect(lab.payloadResult).toHaveAttribute('data-state', 'invalid');
    await expect(lab.violations).toHaveCount(1);
    await expect(lab.violations.first()).toHaveAttribute('data-path', 'link0.id');
    await hostile.expectTypingWorks();
  });

  test('minimums of a billion items and characters are analysed; the generated example stops short and the lab says so', async ({ page }) => {
    await hostile.open(fixture('huge-minimums.yaml'));
    await hostile.expectSettled('valid');
    const lab = new LabPage(page);
    await lab.open();
    await page.getByTestId('lab-generate').click();
    await expect(lab.payloadResult).toHaveAttribute('data-state', 'invalid');
    await expect(lab.violations).toHaveCount(2);
    await expect(lab.panel.locator('[data-testid=lab-violation][data-path=samples]')).toContainText('1000000000');
    await expect(lab.panel.locator('[data-testid=lab-violation][data-path=label]')).toContainText('1000000000');
    // The documentation's generated example comes from the same bounded generator (its own sampler froze the page).
    await hostile.preview.open();
    const examples = hostile.preview.root.locator('.examples').first();
    await examples.getByRole('button', { name: 'Payload' }).click();
    await expect(examples).toContainText('"samples"');
    await expect(examples).toContainText('This example has been generated automatically.');
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
    // One problem at the $ref (alone, or inside a workspace of several documents), saying why.
    await expect(hostile.problems.errorAt(12)).toHaveCount(1);
    await expect(hostile.problems.errorAt(12)).toContainText(/never reads (files from )?your disk/);
    await expect(hostile.problems.list).not.toContainText('root:');
    await hostile.expectTypingWorks();
  });

  test('a 2.x pattern that backtracks (`^(a+)+$` against "aaaa…!") leaves the analysis working: its other problems show', async ({ page }, testInfo) => {
    // 20 lines; JavaScript's RegExp takes about 2^40 steps on this example (the parser's own example rule).
    const path = testInfo.outputPath('redos.yaml');
    writeFileSync(path, [
      "asyncapi: '2.6.0'",
      'info:',
      '  title: Backtracking',
      'channels:',
      '  users:',
      '    publish:',
      '      message:',
      '        name: UserSignedUp',
      '        payload:',
      '          type: object',
      '          properties:',
      '            id:',
      '              type: string',
      "              pattern: '^(a+)+$'",
      '            age:',
      '              type: integer',
      '        examples:',
      '          - payload:',
      `              id: ${'a'.repeat(40)}!`,
      '              age: 3',
      '',
    ].join('\n'));
    await hostile.open(path);
    await hostile.expectSettled('invalid');
    await test.step('the missing info.version is shown, and the example is checked on the linear engine', async () => {
      await expect(hostile.problems.list.locator('[data-code="asyncapi-document-resolved"]')).toContainText('"version"');
      const example = hostile.problems.list.locator('[data-code="asyncapi2-message-examples"]');
      await expect(example).toContainText('must match pattern "^(a+)+$"');
      await expect(example).toHaveAttribute('data-line', '19');
      await expect(example).toHaveAttribute('data-severity', 'error');
    });
    await expect(page.getByTestId('status')).not.toHaveAttribute('data-state', 'failed');
    await hostile.expectTypingWorks();
  });

  test('an example check that takes too long is stopped; the parser’s verdict stays, with one row saying so', async ({}, testInfo) => {
    // uniqueItems over 60,000 objects: each pair compared (1.8 billion comparisons), minutes of work for the
    // validator on any machine (not for the parser).
    test.setTimeout(120_000);
    const path = testInfo.outputPath('slow-example.yaml');
    const items = Array.from({ length: 60_000 }, (_, i) => `{n: ${i}}`).join(', ');
    writeFileSync(path, [
      'asyncapi: 3.1.0',
      'info:',
      '  title: Slow example',
      'channels:',
      '  c:',
      '    messages:',
      '      m:',
      '        payload: { type: array, uniqueItems: true, items: { type: object } }',
      '        examples:',
      `          - payload: [${items}]`,
      '',
    ].join('\n'));
    await hostile.open(path);
    await hostile.expectSettled('invalid');
    await expect(hostile.problems.list.locator('[data-code="asyncapi-document-resolved"]')).toContainText('"version"');
    const unfinished = hostile.problems.list.locator('[data-code="example-check-unfinished"]');
    await expect(unfinished).toContainText('The example check took longer than 10 s and was stopped', { timeout: 60_000 });
    await expect(unfinished).toHaveAttribute('data-severity', 'warning');
    await expect(hostile.problems.status).toHaveAttribute('data-state', 'invalid');
    await hostile.expectTypingWorks();
  });

  test('script, onerror, javascript:, iframe and SVG payloads in descriptions never run', async ({ page }) => {
    await hostile.preview.open();
    await hostile.open(fixture('markdown-payloads.yaml'));
    await expect(hostile.editor.root).toContainText('Markdown payloads');
    await hostile.expectSettled('valid');
    // The payloads' descriptions are on screen (the component renders each in a `.prose` box): the text
    // around each attack rendered, the attack did not.
    await expect(hostile.preview.root).toContainText('Markdown payloads', { timeout: 45_000 });
    const descriptions = hostile.preview.root.locator('.prose');
    await expect(descriptions.filter({ hasText: 'click me' }).first()).toBeVisible();
    const dataLink = descriptions.locator('a', { hasText: 'data link' });
    await expect(dataLink).toBeVisible();
    await expect(descriptions.locator('script, iframe, object, embed, [onerror], [onload], [onclick]')).toHaveCount(0);
    await expect(descriptions.locator('[href^="javascript:" i], [href^="data:" i], [src^="javascript:" i], [src="x"], [srcdoc]')).toHaveCount(0);
    const studioUrl = page.url();
    await dataLink.click();
    expect(page.url()).toBe(studioUrl);
    await hostile.expectTypingWorks();
  });

  test('nothing from a description covers the studio: clicks over the editor and toolbar reach the studio', async ({ page, context }) => {
    const title = await page.title();
    await hostile.preview.open();
    await hostile.open(fixture('overlay.yaml'));
    await hostile.expectSettled('valid');
    await expect(hostile.preview.root).toContainText('Overlay attempts render here.', { timeout: 45_000 });
    // The attempts are in the descriptions (the component's `.prose` boxes) as text, not as what they tried to be.
    const descriptions = hostile.preview.root.locator('.prose');
    await expect(descriptions.filter({ hasText: 'channel overlay' })).toHaveCount(1);
    await expect(descriptions.filter({ hasText: 'Password' })).toHaveCount(1);
    await expect(descriptions.locator('style, form, input, button, select, textarea, dialog, title, [popover], [style], [class]')).toHaveCount(0);
    const hits = await hostile.hitsOverEditorAndToolbar();
    expect(hits.length).toBe(30);
    expect(hits.filter((hit) => hit.region === 'preview' || hit.region === 'elsewhere')).toEqual([]);
    expect(await page.title()).toBe(title);
    // A click in the middle of the editor opens nothing and lands in the editor.
    const pagesBefore = context.pages().length;
    await hostile.expectTypingWorks();
    expect(context.pages().length).toBe(pagesBefore);
  });
});
