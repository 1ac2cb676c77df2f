import { corpusFile, expect, test } from './fixtures';

test.describe('live analysis', () => {
  test.beforeEach(async ({ page, editor }) => {
    await page.goto('/');
    await editor.ready();
  });

  test('the built-in example document is valid', async ({ problems, editor }) => {
    await problems.expectValid();
    await expect(problems.status).toHaveText(/Valid AsyncAPI 3\.1\.0/);
    await expect(editor.root).toContainText('Parcel Tracking Events');
    await expect(problems.errors()).toHaveCount(0);
  });

  test('a YAML syntax error shows at its line with a squiggle, and fixing it returns to valid', async ({ page, editor, problems }) => {
    await problems.expectValid();
    await test.step('break line 3', async () => {
      await editor.goToLine(3);
      await editor.type(': y');
    });
    await test.step('see the error row, the squiggle and the status', async () => {
      await problems.expectInvalid();
      await expect(problems.errorAt(3)).toContainText('YAML syntax error');
      await expect(editor.errorSquiggles.first()).toBeVisible();
      await expect(problems.status).toHaveText(/1 error/);
    });
    await test.step('delete what broke it', async () => {
      for (let i = 0; i < 3; i++) await page.keyboard.press('Backspace');
      await problems.expectValid();
      await expect(problems.errors()).toHaveCount(0);
    });
  });

  test('a schema error (action: publish in a 3.0 operation) shows at its line', async ({ editor, problems }) => {
    const text = `asyncapi: 3.0.0
info:
  title: Broken action
  version: 1.0.0
channels:
  lights:
    address: lights
operations:
  switchLight:
    action: publish
    channel:
      $ref: '#/channels/lights'
`;
    await editor.replaceText(text);
    await problems.expectInvalid();
    await expect(problems.errorAt(10)).toBeVisible();
    await expect(editor.errorSquiggles.first()).toBeVisible();
  });

  test('clicking a problem puts the cursor on its line', async ({ editor, problems }) => {
    await editor.goToLine(3);
    await editor.type(': y');
    await problems.errorAt(3).click();
    await expect(editor.cursorPosition).toHaveText(/^Ln 3,/);
    await editor.goToLine(1);
    await expect(editor.cursorPosition).toHaveText(/^Ln 1,/);
    await problems.errorAt(3).click();
    await expect(editor.cursorPosition).toHaveText(/^Ln 3,/);
  });

  for (const [label, file, version] of [
    ['a JSON document', 'cli/specification.json', '2.2.0'],
    ['a 2.6.0 document', 'spec-examples/2.6.0/streetlights-kafka.yml', '2.6.0'],
    ['a document with Avro payloads', 'cli/specification-avro.yml', '2.2.0'],
    ['a 3.0.0 corpus document', 'spec-examples/3.0.0/streetlights-kafka-asyncapi.yml', '3.0.0'],
  ] as const) {
    test(`${label} opened from disk is analysed as valid`, async ({ page, problems, editor }) => {
      await page.getByTestId('open-file-input').setInputFiles(corpusFile(file));
      await expect(problems.status).toHaveText(new RegExp(`Valid AsyncAPI ${version.replace(/\./g, '\\.')}`));
      await expect(problems.errors()).toHaveCount(0);
      await expect(editor.root).toContainText('asyncapi');
    });
  }

  test('a corpus document the reference parser rejects is invalid here too', async ({ page, problems }) => {
    await page.getByTestId('open-file-input').setInputFiles(corpusFile('cli/specification-invalid.yml'));
    await problems.expectInvalid();
    await expect(problems.errors().first()).toBeVisible();
  });

  test('the text survives a reload', async ({ page, editor, problems }) => {
    await editor.goToLine(3);
    await editor.type(' (edited)');
    await expect(page.getByTestId('storage-status')).toHaveAttribute('data-state', 'saved');
    await page.reload();
    await editor.ready();
    await expect(editor.root).toContainText('Parcel Tracking Events (edited)');
    await problems.expectValid();
  });

  test('a payload in Avro or in another AsyncAPI version is read, and an Avro example checked (their parts load when needed)', async ({ editor, problems }) => {
    await problems.expectValid();
    const lines = [
      'asyncapi: 3.0.0',
      'info: {title: Formats on demand, version: "1"}',
      'components:',
      '  messages:',
      '    reading:',
      '      payload:',
      '        schemaFormat: application/vnd.apache.avro;version=1.9.0',
      '        schema: {type: record, name: Reading, fields: [{name: lumens, type: int}]}',
      '      examples:',
      '        - payload: {lumens: bright}',
      '    legacy:',
      '      payload:',
      '        schemaFormat: application/vnd.aai.asyncapi;version=2.6.0',
      '        schema: {type: object, properties: {id: {type: integer}}}',
    ];
    await editor.replaceText(`${lines.join('\n')}\n`);
    const example = problems.list.locator('[data-testid="problem"][data-code="message-example"]');
    await expect(example).toHaveCount(1);
    await expect(example).toHaveAttribute('data-line', String(lines.indexOf('        - payload: {lumens: bright}') + 1));
    await expect(example).not.toContainText('not loaded');
    await expect(problems.errors()).toHaveCount(0);
    // A 2.6.0 payload schema that breaks that version's rules is caught with its schema.
    await editor.replaceText(`${lines.join('\n').replace('{id: {type: integer}}', '{id: {type: 12}}')}\n`);
    await problems.expectInvalid();
  });

  test('no request leaves the page’s own origin', async ({ page, problems, editor, outsideRequests }) => {
    await problems.expectValid();
    await page.getByTestId('open-file-input').setInputFiles(corpusFile('cli/specification-avro.yml'));
    await problems.expectValid();
    await editor.replaceText('asyncapi: 3.0.0\ninfo: {title: r, version: "1"}\ncomponents:\n  schemas:\n    a:\n      $ref: "https://example.com/schema.json"\n');
    await expect(problems.status).not.toHaveAttribute('data-state', 'analyzing');
    expect(outsideRequests).toEqual([]);
  });
});
