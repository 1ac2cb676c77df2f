import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

/** The problems list and the status line. */
export class ProblemsPage {
  readonly list: Locator;
  readonly rows: Locator;
  readonly status: Locator;

  constructor(page: Page) {
    this.list = page.getByTestId('problems');
    this.rows = this.list.getByTestId('problem');
    this.status = page.getByTestId('status');
  }

  errors(): Locator {
    return this.list.locator('[data-testid="problem"][data-severity="error"]');
  }

  async expectValid(): Promise<void> {
    await expect(this.status).toHaveAttribute('data-state', 'valid');
  }

  async expectInvalid(): Promise<void> {
    await expect(this.status).toHaveAttribute('data-state', 'invalid');
  }

  /** An error row at this 1-based line. */
  errorAt(line: number): Locator {
    return this.list.locator(`[data-testid="problem"][data-severity="error"][data-line="${line}"]`);
  }
}
