import type { Page } from '@playwright/test';

/**
 * Pastes text into whatever has focus, as Ctrl/Cmd+V would: Monaco listens on its focused input element
 * (a textarea, or an EditContext host in Chromium) and does not re-indent a paste.
 */
export async function pasteText(page: Page, text: string): Promise<void> {
  await page.evaluate((pasted) => {
    const data = new DataTransfer();
    data.setData('text/plain', pasted);
    (document.activeElement ?? document.body).dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}
