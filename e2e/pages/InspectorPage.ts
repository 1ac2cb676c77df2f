import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

/** The inspector panel: the selected object's form, its fields by JSON pointer, rename and delete. */
export class InspectorPage {
  readonly toggle: Locator;
  readonly panel: Locator;
  readonly title: Locator;
  readonly fields: Locator;
  readonly deleteDialog: Locator;

  constructor(private readonly page: Page) {
    this.toggle = page.getByTestId('show-inspector');
    this.panel = page.getByTestId('inspector');
    this.title = this.panel.getByTestId('inspector-title');
    this.fields = this.panel.getByTestId('inspector-field');
    this.deleteDialog = page.getByTestId('delete-dialog');
  }

  /** The field whose value sits at this JSON pointer. */
  field(pointer: string): Locator {
    return this.panel.locator(`[data-testid="inspector-field"][data-path="${pointer}"]`);
  }

  /** The form of the object at `pointer` is shown (its own fields are there). */
  async expectObject(pointer: string): Promise<void> {
    await expect(this.panel.locator('.inspector')).toHaveAttribute('data-pointer', pointer);
    await expect(this.fields.first()).toBeVisible();
  }

  /** Types a new value into a field and commits it with Enter (Ctrl/Cmd+Enter in a text area), as a user would. */
  async fill(pointer: string, value: string): Promise<void> {
    const input = this.field(pointer).locator('input, textarea').first();
    await input.fill(value);
    const multiline = (await input.evaluate((el) => el.tagName)) === 'TEXTAREA';
    await input.press(multiline ? 'ControlOrMeta+Enter' : 'Enter');
  }

  async choose(pointer: string, value: string): Promise<void> {
    await this.field(pointer).locator('select').first().selectOption(value);
  }

  /** Deletes the shown object through its dialog; `withReferences` also removes what refers to it. */
  async delete(withReferences: boolean): Promise<Locator> {
    await this.panel.getByTestId('inspector-delete').click();
    await expect(this.deleteDialog).toBeVisible();
    const references = this.deleteDialog.getByTestId('delete-reference');
    await expect(this.deleteDialog.getByTestId('delete-confirm')).toBeEnabled();
    const box = this.deleteDialog.getByTestId('delete-remove-references');
    if ((await box.count()) > 0) await box.setChecked(withReferences);
    return references;
  }

  async confirmDelete(): Promise<void> {
    await this.deleteDialog.getByTestId('delete-confirm').click();
    await expect(this.deleteDialog).toBeHidden();
  }
}
