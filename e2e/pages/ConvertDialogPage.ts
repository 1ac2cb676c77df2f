import type { Locator, Page } from '@playwright/test';

/** The conversion dialog: target, point of view, the diff and the apply button. */
export class ConvertDialogPage {
  readonly dialog: Locator;
  readonly openButton: Locator;
  readonly apply: Locator;
  readonly diff: Locator;
  readonly error: Locator;
  readonly perspective: Locator;
  readonly target: Locator;
  readonly warnings: Locator;
  /** The parser's verdict on the converted text, and its problems (each with data-severity, data-line, data-code). */
  readonly check: Locator;
  readonly problems: Locator;

  constructor(page: Page) {
    this.dialog = page.getByTestId('convert-dialog');
    this.openButton = page.getByTestId('convert-button');
    this.apply = page.getByTestId('convert-apply');
    this.diff = page.getByTestId('convert-diff');
    this.error = page.getByTestId('convert-error');
    this.perspective = page.getByTestId('convert-perspective');
    this.target = page.getByTestId('convert-target');
    this.warnings = page.getByTestId('convert-warnings');
    this.check = page.getByTestId('convert-check');
    this.problems = this.check.getByTestId('convert-problem');
  }

  /** Monaco's side-by-side diff inside the dialog, once the worker's result is in. */
  get diffEditor(): Locator {
    return this.diff.locator('.monaco-diff-editor');
  }
}
