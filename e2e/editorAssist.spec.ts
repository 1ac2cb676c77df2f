import { expect, test } from './fixtures';

test.describe('editor assistance', () => {
  test.beforeEach(async ({ page, editor }) => {
    await page.goto('/');
    await editor.ready();
  });

  test('typing an operation’s action in a 3.0 document offers send and receive', async ({ page, editor }) => {
    // Line 56 of the built-in document is `    action: send` of the first operation.
    await editor.goToLine(56);
    await expect(editor.cursorPosition).toHaveText(/^Ln 56,/);
    for (let i = 0; i < 4; i++) await page.keyboard.press('Backspace');
    await page.keyboard.press('Control+Space');
    const suggest = page.locator('.suggest-widget');
    await expect(suggest).toBeVisible();
    await expect(suggest.locator('.monaco-list-row')).toHaveText([/send/, /receive/]);
  });

  test('hovering `channels` shows what the spec says of it', async ({ page, editor }) => {
    const key = editor.root.locator('.view-line').filter({ hasText: /^channels:$/ });
    const hover = page.locator('.monaco-hover').filter({ hasText: 'Channel' });
    // The first hover starts the assist worker, which loads the spec's schema; a hover that gives up before
    // it answers is tried again, as a person would move the mouse off and back.
    await expect(async () => {
      await page.mouse.move(0, 0);
      await key.locator('span').first().hover();
      await expect(hover).toContainText('An object containing all the Channel Object definitions', { timeout: 5000 });
    }).toPass({ timeout: 40_000 });
  });
});

test.describe('$ref navigation', () => {
  test('F12 on a $ref lands on the component it points at', async ({ page, editor }) => {
    await page.goto('/');
    await editor.ready();
    // Line 43: `        $ref: '#/components/messages/locationUpdated'` in channel parcelLocation.
    await editor.goToLine(43);
    await page.keyboard.press('Home');
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('F12');
    await expect(editor.cursorPosition).toHaveText(/^Ln 82,/);
  });
});

test.describe('quick fixes', () => {
  test('a quick fix turns `action: publish` into a valid document', async ({ page, editor, problems }) => {
    await page.goto('/');
    await editor.ready();
    await editor.replaceText(
      "asyncapi: 3.0.0\ninfo:\n  title: Fix me\n  version: '1'\nchannels:\n  c:\n    address: c\noperations:\n  o:\n    action: publish\n    channel:\n      $ref: '#/channels/c'\n",
    );
    await expect(problems.errorAt(10)).toBeVisible();
    await problems.errorAt(10).click();
    // The row hands the keyboard to the editor at the problem; Ctrl+. asks the editor, so wait for it to have it.
    await expect(editor.root.locator('.monaco-editor.focused')).toBeVisible();
    await expect(editor.cursorPosition).toHaveText(/^Ln 10,/);
    await editor.applyQuickFix('Replace “publish” with “receive”');
    await problems.expectValid();
    await expect(editor.root).toContainText('action: receive');
  });
});

test.describe('renaming a component', () => {
  test('F2 on a component’s name renames it and every $ref to it', async ({ page, editor, problems }) => {
    await page.goto('/');
    await editor.ready();
    await problems.expectValid();
    // Line 138: `    parcelId:` under components/schemas.
    await editor.goToLine(138);
    await expect(editor.cursorPosition).toHaveText(/^Ln 138,/);
    await page.keyboard.press('Home');
    await page.keyboard.press('F2');
    await expect(page.locator('.rename-box input')).toBeFocused();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('parcelCode');
    await page.keyboard.press('Enter');
    await expect(editor.root).toContainText('parcelCode:');
    await problems.expectValid();
  });
});

test.describe('JSON documents', () => {
  test('completion offers send and receive for an operation’s action', async ({ page, editor }) => {
    await page.goto('/');
    await editor.ready();
    await editor.replaceText('{\n  "asyncapi": "3.0.0",\n  "operations": {\n    "o": {\n      "action": \n    }\n  }\n}\n');
    await editor.goToLine(5);
    await expect(editor.cursorPosition).toHaveText(/^Ln 5,/);
    // The JSON worker learns the spec's schema a moment after the document changes: before that, no suggestion.
    await expect(async () => {
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+Space');
      await expect(page.locator('.suggest-widget .monaco-list-row')).toHaveText([/"receive"/, /"send"/], { timeout: 3000 });
    }).toPass({ timeout: 30_000 });
  });
});

test.describe('$ref completion', () => {
  test('offers the document’s own components as $ref targets', async ({ page, editor, problems }) => {
    await page.goto('/');
    await editor.ready();
    await problems.expectValid();
    // Line 43: `        $ref: '#/components/messages/locationUpdated'`; cut it back to `'#/components/messages/`.
    await editor.goToLine(43);
    await expect(editor.cursorPosition).toHaveText(/^Ln 43,/);
    for (let i = 0; i < "locationUpdated'".length; i++) await page.keyboard.press('Backspace');
    await page.keyboard.press('Control+Space');
    const rows = page.locator('.suggest-widget .monaco-list-row');
    await expect(rows).toHaveText([/#\/components\/messages\/locationUpdated/, /#\/components\/messages\/parcelDelivered/]);
    await page.keyboard.press('Enter');
    await problems.expectValid();
    await expect(editor.root).toContainText("$ref: '#/components/messages/locationUpdated'");
  });
});
