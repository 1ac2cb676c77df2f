import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { sharedText, storedText } from '../support/liveDocuments';
import { StudioFiles } from './StudioFiles';
import { WorkspacePage } from './WorkspacePage';

/** The Try panel: connect to the active document's servers, send, and read the live log. */
export class TryPanelPage {
  readonly panel: Locator;
  readonly connectButton: Locator;
  readonly disconnectButton: Locator;
  readonly sendButton: Locator;
  readonly statuses: Locator;
  readonly received: Locator;
  readonly sent: Locator;
  readonly payload: Locator;
  readonly headers: Locator;

  constructor(private readonly page: Page) {
    this.panel = page.getByTestId('try-panel');
    this.connectButton = page.getByTestId('try-connect');
    this.disconnectButton = page.getByTestId('try-disconnect');
    this.sendButton = page.getByTestId('try-send');
    this.statuses = this.panel.getByTestId('try-status');
    this.received = this.panel.getByTestId('received-message');
    this.sent = this.panel.getByTestId('sent-message');
    this.payload = page.getByTestId('try-payload');
    this.headers = page.getByTestId('try-headers');
  }

  /** Opens the panel and waits for it to know the document's servers. */
  async open(): Promise<void> {
    await this.page.getByTestId('try-button').click();
    await expect(this.page.getByTestId('try-server')).toBeVisible();
  }

  async setEndpointUrl(url: string): Promise<void> {
    await this.page.getByTestId('try-endpoint-url').fill(url);
  }

  async setCredential(field: 'username' | 'password' | 'token', value: string): Promise<void> {
    await this.page.getByTestId(`try-${field}`).fill(value);
  }

  /** A channel parameter: a text field, or a list when the document enumerates its values. */
  async setParameter(channelId: string, name: string, value: string): Promise<void> {
    const field = this.panel.locator(`[data-testid="try-parameter"][data-channel="${channelId}"][data-name="${name}"]`);
    if ((await field.evaluate((e) => e.tagName)) === 'SELECT') await field.selectOption(value);
    else await field.fill(value);
  }

  /** Presses Connect and waits until every connection says it is connected. */
  async connect(connections = 1): Promise<void> {
    await this.connectButton.click();
    await expect(this.statuses).toHaveCount(connections);
    for (const status of await this.statuses.all()) await expect(status).toHaveAttribute('data-state', 'connected');
  }

  /** Sends what the form holds (the generated example unless changed) and waits for it to be logged as sent. */
  async send(): Promise<void> {
    const before = await this.sent.count();
    await expect(this.sendButton).toBeEnabled();
    await this.sendButton.click();
    await expect(this.page.getByTestId('try-send-result')).toHaveAttribute('data-state', 'sent');
    await expect(this.sent).toHaveCount(before + 1);
  }

  receivedWith(valid: boolean): Locator {
    return this.panel.locator(`[data-testid="received-message"][data-valid="${valid}"]`);
  }

  /** The exported log (JSON Lines), as text. */
  async exportedLog(): Promise<string> {
    const file = await new StudioFiles(this.page).download(() => this.page.getByTestId('try-export').click());
    return readFile(file.path, 'utf8');
  }

  /**
   * A credential typed into the panel is nowhere the studio keeps or hands out: not in localStorage,
   * sessionStorage or IndexedDB (once the workspace is saved), not in a share link, the page's URL or the exported log.
   */
  async expectSecretKeptNowhere(secret: string): Promise<void> {
    await expect(this.page.getByTestId('storage-status')).toHaveAttribute('data-state', 'saved');
    expect(await storedText(this.page)).not.toContain(secret);
    expect(await this.exportedLog()).not.toContain(secret);
    expect(this.page.url()).not.toContain(secret);
    const link = await new WorkspacePage(this.page).shareLink();
    expect(link).not.toContain(secret);
    expect(sharedText(link)).not.toContain(secret);
    await this.page.keyboard.press('Escape');
  }

  /** The violations of the newest invalid message received. */
  violationsOfLatestInvalid(): Locator {
    return this.receivedWith(false).first().getByTestId('received-violation');
  }
}
