import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { EditorPage } from './EditorPage';
import { ProblemsPage } from './ProblemsPage';

/** What a hostile document may not do to the page: globals it would set if any payload ran. */
export interface PageGlobals {
  hostile: unknown;
  polluted: unknown;
}

/** Opens hostile documents and checks the studio stays in one piece. */
export class HostilePage {
  readonly editor: EditorPage;
  readonly problems: ProblemsPage;

  constructor(private readonly page: Page) {
    this.editor = new EditorPage(page);
    this.problems = new ProblemsPage(page);
  }

  async open(path: string): Promise<void> {
    await this.page.getByTestId('open-file-input').setInputFiles(path);
  }

  /** The verdict arrives within 15 s and is not "still analysing". */
  async expectSettled(state: 'valid' | 'invalid' | 'failed' = 'invalid'): Promise<void> {
    await expect(this.problems.status).toHaveAttribute('data-state', state, { timeout: 15_000 });
  }

  globals(): Promise<PageGlobals> {
    return this.page.evaluate(() => ({
      hostile: (window as unknown as { __hostile?: unknown }).__hostile,
      polluted: ({} as { polluted?: unknown }).polluted ?? (Object.prototype as { polluted?: unknown }).polluted,
    }));
  }

  /**
   * Typing still works after the document: replace it by hand and see a fresh verdict for the new text
   * (a document with no info: the parser's own error about it, which no hostile document produces).
   */
  async expectTypingWorks(): Promise<void> {
    await this.editor.focus();
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.editor.type('asyncapi: 3.0.0');
    await expect(this.editor.root).toContainText('asyncapi: 3.0.0');
    await expect(this.problems.list).toContainText(/"info"/, { timeout: 15_000 });
    await expect(this.problems.status).toHaveAttribute('data-state', 'invalid');
  }
}
