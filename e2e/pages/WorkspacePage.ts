import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

/** The document tabs, the share dialog and the autosave status. */
export class WorkspacePage {
  readonly tabs: Locator;
  readonly activeTab: Locator;
  readonly newTab: Locator;
  readonly reopenTab: Locator;
  readonly readOnlyBadge: Locator;
  readonly storage: Locator;
  readonly notices: Locator;
  readonly shareButton: Locator;
  readonly shareUrl: Locator;

  constructor(private readonly page: Page) {
    this.tabs = page.getByTestId('document-tab');
    this.activeTab = page.locator('[data-testid="document-tab"][data-active="true"]');
    this.newTab = page.getByTestId('new-tab');
    this.reopenTab = page.getByTestId('reopen-tab');
    this.readOnlyBadge = page.getByTestId('read-only-badge');
    this.storage = page.getByTestId('storage-status');
    this.notices = page.getByTestId('notice');
    this.shareButton = page.getByTestId('share-button');
    this.shareUrl = page.getByTestId('share-url');
  }

  tab(name: string): Locator {
    return this.tabs.filter({ hasText: name });
  }

  async rename(tab: Locator, name: string): Promise<void> {
    await tab.dblclick();
    const input = this.page.getByTestId('rename-tab-input');
    await input.fill(name);
    await input.press('Enter');
    await expect(this.tab(name)).toHaveCount(1);
  }

  /** Waits until everything typed so far is in IndexedDB. */
  async saved(): Promise<void> {
    await expect(this.storage).toHaveAttribute('data-state', 'saved');
  }

  /** Opens the share dialog and returns the link in it. */
  async shareLink(options: { readOnly?: boolean } = {}): Promise<string> {
    await this.shareButton.click();
    if (options.readOnly) await this.page.getByTestId('share-read-only').check();
    await expect(this.shareUrl).toHaveValue(/#share=/);
    return this.shareUrl.inputValue();
  }
}
