import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { pasteText } from './pasteText';

/** The message lab panel. */
export class LabPage {
  readonly panel: Locator;
  readonly payloadResult: Locator;
  readonly violations: Locator;

  constructor(private readonly page: Page) {
    this.panel = page.getByTestId('message-lab');
    this.payloadResult = page.getByTestId('lab-payload-result');
    this.violations = this.panel.getByTestId('lab-violation');
  }

  async open(): Promise<void> {
    await this.page.getByTestId('show-lab').click();
    await expect(this.panel).toBeVisible();
  }

  /** Replaces the example payload as select-all + paste would. */
  async setPayload(text: string): Promise<void> {
    const editor = this.page.getByTestId('lab-payload');
    // Near its top: a long payload makes the lines taller than the panel, whose heading covers their middle.
    await editor.locator('.view-lines').click({ position: { x: 40, y: 8 } });
    await this.page.keyboard.press('ControlOrMeta+A');
    await pasteText(this.page, text);
  }
}
