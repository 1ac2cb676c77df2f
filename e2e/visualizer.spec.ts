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
    // A readable zoom may leave the card out of view: bring it in as a user would, then click it.
    await visualizer.select('channel:parcelDelivered');
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
    // 150 channels: 600 operations, channels and messages; only the cards in view are rendered.
    // A dynamic import: Playwright compiles static imports of spec files to CommonJS, which an .mjs is not.
    const { generateDocument } = await import('../bench/generateDocument.mjs');
    await editor.replaceText(generateDocument(150, { properties: 1 }));
    // It opens on the application and its neighbourhood, not the far end.
    await expect(visualizer.nodesOfKind('application')).toContainText('Bench Large API');
    await visualizer.laidOut();
    await expect(visualizer.node('channel:channel0150')).toHaveCount(0);
    // The first flow, found as a user would: search centres its channel, the operations either side of it.
    await visualizer.find('channel0001');
    await expect.poll(() => visualizer.distanceFromCentre('channel:channel0001')).toBeLessThan(30);
    const send = await visualizer.node('operation:publish0001').boundingBox();
    const channel = await visualizer.node('channel:channel0001').boundingBox();
    const receive = await visualizer.node('operation:consume0001').boundingBox();
    expect(send!.x + send!.width).toBeLessThan(channel!.x);
    expect(channel!.x + channel!.width).toBeLessThan(receive!.x);
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

  test('edges are routed around the cards, sends and receives told apart by style and name, with a legend', async () => {
    const send = visualizer.edgesFrom('sends', 'operation:reportLocation', 'channel:parcelLocation');
    const receive = visualizer.edgesFrom('receives', 'channel:parcelLocation', 'operation:trackLocation');
    await expect(send).toHaveAttribute('aria-label', 'reportLocation sends parcelLocation');
    await expect(receive).toHaveAttribute('aria-label', 'parcelLocation receives trackLocation');
    const dash = (edge: typeof send) => edge.locator('path.react-flow__edge-path').evaluate((p) => getComputedStyle(p).strokeDasharray);
    expect(await dash(send)).toBe('none');
    expect(await dash(receive)).not.toBe('none');
    // Orthogonal routes: straight runs and rounded corners, no curves.
    expect(await send.locator('path.react-flow__edge-path').getAttribute('d')).not.toMatch(/C/);
    await expect(visualizer.legend).toContainText('sends');
    await expect(visualizer.legend).toContainText('receives');
  });

  test('selecting a card highlights its neighbours and dims the rest', async ({ page }) => {
    await visualizer.select('channel:parcelLocation');
    for (const near of ['operation:reportLocation', 'operation:trackLocation', 'message:locationUpdated', 'server:handhelds']) {
      await expect(visualizer.node(near)).not.toHaveAttribute('data-dimmed', 'true');
    }
    await expect(visualizer.node('operation:confirmDelivery')).toHaveAttribute('data-dimmed', 'true');
    await expect(visualizer.node('channel:parcelDelivered')).toHaveAttribute('data-dimmed', 'true');
    await page.keyboard.press('Escape');
    await expect(visualizer.dimmed()).toHaveCount(0);
  });
});

/** A 3.0 document whose `busy` channel carries `count` messages. */
function busyChannel(count: number): string {
  const messages = Array.from({ length: count }, (_, i) => `        note${i}:\n          name: Note${i}\n          payload:\n            type: string`).join('\n');
  return `asyncapi: 3.0.0\ninfo:\n  title: Busy\n  version: 1.0.0\nchannels:\n  busy:\n    address: busy\n    messages:\n${messages}\noperations:\n  listen:\n    action: receive\n    channel:\n      $ref: '#/channels/busy'\n`;
}

