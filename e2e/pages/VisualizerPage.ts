import type { Download, Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { readFileSync } from 'node:fs';

/** The topology graph panel: its toggle, nodes, edges, out-of-date note and exports. */
export class VisualizerPage {
  readonly toggle: Locator;
  readonly panel: Locator;
  readonly nodes: Locator;
  readonly edges: Locator;
  readonly stale: Locator;
  readonly canvas: Locator;
  readonly viewport: Locator;
  readonly search: Locator;
  readonly searchStatus: Locator;
  readonly layoutFailed: Locator;
  readonly legend: Locator;

  constructor(private readonly page: Page) {
    this.toggle = page.getByTestId('show-visualizer');
    this.panel = page.getByTestId('visualizer');
    this.nodes = this.panel.getByTestId('graph-node');
    this.edges = this.panel.getByTestId('graph-edge');
    this.stale = this.panel.getByTestId('visualizer-stale');
    this.canvas = this.panel.getByTestId('graph-canvas');
    this.viewport = this.panel.getByTestId('graph-viewport');
    this.search = this.panel.getByTestId('graph-search');
    this.searchStatus = this.panel.getByTestId('graph-search-status');
    this.layoutFailed = this.panel.getByTestId('visualizer-layout-failed');
    this.legend = this.panel.getByTestId('graph-legend');
  }

  /** Waits until the layout worker has placed the current graph (running → done). */
  async laidOut(): Promise<void> {
    await expect(this.panel).toHaveAttribute('data-layout', 'done');
  }

  /** Types a name into the header's search box and presses Enter (again: the next match). */
  async find(name: string): Promise<void> {
    await this.search.fill(name);
    await this.search.press('Enter');
  }

  /** On-screen height in px of a card's name (its line box, which holds the 13 px text). */
  async labelHeight(id: string): Promise<number> {
    const box = await this.node(id).locator('.graph-node-label').boundingBox();
    return box?.height ?? 0;
  }

  /** How far (px) a card's centre is from the canvas's centre. */
  async distanceFromCentre(id: string): Promise<number> {
    const card = await this.node(id).boundingBox();
    const canvas = await this.canvas.boundingBox();
    if (!card || !canvas) return Infinity;
    return Math.hypot(card.x + card.width / 2 - (canvas.x + canvas.width / 2), card.y + card.height / 2 - (canvas.y + canvas.height / 2));
  }

  /** Nodes dimmed because another card is selected and they are not its neighbours. */
  dimmed(): Locator {
    return this.panel.locator('[data-testid="graph-node"][data-dimmed="true"]');
  }

  async open(): Promise<void> {
    await this.toggle.click();
    await expect(this.toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(this.nodes.first()).toBeVisible();
  }

  /** "x,y,zoom" of the canvas's current view. */
  async viewportState(): Promise<string> {
    const v = this.viewport;
    return `${await v.getAttribute('data-x')},${await v.getAttribute('data-y')},${await v.getAttribute('data-zoom')}`;
  }

  /** Zooms in with the mouse wheel over the canvas, as a user would. */
  async zoomIn(): Promise<void> {
    const before = await this.viewport.getAttribute('data-zoom');
    await this.canvas.hover();
    await this.page.mouse.wheel(0, -300);
    await expect(this.viewport).not.toHaveAttribute('data-zoom', before ?? '');
  }

  nodesOfKind(kind: string): Locator {
    return this.panel.locator(`[data-testid="graph-node"][data-kind="${kind}"]`);
  }

  node(id: string): Locator {
    return this.panel.locator(`[data-testid="graph-node"][data-node-id="${id}"]`);
  }

  /** Edges of one kind whose ends' ids start with the given prefixes (e.g. 'operation:' → 'channel:'). */
  edgesFrom(kind: string, sourcePrefix: string, targetPrefix: string): Locator {
    return this.panel.locator(
      `[data-testid="graph-edge"][data-edge-kind="${kind}"][data-source^="${sourcePrefix}"][data-target^="${targetPrefix}"]`,
    );
  }

  /** Adds an object through the graph's Add control: picks its kind, answers its form (inputs filled, selects chosen). */
  async add(kind: 'server' | 'channel' | 'operation' | 'message', answers: Record<string, string>): Promise<void> {
    await this.panel.getByTestId('graph-add').click();
    await this.panel.locator(`[data-testid="graph-add-item"][data-kind="${kind}"]`).click();
    const form = this.panel.getByTestId('graph-add-form');
    for (const [name, value] of Object.entries(answers)) {
      const field = form.locator(`[data-testid="graph-add-field"][data-name="${name}"]`);
      if ((await field.evaluate((el) => el.tagName)) === 'SELECT') await field.selectOption(value);
      else await field.fill(value);
    }
    await form.getByTestId('graph-add-submit').click();
    await expect(form).toBeHidden();
  }

  /** Whether a card's centre is on screen, inside the canvas and not under anything (the canvas controls sit over a corner). */
  private async reachable(id: string): Promise<boolean> {
    // A large graph renders only the cards in view: a card not in the page is not reachable yet.
    if ((await this.node(id).count()) === 0) return false;
    return this.node(id).evaluate((card) => {
      const r = card.getBoundingClientRect();
      const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
      return hit !== null && card.contains(hit);
    });
  }

  /** Zooms out towards the canvas's top-left until these cards are on screen and clear of the canvas controls, as a user would. */
  async reveal(...ids: string[]): Promise<void> {
    for (let attempt = 0; attempt < 10; attempt++) {
      const clear = await Promise.all(ids.map((id) => this.reachable(id)));
      if (clear.every(Boolean)) return;
      const before = await this.viewport.getAttribute('data-zoom');
      if (Number(before) <= 0.05) {
        // Zoomed out as far as it goes (a short canvas): find the card by name instead, as a user would.
        const hidden = ids.find((_, i) => !clear[i])!;
        await this.find(hidden.slice(hidden.indexOf(':') + 1));
        await expect.poll(() => this.reachable(hidden)).toBe(true);
        continue;
      }
      const box = (await this.canvas.boundingBox())!;
      await this.page.mouse.move(box.x + 24, box.y + 24);
      await this.page.mouse.wheel(0, 240);
      await expect(this.viewport).not.toHaveAttribute('data-zoom', before ?? '');
    }
  }

  /** Clicks a card (selecting its object: the editor goes there and the inspector opens its form). */
  async select(id: string): Promise<void> {
    await this.reveal(id);
    await this.node(id).click();
  }

  /** Drags one card onto another (an operation onto a channel, a message onto a channel or an operation). */
  async drag(sourceId: string, targetId: string): Promise<void> {
    await this.reveal(sourceId, targetId);
    await this.node(sourceId).dragTo(this.node(targetId));
  }

  /** Clicks an export button and returns the downloaded file's name and bytes. */
  async export(kind: 'svg' | 'png'): Promise<{ name: string; bytes: Buffer }> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.panel.getByTestId(`export-${kind}`).click()]);
    return { name: download.suggestedFilename(), bytes: await readDownload(download) };
  }
}

async function readDownload(download: Download): Promise<Buffer> {
  const path = await download.path();
  return readFileSync(path);
}
