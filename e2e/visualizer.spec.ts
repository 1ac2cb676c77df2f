import { DEFAULT_DOCUMENT } from '../lib/defaultDocument';
import { corpusFile, expect, test } from './fixtures';
import { VisualizerPage } from './pages/VisualizerPage';

/** 1-based line of the first line equal to `line`. */
function lineOf(text: string, line: string): number {
  return text.split('\n').indexOf(line) + 1;
}

const renamedChannel = DEFAULT_DOCUMENT.replace('  parcelDelivered:\n    address', '  parcelHandedOver:\n    address').replaceAll(
  '#/channels/parcelDelivered',
  '#/channels/parcelHandedOver',
);

test.describe('topology visualizer', () => {
  let visualizer: VisualizerPage;

  test.beforeEach(async ({ page, editor, problems }) => {
    visualizer = new VisualizerPage(page);
    await page.goto('/');
    await editor.ready();
    await problems.expectValid();
    await visualizer.open();
  });

  test('shows every element of the default document, by kind', async () => {
    await expect(visualizer.nodesOfKind('application')).toHaveCount(1);
    await expect(visualizer.nodesOfKind('server')).toHaveCount(2);
    await expect(visualizer.nodesOfKind('channel')).toHaveCount(2);
    await expect(visualizer.nodesOfKind('operation')).toHaveCount(3);
    await expect(visualizer.nodesOfKind('message')).toHaveCount(2);
    await expect(visualizer.node('server:production')).toContainText('kafka');
    await expect(visualizer.node('channel:parcelLocation')).toContainText('parcels.{parcelId}.location');
    // The application sends through reportLocation; parcelLocation is received by trackLocation.
    await expect(visualizer.edgesFrom('sends', 'operation:reportLocation', 'channel:parcelLocation')).toHaveCount(1);
    await expect(visualizer.edgesFrom('receives', 'channel:parcelLocation', 'operation:trackLocation')).toHaveCount(1);
  });

  test('clicking a channel takes the editor to it; the cursor highlights the node it is in', async ({ editor }) => {
    await visualizer.node('channel:parcelDelivered').click();
    await expect(editor.cursorPosition).toHaveText(new RegExp(`^Ln ${lineOf(DEFAULT_DOCUMENT, '  parcelDelivered:')},`));

    await editor.goToLine(lineOf(DEFAULT_DOCUMENT, '    protocol: mqtt'));
    await expect(visualizer.node('server:handhelds')).toHaveAttribute('data-highlighted', 'true');
    await expect(visualizer.node('channel:parcelDelivered')).not.toHaveAttribute('data-highlighted', 'true');
  });

  test('follows edits, and keeps the last graph with a note while the text is broken', async ({ editor }) => {
    await test.step('rename a channel', async () => {
      await editor.replaceText(renamedChannel);
      await expect(visualizer.node('channel:parcelHandedOver')).toContainText('parcelHandedOver');
      await expect(visualizer.node('channel:parcelDelivered')).toHaveCount(0);
      await expect(visualizer.stale).toHaveCount(0);
    });
    await test.step('break the text', async () => {
      await editor.replaceText(`${renamedChannel}  broken: [\n`);
      await expect(visualizer.stale).toBeVisible();
      await expect(visualizer.node('channel:parcelHandedOver')).toBeVisible();
      await expect(visualizer.nodes).toHaveCount(10);
    });
    await test.step('fix it again', async () => {
      await editor.replaceText(renamedChannel.replace('title: Parcel Tracking Events', 'title: Parcel Journey Events'));
      await expect(visualizer.stale).toHaveCount(0);
      await expect(visualizer.nodesOfKind('application')).toContainText('Parcel Journey Events');
      await expect(visualizer.nodes).toHaveCount(10);
    });
  });

  test('keeps the user\'s zoom when an edit leaves the structure alone, and fits again when it changes it', async ({ editor }) => {
    await visualizer.zoomIn();
    const zoomed = await visualizer.viewportState();
    await editor.replaceText(DEFAULT_DOCUMENT.replace('summary: The tracking service closes', 'summary: The tracker closes'));
    await expect(visualizer.node('operation:confirmDelivery')).toContainText('The tracker closes');
    expect(await visualizer.viewportState()).toBe(zoomed);

    await editor.replaceText(renamedChannel);
    await expect(visualizer.node('channel:parcelHandedOver')).toBeVisible();
    await expect.poll(() => visualizer.viewportState()).not.toBe(zoomed);
  });

  test('exports the graph as SVG and PNG, named after the document', async () => {
    const svg = await visualizer.export('svg');
    expect(svg.name).toBe('parcel-tracking-events-graph.svg');
    const text = svg.bytes.toString('utf8');
    expect(text).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
    expect(text).toContain('>parcelLocation</text>');
    expect(text).toContain('>parcelDelivered</text>');
    expect(text.match(/<g class="edge"/g)).toHaveLength(12);

    const png = await visualizer.export('png');
    expect(png.name).toBe('parcel-tracking-events-graph.png');
    expect(png.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.bytes.length).toBeGreaterThan(5000);
  });

  test('draws a large document with only the cards in view, left to right', async ({ editor }) => {
    // 150 channels: 600 operations, channels and messages, past the size where the layered layout takes over.
    // A dynamic import: Playwright compiles static imports of spec files to CommonJS, which an .mjs is not.
    const { generateDocument } = await import('../bench/generateDocument.mjs');
    await editor.replaceText(generateDocument(150, { properties: 3 }));
    await expect(visualizer.node('channel:channel0001')).toBeVisible();
    const send = await visualizer.node('operation:publish0001').boundingBox();
    const channel = await visualizer.node('channel:channel0001').boundingBox();
    const receive = await visualizer.node('operation:consume0001').boundingBox();
    expect(send!.x + send!.width).toBeLessThan(channel!.x);
    expect(channel!.x + channel!.width).toBeLessThan(receive!.x);
    // Far below the view: not rendered at all.
    await expect(visualizer.node('channel:channel0150')).toHaveCount(0);
  });

  test('draws a 2.6.0 document with the application’s direction', async ({ page }) => {
    await page.getByTestId('open-file-input').setInputFiles(corpusFile('spec-examples/2.6.0/streetlights-kafka.yml'));
    await expect(visualizer.nodesOfKind('application')).toContainText('Streetlights Kafka API');
    await expect(visualizer.nodesOfKind('channel')).toHaveCount(4);
    // 2.x `subscribe`: the application sends (operation → channel); `publish`: it receives (channel → operation).
    await expect(visualizer.edgesFrom('sends', 'operation:', 'channel:')).toHaveCount(3);
    await expect(visualizer.edgesFrom('receives', 'channel:', 'operation:')).toHaveCount(1);
    await expect(visualizer.node('operation:smartylighting.streetlights.1.0.event.{streetlightId}.lighting.measured/publish')).toContainText(
      'receiveLightMeasurement',
    );
  });
});
