import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

/** The documentation preview panel and its toolbar toggle. */
export class PreviewPage {
  readonly root: Locator;
  readonly toggle: Locator;
  readonly stale: Locator;
  readonly empty: Locator;
  readonly exportHtml: Locator;
  readonly exportMarkdown: Locator;

  constructor(private readonly page: Page) {
    this.root = page.getByTestId('preview');
    this.toggle = page.getByTestId('show-preview');
    this.stale = page.getByTestId('preview-stale');
    this.empty = page.getByTestId('preview-empty');
    this.exportHtml = page.getByTestId('export-html');
    this.exportMarkdown = page.getByTestId('export-markdown');
  }

  async open(): Promise<void> {
    await this.toggle.click();
    await expect(this.toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(this.root).toBeVisible();
  }

  /**
   * A section of the rendered documentation by the id @asyncapi/react-component gives it
   * (`operation-<send|receive|request|reply>-<operationId>`, `message-<id>`, `server-<id>`, ...).
   * The component's markup is not ours to tag with test ids, so its own ids are the stable handle.
   */
  section(id: string): Locator {
    return this.root.locator(`[id="${id.replace(/"/g, '\\"')}"]`);
  }

  /** The channel address heading of an operation: it stands for the operation's channel. */
  channelOf(operationSectionId: string): Locator {
    return this.section(operationSectionId).locator('h3').first();
  }

  /** Opens a document from disk through the toolbar's file input. */
  async openFile(path: string): Promise<void> {
    await this.page.getByTestId('open-file-input').setInputFiles(path);
  }
}
