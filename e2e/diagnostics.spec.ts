import { DEFAULT_DOCUMENT } from '../lib/defaultDocument';
import { corpusFile, expect, test } from './fixtures';
import { StudioFiles } from './pages/StudioFiles';

/** The default document with one line's text replaced (1-based line, the whole line). */
function withLine(line: number, replace: (text: string) => string): string {
  const lines = DEFAULT_DOCUMENT.split('\n');
  lines[line - 1] = replace(lines[line - 1]!);
  return lines.join('\n');
}

test.describe('diagnostics you can trust', () => {
  test.beforeEach(async ({ page, editor }) => {
    await page.goto('/');
    await editor.ready();
  });

  test('a problem in a component used four times is one row, at its own line', async ({ page, problems }) => {
    await new StudioFiles(page).open(corpusFile('converter/input/2.0.0/streetlights.json'));
    await problems.expectInvalid();
    // The parser's verdict: one error, where the component's parameter is written (not four more at Ln 1).
    await expect(problems.errors()).toHaveCount(1);
    await expect(problems.errorAt(114)).toContainText('Property "name" is not expected to be here');
  });

  test('a $ref to a missing component shows at that $ref, and Ctrl+. there creates the component', async ({ editor, problems }) => {
    await test.step('point line 43 at a message that does not exist', async () => {
      await editor.replaceText(withLine(43, (l) => l.replace('locationUpdated', 'newMsg')));
      await expect(problems.errorAt(43)).toContainText("'#/components/messages/newMsg' does not exist");
      await expect(problems.errors()).toHaveCount(1);
    });
    await test.step('the quick fix on line 43 creates it', async () => {
      await problems.errorAt(43).click();
      await expect(editor.cursorPosition).toHaveText(/^Ln 43,/);
      await editor.applyQuickFix('Create the missing component “messages/newMsg”');
      // Valid again: the component now exists (Monaco renders only the lines on screen, so no text check below).
      await problems.expectValid();
      await expect(problems.errors()).toHaveCount(0);
    });
  });

  test('a $ref with no value yet is a plain problem at the line being typed, never a stack trace', async ({ editor, problems }) => {
    const line = DEFAULT_DOCUMENT.split('\n').findIndex((l) => l.trim() === "$ref: '#/channels/parcelLocation'") + 1;
    await editor.replaceText(withLine(line, (l) => l.replace(/\$ref: .*/, '$ref: ')));
    await expect(problems.errorAt(line)).toContainText('"$ref" has no value yet');
    await expect(problems.list).not.toContainText('stack');
    await expect(problems.list).not.toContainText('TypeError');
  });

  test('F2 on a $ref value renames the component and every reference', async ({ page, editor, problems }) => {
    await problems.expectValid();
    await editor.goToLine(43);
    await expect(editor.cursorPosition).toHaveText(/^Ln 43,/);
    // The cursor at the end of `$ref: '#/components/messages/locationUpdated'`, inside the value.
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('F2');
    const box = page.locator('.rename-box input');
    await expect(box).toBeFocused();
    await expect(box).toHaveValue('locationUpdated');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('positionReported');
    await page.keyboard.press('Enter');
    await expect(editor.root).toContainText("'#/components/messages/positionReported'");
    await problems.expectValid();
  });
});
