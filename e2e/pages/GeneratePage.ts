import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { unzipSync } from 'fflate';
import { readFile } from 'node:fs/promises';

/** The generate panel: language, options, the generated files and their zip. */
export class GeneratePage {
  readonly panel: Locator;
  readonly language: Locator;
  readonly file: Locator;
  readonly output: Locator;
  readonly error: Locator;

  constructor(private readonly page: Page) {
    this.panel = page.getByTestId('generate');
    this.language = page.getByTestId('generate-language');
    this.file = page.getByTestId('generate-file');
    this.output = page.getByTestId('generate-output');
    this.error = page.getByTestId('generate-error');
  }

  async open(): Promise<void> {
    await this.page.getByTestId('show-generate').click();
    await expect(this.panel).toBeVisible();
  }

  /** Shows the file at this path once it has been generated. */
  async showFile(path: string): Promise<void> {
    await expect(this.file.locator('option', { hasText: path })).toHaveCount(1);
    await this.file.selectOption(path);
    await expect(this.output).toHaveAttribute('data-path', path);
  }

  /** Clicks Download and returns the zip's entries (path → text). */
  async downloadZip(): Promise<{ fileName: string; entries: Record<string, string> }> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.getByTestId('generate-download').click()]);
    const bytes = await readFile(await download.path());
    const entries = Object.fromEntries(Object.entries(unzipSync(new Uint8Array(bytes))).map(([path, data]) => [path, new TextDecoder().decode(data)]));
    return { fileName: download.suggestedFilename(), entries };
  }
}
