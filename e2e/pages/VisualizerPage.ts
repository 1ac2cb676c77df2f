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

  constructor(private readonly page: Page) {
    this.toggle = page.getByTestId('show-visualizer');
    this.panel = page.getByTestId('visualizer');
    this.nodes = this.panel.getByTestId('graph-node');
    this.edges = this.panel.getByTestId('graph-edge');
    this.stale = this.panel.getByTestId('visualizer-stale');
    this.canvas = this.panel.getByTestId('graph-canvas');
    this.viewport = this.panel.getByTestId('graph-viewport');
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
