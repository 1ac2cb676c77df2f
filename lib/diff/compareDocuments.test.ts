import { describe, expect, it } from 'vitest';
import { compareDocuments } from './compareDocuments';
import type { Change } from './types';

type Doc = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A 3.0 document as written: an `orders` channel on `prod`, one operation, a payload in components. */
function base3(action: 'send' | 'receive' = 'receive'): Doc {
  return {
    asyncapi: '3.0.0',
    info: { title: 'Orders', version: '1.2.0', description: 'Order events.' },
    servers: { prod: { host: 'broker.example.com', protocol: 'kafka', security: [{ $ref: '#/components/securitySchemes/sasl' }] } },
    channels: {
      orders: {
        address: 'orders.v1',
        servers: [{ $ref: '#/servers/prod' }],
        messages: { orderPlaced: { $ref: '#/components/messages/OrderPlaced' } },
      },
    },
    operations: {
      onOrder: { action, channel: { $ref: '#/channels/orders' }, messages: [{ $ref: '#/channels/orders/messages/orderPlaced' }] },
    },
    components: {
      messages: { OrderPlaced: { summary: 'An order was placed.', payload: { $ref: '#/components/schemas/Order' } } },
      schemas: {
        Order: {
          type: 'object',
          required: ['id'],
          properties: { id: { type: 'string' }, status: { type: 'string', enum: ['new', 'paid'] }, customer: { $ref: '#/components/schemas/Customer' } },
        },
        Customer: { type: 'object', properties: { name: { type: 'string' } } },
      },
      securitySchemes: { sasl: { type: 'scramSha256' } },
    },
  };
}

function variant(doc: Doc, edit: (d: Doc) => void): Doc {
  const copy = structuredClone(doc);
  edit(copy);
  return copy;
}

function compare(before: Doc, after: Doc) {
  return compareDocuments({ document: before }, { document: after });
}

function only(changes: Change[]): Change {
  expect(changes).toHaveLength(1);
  return changes[0] as Change;
}

describe('payload changes by direction (3.x)', () => {
  const requireStatus = (d: Doc) => d.components.schemas.Order.required.push('status');

  it('is breaking for a message the application receives, non-breaking for one it sends', () => {
    const received = only(compare(base3('receive'), variant(base3('receive'), requireStatus)).changes);
    expect(received).toMatchObject({ group: 'schema', entity: 'Order', class: 'breaking', kind: 'added', path: '/components/schemas/Order/required/1', directions: ['receive'] });
    expect(received.description).toBe('Schema “Order”, field “status”: became required');
    expect(only(compare(base3('send'), variant(base3('send'), requireStatus)).changes).class).toBe('non-breaking');
  });

  it('reaches schemas nested through $refs, with the message’s direction', () => {
    const widen = (d: Doc) => (d.components.schemas.Customer.properties.name.type = ['string', 'null']);
    expect(only(compare(base3('send'), variant(base3('send'), widen)).changes)).toMatchObject({ entity: 'Customer', class: 'breaking', directions: ['send'] });
    expect(only(compare(base3('receive'), variant(base3('receive'), widen)).changes).class).toBe('non-breaking');
  });

  it('is breaking either way for a message used both ways', () => {
    const both = variant(base3('receive'), (d) => {
      d.operations.sendOrder = { action: 'send', channel: { $ref: '#/channels/orders' } };
    });
    const widen = variant(both, (d) => d.components.schemas.Order.properties.status.enum.push('void'));
    expect(only(compare(both, widen).changes)).toMatchObject({ class: 'breaking', directions: ['receive', 'send'] });
  });

  it('judges a changed inline payload where it is written', () => {
    const inline = variant(base3('receive'), (d) => (d.components.messages.OrderPlaced.payload = { type: 'object', properties: { id: { type: 'string' } } }));
    const change = only(compare(inline, variant(inline, (d) => (d.components.messages.OrderPlaced.payload.properties.id.maxLength = 8))).changes);
    expect(change).toMatchObject({ group: 'message', entity: 'OrderPlaced', path: '/components/messages/OrderPlaced/payload/properties/id/maxLength', class: 'breaking' });
    expect(change.description).toBe('Message “OrderPlaced” payload, field “id”: maxLength 8 added');
  });
});

