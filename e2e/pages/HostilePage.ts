import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { EditorPage } from './EditorPage';
import { PreviewPage } from './PreviewPage';
import { ProblemsPage } from './ProblemsPage';

/** What a hostile document may not do to the page: globals it would set if any payload ran. */
export interface PageGlobals {
  hostile: unknown;
  polluted: unknown;
}

/** What sits at a point of the page: the element's tag, and which studio region holds it. */
export interface PointHit {
  x: number;
  y: number;
  tag: string;
  region: 'preview' | 'editor' | 'toolbar' | 'notice' | 'elsewhere';
}

/** Opens hostile documents and checks the studio stays in one piece. */
export class HostilePage {
  readonly editor: EditorPage;
  readonly problems: ProblemsPage;
  readonly preview: PreviewPage;

  constructor(private readonly page: Page) {
    this.editor = new EditorPage(page);
    this.problems = new ProblemsPage(page);
    this.preview = new PreviewPage(page);
  }

  /**
   * The topmost element at a grid of points over the editor and over the toolbar (the header that holds
   * the panel toggles), as `document.elementFromPoint` finds it: what a click there would hit.
   */
  hitsOverEditorAndToolbar(): Promise<PointHit[]> {
    return this.page.evaluate(() => {
      const editor = document.querySelector('[data-testid="editor"]');
      const toolbar = document.querySelector('[data-testid="show-preview"]')?.closest('header');
      const preview = document.querySelector('[data-testid="preview"]');
      const hits: PointHit[] = [];
      for (const box of [editor, toolbar]) {
        if (!box) throw new Error('the editor or the toolbar is missing');
        const rect = box.getBoundingClientRect();
        for (let i = 1; i < 6; i++) {
          for (let j = 1; j < 4; j++) {
            const x = Math.round(rect.left + (rect.width * i) / 6);
            const y = Math.round(rect.top + (rect.height * j) / 4);
            const hit = document.elementFromPoint(x, y);
            const region = !hit ? 'elsewhere'
              : preview?.contains(hit) ? 'preview'
              : editor?.contains(hit) ? 'editor'
              : toolbar?.contains(hit) ? 'toolbar'
              : hit.closest('.notices') ? 'notice'
              : 'elsewhere';
            hits.push({ x, y, tag: hit?.tagName.toLowerCase() ?? '', region });
          }
        }
      }
      return hits;
    });
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
