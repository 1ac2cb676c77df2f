import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

export interface PayloadRow {
  name: string;
  type: 'string' | 'number' | 'integer' | 'boolean';
}

/** The new API guide dialog: its steps, their fields, the payload rows. */
export class GuidePage {
  readonly dialog: Locator;

  constructor(private readonly page: Page) {
    this.dialog = page.getByTestId('new-api-guide');
  }

  /** Opens an empty document with the guide from the template gallery. */
  async startFromGallery(): Promise<void> {
    await this.page.getByTestId('new-document').click();
    await this.page.getByTestId('start-guide').click();
    await expect(this.dialog).toBeVisible();
  }

  step(id: string): Locator {
    return this.dialog.locator(`[data-testid="guide-step"][data-step="${id}"]`);
  }

  /** Answers the current step's fields (text inputs are filled, selects chosen) and adds it to the document. */
  async run(id: string, answers: Record<string, string>, payload: PayloadRow[] = []): Promise<void> {
    await expect(this.step(id)).toHaveAttribute('aria-current', 'step');
    for (const [name, value] of Object.entries(answers)) {
      const field = this.dialog.locator(`[data-testid="guide-field"][data-name="${name}"]`);
      if ((await field.locator('select').count()) > 0) await field.locator('select').selectOption(value);
      else await field.locator('input').fill(value);
    }
    for (const [index, row] of payload.entries()) {
      await this.dialog.getByTestId('guide-payload-add').click();
      await this.dialog.getByTestId('guide-payload-name').nth(index).fill(row.name);
      await this.dialog.getByTestId('guide-payload-type').nth(index).selectOption(row.type);
    }
    await this.dialog.getByTestId('guide-apply').click();
    await expect(this.step(id)).toHaveAttribute('data-done', 'true');
  }

  async finish(): Promise<void> {
    await expect(this.dialog.getByTestId('guide-complete')).toBeVisible();
    await this.dialog.getByTestId('guide-finish').click();
    await expect(this.dialog).toBeHidden();
  }
}
