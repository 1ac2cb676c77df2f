import type { Download, Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Opening files through the file input and saving through the download button. */
export class StudioFiles {
  readonly input: Locator;
  readonly downloadButton: Locator;

  constructor(private readonly page: Page) {
    this.input = page.getByTestId('open-file-input');
    this.downloadButton = page.getByTestId('download-button');
  }

  /** Opens a file from disk and waits for the notice that says it opened. */
  async open(path: string): Promise<void> {
    await this.input.setInputFiles(path);
    await expect(this.page.getByTestId('notice').last()).toContainText('Opened');
  }

  /** Runs `trigger` and returns the file the browser downloaded: its name and exact bytes. */
  async download(trigger: () => Promise<void>): Promise<{ name: string; path: string; bytes: Buffer }> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), trigger()]);
    return this.read(download);
  }

  private async read(download: Download): Promise<{ name: string; path: string; bytes: Buffer }> {
    // Kept under its own name, so the file input (which checks the extension) takes it back.
    const path = join(await mkdtemp(join(tmpdir(), 'studio-download-')), download.suggestedFilename());
    await download.saveAs(path);
    return { name: download.suggestedFilename(), path, bytes: await readFile(path) };
  }
}
