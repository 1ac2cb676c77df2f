import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';

const BARE = `asyncapi: 3.0.0
info:
  title: Orders API
  version: 1.0.0
channels:
  orders:
    address: orders
    messages:
      placed:
        payload:
          type: object
operations:
  receiveOrder:
    action: receive
    channel:
      $ref: '#/channels/orders'
`;

const DESCRIBED = BARE.replace('  version: 1.0.0\n', '  version: 1.0.0\n  description: Orders placed in the shop, as they happen.\n');

const RULESET = `extends: spectral:asyncapi
rules:
  title-without-api:
    description: Titles do not say API
    message: "The title should not say API: {{value}}"
    severity: warn
    given: $.info.title
    then:
      function: pattern
      functionOptions:
        notMatch: "API"
  typo-rule:
    given: $.info
    then:
      function: notAFunction
`;

test.describe('governance: rules beyond the parser', () => {
  test('the quality score rises when a description is added', async ({ page, editor, problems }) => {
    await page.goto('/');
    await editor.ready();
    await editor.replaceText(BARE);
    await problems.expectValid();
    await page.getByTestId('show-quality').click();
    const score = page.getByTestId('score');
    await expect(score).toHaveAttribute('data-score', /\d+/);
    const before = Number(await score.getAttribute('data-score'));
    await expect(problems.rows.filter({ hasText: 'description' }).first()).toBeVisible();
    await editor.replaceText(DESCRIBED);
    await expect.poll(async () => Number(await score.getAttribute('data-score'))).toBeGreaterThan(before);
  });

  test('a .spectral.yaml beside the document applies its rules; a mistake in it shows at its line there', async ({ page, editor, problems, workspace, files }) => {
    await page.goto('/');
    await editor.ready();
    await editor.replaceText(BARE);
    await problems.expectValid();
    const dir = await mkdtemp(join(tmpdir(), 'studio-ruleset-'));
    await writeFile(join(dir, '.spectral.yaml'), RULESET);
    await files.open(join(dir, '.spectral.yaml'));
    await expect(problems.rows.filter({ hasText: 'notAFunction' })).toHaveAttribute('data-line', '15');
    await workspace.tab('asyncapi.yaml').click();
    const custom = problems.rows.filter({ hasText: 'The title should not say API: Orders API' });
    await expect(custom).toHaveAttribute('data-line', '3');
    // Rules never change the verdict: the document is valid AsyncAPI with a warning from the ruleset.
    await problems.expectValid();
  });

  test('a .spectral.yaml in an opened folder applies to the documents of that folder', async ({ page, editor, problems, fileTree }) => {
    const dir = await mkdtemp(join(tmpdir(), 'studio-ruleset-folder-'));
    await writeFile(join(dir, 'orders.yaml'), BARE);
    await writeFile(join(dir, '.spectral.yaml'), RULESET);
    await page.goto('/');
    await editor.ready();
    await fileTree.openFolder(dir);
    await fileTree.open('orders.yaml');
    await problems.expectValid();
    const custom = problems.rows.filter({ hasText: 'The title should not say API: Orders API' });
    await expect(custom).toHaveAttribute('data-line', '3');
    await expect(custom).toHaveAttribute('data-source', 'custom');
    // The ruleset's own mistake is shown in the ruleset file, at its line.
    await fileTree.open('.spectral.yaml');
    await expect(problems.rows.filter({ hasText: 'notAFunction' })).toHaveAttribute('data-line', '15');
  });

  test('the SARIF report downloads as SARIF 2.1.0 with the rule problems at their lines', async ({ page, editor, problems, files }) => {
    await page.goto('/');
    await editor.ready();
    await editor.replaceText(BARE);
    await problems.expectValid();
    await page.getByTestId('show-quality').click();
    await expect(page.getByTestId('score')).toBeVisible();
    const report = await files.download(() => page.getByTestId('report-sarif').click());
    const sarif = JSON.parse(await readFile(report.path, 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    const results = sarif.runs[0].results as Array<{ ruleId: string; locations: Array<{ physicalLocation: { region: { startLine: number } } }> }>;
    expect(results.find((r) => r.ruleId === 'asyncapi-info-description')?.locations[0]?.physicalLocation.region.startLine).toBe(2);
  });
});
