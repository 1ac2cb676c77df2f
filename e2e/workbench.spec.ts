import { expect, test } from './fixtures';
import { PROBLEM_DOCUMENT } from './support/workbenchDocuments';

test.describe('the workbench layout', () => {
  test('drag the splitter between the editor and the side panels; a reload keeps the size and the open panel', async ({ page, editor, preview, workbench }) => {
    test.slow(); // two loads of the studio
    await page.goto('/');
    await editor.ready();
    await preview.open();
    const before = await workbench.width(workbench.sidePane);
    await workbench.drag(workbench.splitter('editor-side'), -180, 0);
    await expect.poll(() => workbench.width(workbench.sidePane)).toBeGreaterThan(before + 150);
    const dragged = await workbench.width(workbench.sidePane);

    await page.reload();
    await editor.ready();
    await expect(preview.root).toBeVisible();
    await expect(preview.toggle).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(() => workbench.width(workbench.sidePane)).toBeCloseTo(dragged, -1);

    await test.step('double-click puts the splitter back; arrow keys move it', async () => {
      await workbench.splitter('editor-side').dblclick();
      await expect.poll(() => workbench.width(workbench.sidePane)).toBeCloseTo(before, -1);
      await workbench.splitter('editor-side').focus();
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('ArrowLeft');
      await expect.poll(() => workbench.width(workbench.sidePane)).toBeGreaterThan(before + 20);
    });
  });

  test('side panels open as tabs of one pane; a tab moves to a second pane below, and the arrangement is remembered', async ({ page, editor, preview, visualizer, workbench }) => {
    test.slow(); // two loads of the studio, with the graph
    await page.goto('/');
    await editor.ready();
    await preview.open();
    await visualizer.open();
    await expect(workbench.sideTabs).toHaveCount(2);
    await expect(workbench.tab('visualizer')).toHaveAttribute('aria-selected', 'true');
    await expect(preview.root).toBeHidden();

    await test.step('the toolbar brings a tab behind to the front instead of closing it', async () => {
      await preview.toggle.click();
      await expect(preview.root).toBeVisible();
      await expect(visualizer.panel).toBeHidden();
      await expect(visualizer.toggle).toHaveAttribute('aria-pressed', 'true');
    });

    await test.step('the keyboard moves between tabs', async () => {
      await workbench.tab('preview').focus();
      await page.keyboard.press('ArrowRight');
      await expect(workbench.tab('visualizer')).toBeFocused();
      await expect(visualizer.panel).toBeVisible();
    });

    await test.step('split: the shown panel moves to a pane below, both show', async () => {
      await page.getByTestId('side-pane-move').first().click();
      await expect(page.getByTestId('side-pane')).toHaveCount(2);
      await expect(preview.root).toBeVisible();
      await expect(visualizer.panel).toBeVisible();
      await expect(page.locator('[data-testid="side-pane"][data-pane="lower"]')).toContainText('Visualizer');
    });

    await page.reload();
    await editor.ready();
    await expect(page.getByTestId('side-pane')).toHaveCount(2);
    await expect(preview.root).toBeVisible();
    await expect(visualizer.nodes.first()).toBeVisible();

    await test.step('closing the lower pane’s only tab joins the panes again', async () => {
      await page.locator('[data-testid="side-pane"][data-pane="lower"]').getByTestId('side-pane-close').click();
      await expect(page.getByTestId('side-pane')).toHaveCount(1);
      await expect(visualizer.toggle).toHaveAttribute('aria-pressed', 'false');
      await expect(preview.root).toBeVisible();
    });
  });

  test('the sidebar folds and unfolds from the toolbar and with Ctrl+B', async ({ page, editor }) => {
    await page.goto('/');
    await editor.ready();
    const sidebar = page.getByTestId('sidebar');
    const toggle = page.getByTestId('toggle-sidebar');
    await expect(page.getByTestId('explorer-document')).toHaveCount(1);
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await expect.poll(async () => (await sidebar.boundingBox())?.width ?? 0).toBeLessThan(2);
    await page.keyboard.press('Control+B');
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(async () => (await sidebar.boundingBox())?.width ?? 0).toBeGreaterThan(150);
  });

  for (const size of [
    { width: 1024, height: 768 },
    { width: 768, height: 1024 },
  ]) {
    test(`a ${size.width} px window keeps the editor, a side panel, the problems and every toolbar control usable`, async ({ page, editor, preview, problems }) => {
      await page.setViewportSize(size);
      await page.goto('/');
      await editor.ready();
      await preview.open();
      await expect(problems.rows.first()).toBeVisible();
      for (const region of [editor.root, preview.root, problems.list]) {
        const box = await region.boundingBox();
        expect(box!.width).toBeGreaterThan(240);
        expect(box!.x + box!.width).toBeLessThanOrEqual(size.width + 1);
      }
      const buttons = page.locator('header.toolbar button');
      for (const button of await buttons.all()) {
        await expect(button).toBeInViewport({ ratio: 1 });
      }
      await editor.goToLine(3);
      await editor.type(' edited');
      await expect(editor.root).toContainText('edited');
    });
  }
});