describe('payload changes by direction (2.x, seen from the client)', () => {
  function base2(verb: 'publish' | 'subscribe'): Doc {
    return {
      asyncapi: '2.6.0',
      info: { title: 'Orders', version: '1.0.0' },
      channels: { 'orders/placed': { [verb]: { operationId: 'order', message: { name: 'OrderPlaced', payload: { type: 'object', properties: { id: { type: 'integer' } } } } } } },
    };
  }
  const narrow = (verb: string) => (d: Doc) => (d.channels['orders/placed'][verb].message.payload.properties.id.minimum = 1);

  it('reads publish as what the application receives', () => {
    const change = only(compare(base2('publish'), variant(base2('publish'), narrow('publish'))).changes);
    expect(change).toMatchObject({ group: 'message', entity: 'OrderPlaced', class: 'breaking', directions: ['receive'] });
  });

  it('reads subscribe as what the application sends', () => {
    expect(only(compare(base2('subscribe'), variant(base2('subscribe'), narrow('subscribe'))).changes)).toMatchObject({ class: 'non-breaking', directions: ['send'] });
  });

  it('reports a 2.x channel renamed as its address changed', () => {
    const moved = variant(base2('publish'), (d) => {
      d.channels['orders/created'] = d.channels['orders/placed'];
      delete d.channels['orders/placed'];
    });
    const classes = compare(base2('publish'), moved).changes.map((c) => [c.group, c.kind, c.class]);
    expect(classes).toContainEqual(['channel', 'removed', 'breaking']);
    expect(classes).toContainEqual(['channel', 'added', 'non-breaking']);
  });
});

describe('structure', () => {
  it('finds removed and added servers, channels and operations', () => {
    const after = variant(base3(), (d) => {
      delete d.operations.onOrder;
      d.servers.staging = { host: 'staging.example.com', protocol: 'kafka' };
    });
    const rows = compare(base3(), after).changes.map((c) => [c.group, c.kind, c.class, c.path, c.side]);
    expect(rows).toEqual([
      ['server', 'added', 'non-breaking', '/servers/staging', 'new'],
      ['operation', 'removed', 'breaking', '/operations/onOrder', 'old'],
    ]);
  });

  it('calls a channel with a new key at the same address renamed, and still compares what is inside', () => {
    const after = variant(base3(), (d) => {
      d.channels.orderEvents = d.channels.orders;
      delete d.channels.orders;
      d.channels.orderEvents.messages.orderPlaced = { payload: { type: 'string' } };
      d.operations.onOrder.channel.$ref = '#/channels/orderEvents';
      d.operations.onOrder.messages[0].$ref = '#/channels/orderEvents/messages/orderPlaced';
    });
    const changes = compare(base3(), after).changes;
    expect(changes.map((c) => c.description)).toContain('Channel “orderEvents” renamed from “orders” to “orderEvents” (same address)');
    expect(changes.find((c) => c.group === 'channel')?.class).toBe('breaking');
    // The message behind it changed from the Order object to a string: both ways a swap.
    expect(changes.some((c) => c.path.startsWith('/channels/orderEvents/messages/orderPlaced/payload') && c.class === 'breaking')).toBe(true);
    expect(changes.some((c) => c.kind === 'removed' && c.group === 'operation')).toBe(false);
  });

  it('classes address, protocol and security changes as breaking', () => {
    const after = variant(base3(), (d) => {
      d.channels.orders.address = 'orders.v2';
      d.servers.prod.protocol = 'kafka-secure';
      d.components.securitySchemes.sasl.type = 'plain';
    });
    const rows = compare(base3(), after).changes.map((c) => [c.path, c.class]);
    expect(rows).toEqual([
      ['/servers/prod/protocol', 'breaking'],
      ['/channels/orders/address', 'breaking'],
      ['/components/securitySchemes/sasl/type', 'breaking'],
    ]);
  });

  it('classes descriptions, summaries, titles, tags, examples and externalDocs as annotations', () => {
    const after = variant(base3(), (d) => {
      d.info.description = 'Order events, v2.';
      d.components.messages.OrderPlaced.summary = 'Placed.';
      d.components.messages.OrderPlaced.examples = [{ payload: { id: 'a' } }];
      d.channels.orders.title = 'Orders';
      d.operations.onOrder.tags = [{ name: 'orders' }];
      d.servers.prod.externalDocs = { url: 'https://example.com' };
      d.components.schemas.Order.description = 'An order.';
    });
    const changes = compare(base3(), after).changes;
    expect(changes).toHaveLength(7);
    expect(new Set(changes.map((c) => c.class))).toEqual(new Set(['annotation']));
  });

  it('judges a message added to or dropped from an operation by its direction', () => {
    const withTwo = (action: 'send' | 'receive') =>
      variant(base3(action), (d) => {
        d.channels.orders.messages.orderCancelled = { payload: { type: 'string' } };
        d.operations.onOrder.messages.push({ $ref: '#/channels/orders/messages/orderCancelled' });
      });
    const dropped = (action: 'send' | 'receive') => variant(withTwo(action), (d) => d.operations.onOrder.messages.pop());
    const opRow = (changes: Change[]) => changes.find((c) => c.group === 'operation');
    expect(opRow(compare(withTwo('receive'), dropped('receive')).changes)).toMatchObject({ kind: 'removed', class: 'breaking', description: 'Operation “onOrder” no longer receives message “orderCancelled”' });
    expect(opRow(compare(withTwo('send'), dropped('send')).changes)?.class).toBe('non-breaking');
    expect(opRow(compare(dropped('send'), withTwo('send')).changes)).toMatchObject({ kind: 'added', class: 'breaking' });
    expect(opRow(compare(dropped('receive'), withTwo('receive')).changes)?.class).toBe('non-breaking');
  });

  it('treats a channel limited to fewer servers as breaking, and more as not', () => {
    const two = variant(base3(), (d) => {
      d.servers.backup = { host: 'backup.example.com', protocol: 'kafka' };
      d.channels.orders.servers.push({ $ref: '#/servers/backup' });
    });
    const one = variant(two, (d) => d.channels.orders.servers.pop());
    expect(only(compare(two, one).changes.filter((c) => c.group === 'channel'))).toMatchObject({ class: 'breaking', description: 'Channel “orders” is no longer on servers “backup”' });
    expect(only(compare(one, two).changes.filter((c) => c.group === 'channel')).class).toBe('non-breaking');
  });

  it('suggests the next version from the classes, ignoring the version label itself', () => {
    const report = compare(base3(), variant(base3(), (d) => (d.info.version = '1.3.0')));
    expect(report.counts).toEqual({ breaking: 0, 'non-breaking': 0, annotation: 1 });
    expect(report.version).toMatchObject({ bump: 'none', current: '1.2.0', declared: '1.3.0' });
    const breaking = compare(base3(), variant(base3(), (d) => delete d.servers.prod));
    expect(breaking.version).toMatchObject({ bump: 'major', next: '2.0.0' });
  });
});

