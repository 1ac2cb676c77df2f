import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { pasteText } from './pasteText';

/** The Monaco editor as a user drives it: click, type, select all, paste. */
export class EditorPage {
  readonly root: Locator;

  constructor(private readonly page: Page) {
    this.root = page.getByTestId('editor');
  }

  /** The editor's text area, once Monaco has mounted. */
  get input(): Locator {
    return this.root.locator('textarea').first();
  }

  /** The status bar's "Ln 12, Col 3". */
  get cursorPosition(): Locator {
    return this.page.getByTestId('cursor-position');
  }

  async ready(): Promise<void> {
    await expect(this.root.locator('.monaco-editor .view-lines')).toBeVisible();
  }

  async focus(): Promise<void> {
    await this.ready();
    // Click near the top of the visible text, not at `.view-lines`' own corner: once Monaco has scrolled, that
    // corner is above the editor (off screen).
    await this.root.locator('.monaco-editor .overflow-guard').click({ position: { x: 120, y: 8 } });
    // Keys go where the focus is: a shortcut pressed before Monaco took the focus would reach the page instead.
    await expect(this.root.locator('.monaco-editor.focused')).toBeVisible();
  }

  /** Pastes text at the cursor, as Ctrl/Cmd+V would (Monaco does not re-indent a paste). */
  async paste(text: string): Promise<void> {
    await pasteText(this.page, text);
  }

  /** Replaces the whole text, as select-all + paste would. */
  async replaceText(text: string): Promise<void> {
    await this.focus();
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.paste(text);
  }

  /** Moves the cursor to the end of a 1-based line through Monaco's "go to line" (Ctrl+G). */
  /**
   * Ctrl/Cmd+. at the cursor, then the quick fix with this title. Asked while the line's diagnostic is being
   * replaced (fast pass → parser → rules), the editor can answer "no code actions" once; a person asks again,
   * and so does this. The click is part of the attempt: an earlier Ctrl+. answered late replaces the list (or
   * closes it with "no code actions"), so the row found can be gone by the time it is clicked.
   */
  async applyQuickFix(title: string): Promise<void> {
    // The list of actions (Monaco also keeps an empty submenu panel with the same class).
    const widget = this.page.locator('.context-view .action-widget').first();
    const fix = this.page.locator('.action-widget').getByText(title);
    await expect(async () => {
      if (await widget.isVisible()) {
        await this.page.keyboard.press('Escape');
        await expect(widget).toBeHidden({ timeout: 1000 });
      }
      await this.page.keyboard.press('ControlOrMeta+.');
      await fix.click({ timeout: 3000 });
    }).toPass({ timeout: 30_000 });
  }

  async goToLine(line: number): Promise<void> {
    await this.focus();
    await this.page.keyboard.press('Control+G');
    await this.page.keyboard.insertText(String(line));
    await this.page.keyboard.press('Enter');
    await expect(this.page.locator('.quick-input-widget')).toBeHidden();
    await this.page.keyboard.press('End');
  }

  async type(text: string): Promise<void> {
    await this.page.keyboard.type(text);
  }

  /** A squiggle (Monaco's error decoration) is on screen. */
  get errorSquiggles(): Locator {
    return this.root.locator('.squiggly-error');
  }

  /** Text Monaco currently renders (only visible lines). */
  visibleText(): Promise<string> {
    return this.root.locator('.view-lines').innerText();
  }
}