test.describe('the problems panel', () => {
  test('sized to its content, collapses and expands, filters by severity and by text', async ({ page, editor, problems, workbench }) => {
    await page.goto('/');
    await editor.ready();
    await problems.expectValid();
    // The default document has only the catalogue's advice; narrowed to one row, the panel is one row high.
    await workbench.problemsSearch.fill('asyncapi-id');
    await expect(problems.rows).toHaveCount(1);
    await expect.poll(() => workbench.height(workbench.problemsPane)).toBeLessThan(120);
    const oneRow = await workbench.height(workbench.problemsPane);
    await workbench.problemsSearch.fill('');

    await editor.replaceText(PROBLEM_DOCUMENT);
    await problems.expectInvalid();
    await expect(workbench.severityFilter('warning')).not.toHaveAttribute('data-count', '0');
    await expect.poll(() => workbench.height(workbench.problemsPane)).toBeGreaterThan(oneRow + 60);
    await expect(page.getByTestId('status')).toHaveAttribute('data-rules', 'done');
    const rows = await problems.rows.count();
    // More rows than it shows: following its content, the panel stops at about eight rows.
    expect(rows).toBeGreaterThan(8);
    expect(await workbench.height(workbench.problemsPane)).toBeLessThanOrEqual(211);

    await test.step('collapse and expand', async () => {
      await workbench.problemsToggle.click();
      await expect(workbench.problemsToggle).toHaveAttribute('aria-expanded', 'false');
      await expect.poll(() => workbench.height(workbench.problemsPane)).toBeLessThan(40);
      await expect(problems.rows.first()).not.toBeInViewport();
      await page.keyboard.press('Control+J');
      await expect(workbench.problemsToggle).toHaveAttribute('aria-expanded', 'true');
      await expect(problems.rows.first()).toBeInViewport();
    });

    await test.step('filter by severity: the count stays, the rows go', async () => {
      const warnings = Number(await workbench.severityFilter('warning').getAttribute('data-count'));
      await workbench.severityFilter('warning').click();
      await expect(workbench.severityFilter('warning')).toHaveAttribute('aria-pressed', 'false');
      await expect(problems.rows).toHaveCount(rows - warnings);
      await expect(problems.list.locator('[data-severity="warning"]')).toHaveCount(0);
      // The editor follows the same choice: no warning squiggles while warnings are hidden.
      await expect(editor.root.locator('.squiggly-warning')).toHaveCount(0);
      await workbench.severityFilter('warning').click();
      await expect(editor.root.locator('.squiggly-warning').first()).toBeAttached();
      await expect(problems.rows).toHaveCount(rows);
    });

    await test.step('filter by text (message, code or file)', async () => {
      await workbench.problemsSearch.fill('contact');
      await expect(problems.rows).toHaveCount(1);
      await expect(problems.rows).toHaveAttribute('data-code', 'asyncapi-info-contact');
      await workbench.problemsSearch.fill('no such problem');
      await expect(problems.rows).toHaveCount(0);
      await expect(page.getByTestId('problems-all-filtered')).toBeVisible();
      await workbench.problemsSearch.fill('');
      await expect(problems.rows).toHaveCount(rows);
    });

    await test.step('rows name their file, code and source', async () => {
      const error = problems.errorAt(12);
      await expect(error).toHaveAttribute('data-file', 'asyncapi.yaml');
      await expect(error).toHaveAttribute('data-source', 'parser');
      await expect(error).toHaveAttribute('data-code', /.+/);
    });
  });

  test('F8 and Shift+F8 go from problem to problem; the arrow keys move along the list', async ({ page, editor, problems, workbench }) => {
    await page.goto('/');
    await editor.ready();
    await editor.replaceText(PROBLEM_DOCUMENT);
    await problems.expectInvalid();
    // The rules pass adds its rows after the parser's: read the list once it is complete.
    await expect(problems.status).toHaveAttribute('data-rules', 'done');
    const index = await problems.rows.evaluateAll((rows) => rows.findIndex((r) => r.getAttribute('data-severity') === 'error' && r.getAttribute('data-line') === '12'));
    await problems.errorAt(12).focus();
    await page.keyboard.press('ArrowDown');
    await expect(problems.rows.nth(index + 1)).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(problems.errorAt(12)).toBeFocused();

    // Outside the editor, F8 is the studio's: the next problem after the cursor, then back with Shift+F8.
    const lines = [...new Set(await problems.rows.evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-line')))))].sort((a, b) => a - b);
    const next = lines.find((line) => line > 5)!;
    const previous = lines.filter((line) => line < next).at(-1)!;
    await editor.goToLine(5);
    await workbench.problemsSearch.focus();
    await page.keyboard.press('F8');
    await expect(editor.cursorPosition).toHaveText(new RegExp(`^Ln ${next},`));
    await workbench.problemsSearch.focus();
    await page.keyboard.press('Shift+F8');
    await expect(editor.cursorPosition).toHaveText(new RegExp(`^Ln ${previous},`));
  });

  test('a catalogue rule explains itself and turns off from its row; a fixable problem offers the editor’s quick fix', async ({ page, editor, problems, workbench }) => {
    await page.goto('/');
    await editor.ready();
    await editor.replaceText(PROBLEM_DOCUMENT.replace('  version: 1.0.0\n', ''));
    await problems.expectInvalid();
    const row = problems.list.locator('li', { has: page.locator('[data-testid="problem"][data-code="asyncapi-info-contact"]') });
    await row.getByTestId('problem-explain').click();
    await expect(row.getByTestId('rule-explanation')).toContainText('contact');
    await expect(row.getByTestId('rule-explanation').locator('pre')).toHaveCount(4);
    await row.getByTestId('problem-rule-off').click();
    await workbench.openSettings();
    await expect(workbench.settings.locator('[data-testid="settings-rule"][data-rule="asyncapi-info-contact"] select')).toHaveValue('off');
    await workbench.closeSettings();

    await test.step('quick fix: the editor’s own menu, at the problem', async () => {
      const missing = problems.list.locator('li', { has: page.locator('[data-testid="problem"][data-severity="error"]', { hasText: 'version' }) });
      await missing.getByTestId('problem-fix').click();
      await expect(page.locator('.context-view .action-widget').first()).toContainText('Add the missing “version”');
      await page.keyboard.press('Enter');
      await expect(editor.root).toContainText("version: '1.0.0'");
    });
  });

  test('a blocked remote $ref offers to allow its host', async ({ page, editor, problems, workbench }) => {
    await page.goto('/');
    await editor.ready();
    await editor.replaceText(PROBLEM_DOCUMENT.replace('          type: object', "          $ref: 'https://schemas.invalid/user.json'"));
    const blocked = problems.list.locator('li', { has: page.locator('[data-testid="problem"][data-code="external-ref-not-fetched"]') });
    await expect(blocked.getByTestId('problem-allow-origin')).toHaveText('Allow schemas.invalid');
    await blocked.getByTestId('problem-allow-origin').click();
    await workbench.openSettings();
    await expect(workbench.settings.getByTestId('settings-origin')).toHaveAttribute('data-origin', 'https://schemas.invalid');
  });
});
