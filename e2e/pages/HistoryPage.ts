import type { Locator, Page } from '@playwright/test';

/** The local history timeline and the comparison dialog. */
export class HistoryPage {
  readonly button: Locator;
  readonly panel: Locator;
  readonly entries: Locator;
  readonly compareButton: Locator;
  readonly dialog: Locator;
  readonly base: Locator;
  readonly changes: Locator;
  readonly diff: Locator;
  readonly version: Locator;
  readonly notes: Locator;
  readonly error: Locator;
  readonly downloadMarkdown: Locator;
  readonly downloadJson: Locator;

  constructor(page: Page) {
    this.button = page.getByTestId('history-button');
    this.panel = page.getByTestId('history');
    this.entries = page.getByTestId('history-entry');
    this.compareButton = page.getByTestId('compare-button');
    this.dialog = page.getByTestId('compare-dialog');
    this.base = page.getByTestId('compare-base');
    this.changes = page.getByTestId('diff-change');
    this.diff = page.getByTestId('compare-diff');
    this.version = page.getByTestId('compare-version');
    this.notes = page.getByTestId('compare-notes');
    this.error = page.getByTestId('compare-error');
    this.downloadMarkdown = page.getByTestId('compare-download-markdown');
    this.downloadJson = page.getByTestId('compare-download-json');
  }

  /** Timeline rows taken for `reason` (opened, edited, before-bulk, saved). */
  entriesFor(reason: string): Locator {
    return this.entries.and(this.entries.page().locator(`[data-reason="${reason}"]`));
  }

  changesOf(cls: 'breaking' | 'non-breaking' | 'annotation'): Locator {
    return this.changes.and(this.changes.page().locator(`[data-class="${cls}"]`));
  }

  /** The side-by-side texts, once Monaco's diff editor is in. */
  get diffEditor(): Locator {
    return this.diff.locator('.monaco-diff-editor');
  }
}