test.describe('visualizer readability', () => {
  test('many messages of one channel fold into a stack that opens and folds again; search opens it too', async ({ page, editor, problems, visualizer }) => {
    await page.goto('/');
    await editor.ready();
    await visualizer.open();
    await editor.replaceText(busyChannel(9));
    await problems.expectValid();
    const stack = visualizer.node('stack:channel:busy');
    await expect(stack).toContainText('9 messages');
    await visualizer.laidOut();
    await expect(visualizer.nodesOfKind('message')).toHaveCount(1);

    await test.step('click the stack: its messages show', async () => {
      await visualizer.select('stack:channel:busy');
      await expect(visualizer.nodesOfKind('message')).toHaveCount(9);
      await expect(stack).toHaveCount(0);
    });
    await test.step('fold them again from the channel', async () => {
      await visualizer.reveal('channel:busy');
      await visualizer.node('channel:busy').getByTestId('graph-fold').click();
      await expect(stack).toContainText('9 messages');
    });
    await test.step('a search for a folded message opens the stack and centres it', async () => {
      await visualizer.find('Note7');
      await expect(visualizer.node('message:/channels/busy/messages/note7')).toBeVisible();
      await expect.poll(() => visualizer.distanceFromCentre('message:/channels/busy/messages/note7')).toBeLessThan(30);
    });
  });

  test('a 300-channel document opens readable (names at least 11 px high) and search centres a card', async ({ page, editor, problems, visualizer }) => {
    const { generateDocument } = await import('../bench/generateDocument.mjs');
    await page.goto('/');
    await editor.ready();
    await visualizer.open();
    await editor.replaceText(generateDocument(300, { properties: 1 }));
    await problems.expectValid();
    await expect(visualizer.nodesOfKind('application')).toContainText('Bench Large API');
    await visualizer.laidOut();
    expect(await visualizer.labelHeight('application')).toBeGreaterThanOrEqual(11);
    expect(Number(await visualizer.viewport.getAttribute('data-zoom'))).toBeGreaterThanOrEqual(0.85);

    await visualizer.find('channel0217');
    await expect(visualizer.searchStatus).toHaveText(/^1 of \d+$/);
    await expect(visualizer.node('channel:channel0217')).toBeVisible();
    await expect.poll(() => visualizer.distanceFromCentre('channel:channel0217')).toBeLessThan(30);
    expect(await visualizer.labelHeight('channel:channel0217')).toBeGreaterThanOrEqual(11);
  });

  test('a layout that runs out of time says so in the visualizer; the analysis and the problems stay', async ({ page, editor, problems, visualizer }) => {
    // The page's clock is ours: once the layout of 1,200 cards has started, jump past its time limit (20 s)
    // instead of waiting for a 20,000-card document, whose parse alone outlasts the analysis limit here.
    await page.clock.install();
    await page.setViewportSize({ width: 1024, height: 768 });
    const { generateDocument } = await import('../bench/generateDocument.mjs');
    await page.goto('/');
    await editor.ready();
    await visualizer.open();
    const header = visualizer.panel.locator('.visualizer-header');
    await expect(visualizer.node('channel:parcelLocation')).toBeVisible();
    const headerHeight = (await header.boundingBox())!.height;
    await editor.replaceText(generateDocument(300, { properties: 1 }));
    await problems.expectValid();
    await expect(visualizer.panel).toHaveAttribute('data-layout', 'running');
    // The first picture is drawn while the full layout runs; saying so does not push the picture down.
    await expect(visualizer.panel.getByRole('status').filter({ hasText: 'Laying out' })).toBeVisible();
    expect((await header.boundingBox())!.height).toBe(headerHeight);
    await page.clock.fastForward('00:25');
    await expect(visualizer.layoutFailed).toContainText('The graph layout took longer than 20 s and was stopped');
    // The analysis is untouched: still valid, its problems listed, the rest of the studio at work.
    await problems.expectValid();
    await expect(problems.rows.first()).toBeVisible();
    await expect(visualizer.panel.getByTestId('graph-add')).toBeEnabled();

    await test.step('the next structural edit lays out again', async () => {
      await editor.replaceText(generateDocument(2, { properties: 1 }));
      await expect(visualizer.node('channel:channel0002')).toBeVisible();
      await expect(visualizer.layoutFailed).toHaveCount(0);
    });
  });
});
