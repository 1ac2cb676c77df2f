import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

/** The workspace column: opening a folder, its file tree. */
export class FileTreePage {
  readonly tree: Locator;
  readonly items: Locator;
  readonly folderInput: Locator;
  readonly loading: Locator;

  constructor(private readonly page: Page) {
    this.tree = page.getByTestId('file-tree');
    this.items = this.tree.getByTestId('file-tree-item');
    this.folderInput = page.getByTestId('open-folder-input');
    this.loading = page.getByTestId('folder-loading');
  }

  item(path: string): Locator {
    return this.tree.locator(`[data-testid="file-tree-item"][data-path="${path}"]`);
  }

  /** Opens a folder from disk through `<input webkitdirectory>` and waits until every file is read. */
  async openFolder(dir: string): Promise<void> {
    await this.folderInput.setInputFiles(dir);
    await expect(this.page.getByTestId('notice').filter({ hasText: 'Opened the folder' }).last()).toBeVisible();
    await expect(this.loading).toHaveCount(0);
  }

  /** Opens a file of the tree in the editor. */
  async open(path: string): Promise<void> {
    await this.item(path).click();
    await expect(this.item(path)).toHaveAttribute('data-active', 'true');
  }
}
