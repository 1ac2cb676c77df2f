import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

/** The workbench around the editor: splitters, side panes and their tabs, the problems panel, settings. */
export class WorkbenchPage {
  readonly sidePane: Locator;
  readonly sideTabs: Locator;
  readonly problemsPane: Locator;
  readonly problemsToggle: Locator;
  readonly problemsSearch: Locator;
  readonly problemsList: Locator;
  readonly problemRows: Locator;
  readonly settingsButton: Locator;
  readonly settings: Locator;
  readonly notices: Locator;

  constructor(private readonly page: Page) {
    this.sidePane = page.getByTestId('pane-side');
    this.sideTabs = page.getByTestId('side-tab');
    this.problemsPane = page.getByTestId('pane-problems');
    this.problemsToggle = page.getByTestId('problems-toggle');
    this.problemsSearch = page.getByTestId('problems-search');
    this.problemsList = page.getByTestId('problems');
    this.problemRows = this.problemsList.getByTestId('problem');
    this.settingsButton = page.getByTestId('settings-button');
    this.settings = page.getByTestId('settings-dialog');
    this.notices = page.getByTestId('notice');
  }

  /** A splitter (react-resizable-panels separator) by its id: `editor-side`, `problems`, `sidebar`, `side-split`. */
  splitter(name: string): Locator {
    return this.page.getByTestId(`splitter-${name}`);
  }

  severityFilter(severity: string): Locator {
    return this.page.getByTestId(`problems-filter-${severity}`);
  }

  async width(locator: Locator): Promise<number> {
    return (await locator.boundingBox())?.width ?? 0;
  }

  async height(locator: Locator): Promise<number> {
    return (await locator.boundingBox())?.height ?? 0;
  }

  /** Drags a splitter by (dx, dy) with the mouse, as a user would. */
  async drag(splitter: Locator, dx: number, dy: number): Promise<void> {
    const box = await splitter.boundingBox();
    if (!box) throw new Error('The splitter is not on screen');
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    await this.page.mouse.move(x, y);
    await this.page.mouse.down();
    await this.page.mouse.move(x + dx / 2, y + dy / 2, { steps: 4 });
    await this.page.mouse.move(x + dx, y + dy, { steps: 4 });
    await this.page.mouse.up();
  }

  /** The side panel tab for a panel name (preview, visualizer, outline, lab, generate). */
  tab(panel: string): Locator {
    return this.page.locator(`[data-testid="side-tab"][data-panel="${panel}"]`);
  }

  async openSettings(): Promise<void> {
    await this.settingsButton.click();
    await expect(this.settings).toBeVisible();
  }

  async closeSettings(): Promise<void> {
    await this.settings.getByRole('button', { name: 'Close' }).click();
    await expect(this.settings).toBeHidden();
  }

  /** The app's theme on <html data-theme>. */
  theme(): Promise<string | null> {
    return this.page.evaluate(() => document.documentElement.dataset.theme ?? null);
  }
}
