import { corpusFile, expect, test } from './fixtures';
import { ConvertDialogPage } from './pages/ConvertDialogPage';
import { StudioFiles } from './pages/StudioFiles';

test.describe('conversion between spec versions', () => {
  test.beforeEach(async ({ page, editor }) => {
    await page.goto('/');
    await editor.ready();
  });

  test('a 2.6 document converts to the newest version (3.1.0, preselected) after a side-by-side look, and undo brings 2.6 back', async ({ page, editor, problems }) => {
    const files = new StudioFiles(page);
    const convert = new ConvertDialogPage(page);
    await files.open(corpusFile('spec-examples/2.6.0/streetlights-kafka.yml'));
    await problems.expectValid();
    await expect(problems.status).toHaveText(/Valid AsyncAPI 2\.6\.0/);
    await expect(page.getByTestId('upgrade-hint')).toHaveText('Upgrade to 3.1.0');

    await convert.openButton.click();
    await expect(convert.dialog).toBeVisible();
    await expect(convert.target).toHaveValue('3.1.0');
    await expect(convert.perspective).toContainText('The document describes my application');
    await expect(convert.diffEditor).toBeVisible();
    // Nothing has changed yet: the editor still holds the 2.6 text.
    await expect(editor.root).toContainText("asyncapi: '2.6.0'");
    await expect(convert.diff).toContainText('asyncapi: 3.1.0');
    await expect(convert.check).toHaveAttribute('data-state', 'valid');
    await expect(convert.check).toHaveText('The converted document is valid AsyncAPI 3.1.0.');

    await convert.apply.click();
    await expect(convert.dialog).toBeHidden();
    await problems.expectValid();
    await expect(problems.status).toHaveText(/Valid AsyncAPI 3\.1\.0/);
    await expect(editor.root).toContainText('asyncapi: 3.1.0');
    await expect(page.getByTestId('upgrade-hint')).toHaveCount(0);

    await editor.focus();
    await page.keyboard.press('ControlOrMeta+Z');
    await expect(editor.root).toContainText("asyncapi: '2.6.0'");
    await expect(problems.status).toHaveText(/Valid AsyncAPI 2\.6\.0/);
  });

  test('an upgrade whose result is invalid says so before Apply, with each problem at its line in the new text', async ({ page, editor, problems }) => {
    const convert = new ConvertDialogPage(page);
    await new StudioFiles(page).open(corpusFile('parser/nested-schemas.yaml'));
    await problems.expectValid();
    await expect(page.getByTestId('upgrade-hint')).toHaveText('Upgrade to 3.1.0');
    await page.getByTestId('upgrade-hint').click();
    await expect(convert.diffEditor).toBeVisible();
    await test.step('the problems of the converted text are listed', async () => {
      await expect(convert.check).toHaveAttribute('data-state', 'invalid');
      await expect(convert.check).toContainText('The converted document would not be valid AsyncAPI 3.1.0: 1 error');
      await expect(convert.problems).toHaveCount(1);
      const problem = convert.problems.first();
      await expect(problem).toHaveAttribute('data-code', 'asyncapi3-channel-parameters');
      await expect(problem).toHaveAttribute('data-severity', 'error');
      await expect(problem).toContainText('testParam1');
    });
    await test.step('Apply writes it anyway, and the editor shows the same problem at the same line', async () => {
      const line = await convert.problems.first().getAttribute('data-line');
      await expect(convert.apply).toBeEnabled();
      await convert.apply.click();
      await expect(convert.dialog).toBeHidden();
      await expect(editor.root).toContainText('asyncapi: 3.1.0');
      await problems.expectInvalid();
      await expect(problems.rows.and(page.locator('[data-code="asyncapi3-channel-parameters"]'))).toHaveAttribute('data-line', line!);
    });
  });

  test('the upgrade hint opens the dialog, and the chosen point of view decides send or receive', async ({ page, problems }) => {
    const convert = new ConvertDialogPage(page);
    const files = new StudioFiles(page);
    await files.open(corpusFile('spec-examples/2.6.0/streetlights-kafka.yml'));
    await problems.expectValid();
    await page.getByTestId('upgrade-hint').click();
    await expect(convert.diffEditor).toBeVisible();
    await convert.perspective.getByText('The document describes what clients do').click();
    await expect(convert.diffEditor).toBeVisible();
    await convert.apply.click();
    await expect(problems.status).toHaveText(/Valid AsyncAPI 3\.1\.0/);
    // streetlights subscribes to lightMeasured: seen from its clients, they send it.
    const saved = await files.download(() => files.downloadButton.click());
    expect(saved.bytes.toString('utf8')).toMatch(/receiveLightMeasurement:\n\s+action: send/);
  });

  test('Escape closes the dialog and nothing changes', async ({ page, editor, problems }) => {
    const convert = new ConvertDialogPage(page);
    await new StudioFiles(page).open(corpusFile('spec-examples/2.6.0/streetlights-kafka.yml'));
    await problems.expectValid();
    await convert.openButton.click();
    await expect(convert.diffEditor).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(convert.dialog).toBeHidden();
    await expect(convert.openButton).toBeFocused();
    await expect(editor.root).toContainText("asyncapi: '2.6.0'");
  });

  test('a document the converter cannot read shows why, and the text is untouched', async ({ page, editor, problems }) => {
    const convert = new ConvertDialogPage(page);
    const broken = "asyncapi: '2.6.0'\ninfo:\n  title: [Half written\n";
    await editor.replaceText(broken);
    await problems.expectInvalid();
    await page.keyboard.press('ControlOrMeta+Shift+U');
    await expect(convert.dialog).toBeVisible();
    await expect(convert.error).toContainText('The document was not converted');
    await expect(convert.error).toContainText('YAML could not be read');
    await expect(convert.apply).toBeDisabled();
    await page.keyboard.press('Escape');
    await expect(convert.dialog).toBeHidden();
    await expect(editor.root).toContainText('title: [Half written');
    await problems.expectInvalid();
  });

  test('YAML to JSON and back keeps the document valid, each one undoable', async ({ page, editor, problems }) => {
    const swap = page.getByTestId('format-swap');
    await problems.expectValid();
    await expect(swap).toHaveText('To JSON');
    await swap.click();
    await expect(swap).toHaveText('To YAML');
    await expect(editor.root).toContainText('"asyncapi": "3.1.0"');
    await problems.expectValid();
    await swap.click();
    await expect(swap).toHaveText('To JSON');
    await expect(editor.root).toContainText('asyncapi: 3.1.0');
    await problems.expectValid();
    await editor.focus();
    await page.keyboard.press('ControlOrMeta+Z');
    await expect(editor.root).toContainText('"asyncapi": "3.1.0"');
    await expect(swap).toHaveText('To YAML');
  });

  test('Format Document (Shift+Alt+F) re-indents YAML and keeps its comments and anchors', async ({ page, editor, problems }) => {
    await editor.replaceText("asyncapi: 3.0.0\ninfo:\n    title: Flowing     # the title\n    version: '1.0.0'\nx-base: &base {type:   string}\nx-use:    *base\n");
    await problems.expectValid();
    await editor.focus();
    await page.keyboard.press('Shift+Alt+F');
    // The flow map's new spacing shows the format ran; the comment, anchor and alias are still there.
    await expect(editor.root).toContainText('x-base: &base { type: string }');
    await expect(editor.root).toContainText('title: Flowing # the title');
    await expect(editor.root).toContainText('x-use: *base');
    await problems.expectValid();
  });
});
