import { writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { corpusFile, expect, test } from './fixtures';
import type { EditorPage } from './pages/EditorPage';

/** A small 3.1 document with a comment above a channel's address and a message two places refer to. */
const ORDERS = `asyncapi: 3.1.0
info:
  title: Orders
  version: 1.0.0
channels:
  orderPlaced:
    # The topic name is agreed with the warehouse team.
    address: orders.placed
    messages:
      OrderPlaced:
        $ref: '#/components/messages/OrderPlaced'
      OrderCancelled:
        $ref: '#/components/messages/OrderCancelled'
operations:
  publishOrder:
    action: send
    channel:
      $ref: '#/channels/orderPlaced'
    messages:
      - $ref: '#/channels/orderPlaced/messages/OrderPlaced'
      - $ref: '#/channels/orderPlaced/messages/OrderCancelled'
components:
  messages:
    OrderPlaced:
      payload:
        type: object
    OrderCancelled:
      payload:
        type: object
`;

/** The editor's visible lines as text (Monaco draws spaces as no-break spaces). */
async function shownText(editor: EditorPage): Promise<string> {
  return (await editor.visibleText()).replace(/\u00a0/g, ' ');
}

async function fileWith(text: string): Promise<string> {
  const path = join(await mkdtemp(join(tmpdir(), 'studio-visual-')), 'orders.yaml');
  await writeFile(path, text);
  return path;
}

test.describe('visual editing', () => {
  test('builds a valid 3.1 document from an empty one with only the guide, the graph and forms', async ({ page, editor, problems, guide, visualizer, inspector, files }) => {
    // Fifteen edits, each analysed: a long walk on a busy machine.
    test.slow();
    await page.goto('/');
    await editor.ready();

    await test.step('the guide writes the API, a server, a channel, a message with its payload and an operation', async () => {
      await guide.startFromGallery();
      await guide.run('info', { title: 'Orders', version: '1.0.0' });
      await guide.run('server', { name: 'production', host: 'broker.example.com:9092', protocol: 'kafka' });
      await guide.run('channel', { name: 'orderPlaced', address: 'orders.placed' });
      await guide.run('message', { name: 'OrderPlaced' }, [
        { name: 'id', type: 'string' },
        { name: 'total', type: 'number' },
      ]);
      await guide.run('operation', { name: 'publishOrderPlaced', action: 'send' });
      await guide.finish();
      await problems.expectValid();
    });

    await test.step('the graph adds a channel, an operation on it and a message', async () => {
      await visualizer.open();
      await visualizer.add('channel', { name: 'orderShipped', address: 'orders.shipped' });
      await expect(visualizer.node('channel:orderShipped')).toBeVisible();
      await visualizer.add('operation', { name: 'auditOrders', action: 'receive', channel: '/channels/orderShipped' });
      // The graph draws a message once a channel carries it.
      await visualizer.add('message', { name: 'OrderShipped', channel: '/channels/orderPlaced' });
      await expect(visualizer.node('message:OrderShipped')).toBeVisible();
      await expect(visualizer.node('operation:auditOrders')).toBeVisible();
      await problems.expectValid();
    });

    await test.step('dragging connects: the message onto another channel, the operation onto another channel', async () => {
      await visualizer.drag('message:OrderShipped', 'channel:orderShipped');
      await expect(visualizer.edgesFrom('carries', 'channel:orderShipped', 'message:OrderShipped')).toHaveCount(1);
      await visualizer.drag('operation:auditOrders', 'channel:orderPlaced');
      await expect(visualizer.edgesFrom('receives', 'channel:orderPlaced', 'operation:auditOrders')).toHaveCount(1);
      await problems.expectValid();
    });

    await test.step('a form edits the new message’s content type', async () => {
      await visualizer.select('message:OrderShipped');
      await inspector.expectObject('/components/messages/OrderShipped');
      await inspector.fill('/components/messages/OrderShipped/contentType', 'application/json');
      await expect(inspector.field('/components/messages/OrderShipped/contentType').locator('input')).toHaveValue('application/json');
      await problems.expectValid();
    });

    await test.step('the document says what was built', async () => {
      const saved = (await files.download(() => files.downloadButton.click())).bytes.toString('utf8');
      expect(saved).toMatch(/^asyncapi: 3\.1\.0\n/);
      expect(saved).toContain('publishOrderPlaced:');
      expect(saved).toContain('auditOrders:');
      expect(saved).toMatch(/total:\n\s+type: number/);
      expect(saved).toContain('contentType: application/json');
    });
  });

  test('edits a channel address in the inspector: text and graph follow, the comment stays, one undo restores it', async ({ page, editor, problems, visualizer, inspector, files }) => {
    await page.goto('/');
    await editor.ready();
    await files.open(await fileWith(ORDERS));
    await problems.expectValid();
    await visualizer.open();

    await test.step('selecting the channel in the graph opens its form', async () => {
      await visualizer.select('channel:orderPlaced');
      await inspector.expectObject('/channels/orderPlaced');
      await expect(inspector.field('/channels/orderPlaced/address')).toHaveAttribute('data-kind', 'string');
      await expect(inspector.field('/channels/orderPlaced/address').locator('input')).toHaveValue('orders.placed');
    });

    await test.step('a new address reaches the text and the graph; the comment above it stays', async () => {
      await inspector.fill('/channels/orderPlaced/address', 'orders.v2.placed');
      await expect(visualizer.node('channel:orderPlaced')).toContainText('orders.v2.placed');
      await expect.poll(() => shownText(editor)).toContain('address: orders.v2.placed');
      expect(await shownText(editor)).toContain('# The topic name is agreed with the warehouse team.\n    address: orders.v2.placed');
      await problems.expectValid();
    });

    await test.step('one Ctrl+Z in the editor brings the old address back', async () => {
      await editor.focus();
      await page.keyboard.press('ControlOrMeta+Z');
      await expect.poll(() => shownText(editor)).toContain('address: orders.placed');
      await expect(visualizer.node('channel:orderPlaced')).toContainText('orders.placed');
      await expect(visualizer.node('channel:orderPlaced')).not.toContainText('orders.v2.placed');
      const saved = (await files.download(() => files.downloadButton.click())).bytes.toString('utf8');
      expect(saved).toBe(ORDERS);
    });
  });

  test('deletes a message and the references to it', async ({ page, editor, problems, visualizer, inspector, files }) => {
    await page.goto('/');
    await editor.ready();
    await files.open(await fileWith(ORDERS));
    await problems.expectValid();
    await visualizer.open();

    await visualizer.select('message:OrderCancelled');
    await inspector.expectObject('/components/messages/OrderCancelled');
    // The Delete key on the selected card asks the same question as the inspector's Delete.
    await page.keyboard.press('Delete');
    await expect(inspector.deleteDialog).toContainText('Delete “OrderCancelled”?');
    await page.keyboard.press('Escape');
    await expect(inspector.deleteDialog).toBeHidden();
    const references = await inspector.delete(true);
    // The channel's entry refers to the component; the operation refers to that entry.
    await expect(references).toHaveCount(1);
    await expect(references.first()).toHaveAttribute('data-path', '/channels/orderPlaced/messages/OrderCancelled/$ref');
    await inspector.confirmDelete();

    await expect(visualizer.node('message:OrderCancelled')).toHaveCount(0);
    await problems.expectValid();
    const saved = (await files.download(() => files.downloadButton.click())).bytes.toString('utf8');
    expect(saved).not.toContain('OrderCancelled');
    expect(saved).toContain('# The topic name is agreed with the warehouse team.');
    expect(saved).toContain("- $ref: '#/channels/orderPlaced/messages/OrderPlaced'");
  });

  test('a 2.x document: forms edit it; a change only 3.x can express offers the upgrade first', async ({ page, editor, problems, visualizer, inspector, files }) => {
    const measured = 'smartylighting.streetlights.1.0.event.{streetlightId}.lighting.measured';
    const turnOn = 'smartylighting.streetlights.1.0.action.{streetlightId}.turn.on';
    await page.goto('/');
    await editor.ready();
    await files.open(corpusFile('spec-examples/2.6.0/streetlights-kafka.yml'));
    await problems.expectValid();
    await visualizer.open();

    await test.step('the inspector edits a 2.x channel', async () => {
      await visualizer.select(`channel:${turnOn}`);
      await inspector.expectObject(`/channels/${turnOn.replace(/\//g, '~1')}`);
      await inspector.fill(`/channels/${turnOn}/description`, 'Turns a light on.');
      await expect(editor.root).toContainText('Turns a light on.');
      const saved = (await files.download(() => files.downloadButton.click())).bytes.toString('utf8');
      expect(saved).toContain('description: Turns a light on.');
      await problems.expectValid();
    });

    await test.step('moving an operation to another channel needs 3.x: the upgrade is offered', async () => {
      await visualizer.drag(`operation:${measured}/publish`, `channel:${turnOn}`);
      const offer = visualizer.panel.getByTestId('upgrade-offer');
      await expect(offer).toContainText('Upgrade the document to 3.x');
      await offer.getByTestId('upgrade-offer-convert').click();
      await expect(page.getByTestId('convert-dialog')).toBeVisible();
    });
  });
});