describe('inputs', () => {
  it('gives lines from each side’s locate: the new one for changes, the old one for removals', () => {
    const locateOld = (path: ReadonlyArray<string | number>) => (path.join('/') === 'servers/prod' ? { startLine: 7, startColumn: 3, endLine: 9, endColumn: 1 } : undefined);
    const locateNew = (path: ReadonlyArray<string | number>) => (path.length === 0 ? { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 } : undefined);
    const report = compareDocuments({ document: base3(), locate: locateOld }, { document: variant(base3(), (d) => {
      delete d.servers.prod;
      d.info.title = 'Orders v2';
    }), locate: locateNew });
    expect(report.changes.find((c) => c.path === '/servers/prod')).toMatchObject({ side: 'old', line: 7 });
    // A change whose own path is not written in the text takes its nearest written parent's line.
    expect(report.changes.find((c) => c.path === '/info/title')).toMatchObject({ side: 'new', line: 1 });
  });

  it('takes resolved documents with shared and circular objects, as the parser gives them', () => {
    const resolve = (d: Doc) => {
      const order = d.components.schemas.Order;
      order.properties.customer = d.components.schemas.Customer;
      d.components.schemas.Customer.properties.lastOrder = order;
      d.components.messages.OrderPlaced.payload = order;
      d.channels.orders.messages.orderPlaced = d.components.messages.OrderPlaced;
      d.operations.onOrder.channel = d.channels.orders;
      d.operations.onOrder.messages = [d.components.messages.OrderPlaced];
      d.channels.orders.servers = [d.servers.prod];
      return d;
    };
    const before = resolve(base3());
    const after = resolve(variant(base3(), (d) => d.components.schemas.Customer.properties.name.minLength = 1));
    expect(only(compare(before, after).changes)).toMatchObject({ entity: 'Customer', class: 'breaking', path: '/components/schemas/Customer/properties/name/minLength' });
  });

  it('takes what unstringify(...).json() leaves: "$ref:$" strings for repeated objects', () => {
    const stringified = variant(base3(), (d) => {
      d.components.messages.OrderPlaced.payload = '$ref:$.components.schemas.Order';
      d.channels.orders.messages.orderPlaced = '$ref:$.components.messages.OrderPlaced';
    });
    const after = variant(stringified, (d) => (d.components.schemas.Order.properties.id.format = 'uuid'));
    expect(only(compare(stringified, after).changes)).toMatchObject({ entity: 'Order', class: 'breaking', directions: ['receive'] });
  });

  it('refuses documents of different majors and non-AsyncAPI data', () => {
    expect(() => compare(base3(), { asyncapi: '2.6.0', info: {}, channels: {} })).toThrow(/upgrade the 2\.x one first/);
    expect(() => compare({ openapi: '3.1.0' }, base3())).toThrow(/not an AsyncAPI document/);
  });
});

describe('messages no operation names', () => {
  const withSpare = (spare: Doc | undefined) =>
    variant(base3('send'), (d) => {
      if (spare) d.channels.orders.messages.spare = spare;
    });

  it('are not the application’s when the channel has operations', () => {
    const change = only(compare(withSpare(undefined), withSpare({ payload: { type: 'string' } })).changes);
    expect(change).toMatchObject({ group: 'message', kind: 'added', class: 'non-breaking' });
  });

  it('are judged both ways on a channel no operation uses', () => {
    const bare = (extra: boolean) =>
      variant(base3(), (d) => {
        delete d.operations;
        if (extra) d.channels.orders.messages.spare = { payload: { type: 'string' } };
      });
    expect(only(compare(bare(false), bare(true)).changes)).toMatchObject({ kind: 'added', class: 'breaking', description: 'Message “spare” added (the application sends and receives it)' });
  });
});
