import { corpusFile, expect, test } from './fixtures';
import { LabPage } from './pages/LabPage';

test.describe('message lab', () => {
  test.beforeEach(async ({ page, editor }) => {
    await page.goto('/');
    await editor.ready();
  });

  test('an Avro payload: generate a valid example, break a field, see the violation at its path', async ({ page, problems }) => {
    const lab = new LabPage(page);
    await page.getByTestId('open-file-input').setInputFiles(corpusFile('cli/specification-avro.yml'));
    await problems.expectValid();
    await lab.open();
    await expect(page.getByTestId('lab-schema-format')).toHaveText('Apache Avro');
    await test.step('generate an example: it is valid', async () => {
      await page.getByTestId('lab-generate').click();
      await expect(page.getByTestId('lab-payload')).toContainText('displayName');
      await expect(lab.payloadResult).toHaveAttribute('data-state', 'valid');
    });
    await test.step('break a field', async () => {
      await lab.setPayload('{\n  "displayName": 42,\n  "email": "someone@example.com"\n}');
      await expect(lab.payloadResult).toHaveAttribute('data-state', 'invalid');
      await expect(lab.violations).toHaveCount(1);
      await expect(lab.violations.first()).toHaveAttribute('data-path', 'displayName');
      await expect(lab.violations.first()).toContainText('line 2');
      await expect(page.getByTestId('lab-payload').locator('.squiggly-error')).toHaveCount(1);
    });
  });

  test('a payload whose lists want unique items: the generated example has distinct ones and is valid', async ({ page, editor, problems }) => {
    const lab = new LabPage(page);
    await editor.replaceText(
      [
        'asyncapi: 3.0.0',
        'info:',
        '  title: Tagged parcels',
        '  version: 1.0.0',
        'channels:',
        '  parcels:',
        '    messages:',
        '      tagged:',
        '        payload:',
        '          type: object',
        '          required: [tags, stops]',
        '          properties:',
        '            tags:',
        '              type: array',
        '              uniqueItems: true',
        '              minItems: 3',
        '              items: { type: string }',
        '            stops:',
        '              type: array',
        '              uniqueItems: true',
        '              minItems: 2',
        '              items:',
        '                type: object',
        '                properties:',
        '                  depot: { const: north }',
        '                  sequence: { type: integer, minimum: 1 }',
        'operations:',
        '  sendTagged:',
        '    action: send',
        '    channel: { $ref: "#/channels/parcels" }',
        '',
      ].join('\n'),
    );
    await problems.expectValid();
    await lab.open();
    await page.getByTestId('lab-generate').click();
    await expect(page.getByTestId('lab-payload')).toContainText('string3');
    await expect(lab.payloadResult).toHaveAttribute('data-state', 'valid');
  });

  test('a JSON Schema payload with a broken required field and enum', async ({ page, problems }) => {
    const lab = new LabPage(page);
    await problems.expectValid();
    await lab.open();
    const select = page.getByTestId('lab-message-select');
    const delivered = await select.locator('option', { hasText: 'ParcelDelivered' }).getAttribute('value');
    await select.selectOption(delivered!);
    await expect(lab.payloadResult).toHaveAttribute('data-state', 'valid');
    await lab.setPayload('{ "deliveredAt": "2024-01-01T10:00:00Z", "proofOfDelivery": "smile" }');
    await expect(lab.payloadResult).toHaveAttribute('data-state', 'invalid');
    await expect(lab.panel.locator('[data-testid="lab-violation"][data-path="parcelId"]')).toContainText('missing');
    await expect(lab.panel.locator('[data-testid="lab-violation"][data-path="proofOfDelivery"]')).toContainText('signature');
  });

  test('a document example that breaks its schema shows in the problems panel at its line', async ({ editor, problems }) => {
    await problems.expectValid();
    // Line 113 of the built-in document is `latitude: 52.3702` inside a message example.
    await editor.goToLine(113);
    await expect(editor.cursorPosition).toHaveText(/^Ln 113,/);
    await editor.type(' north');
    await expect(problems.rows.filter({ hasText: 'does not match its payload schema' })).toHaveAttribute('data-line', '113');
    await expect(problems.rows.filter({ hasText: 'does not match its payload schema' })).toHaveAttribute('data-severity', 'warning');
  });
});
