import { describe, expect, it } from 'vitest';
import { acyclicSchema } from './acyclicSchema';
import { compileJsonSchema } from './jsonSchemaValidator';
import { generateExample } from './generateExample';

/** Schemas as the parser hands them out: a shared object graph, with a cycle (a customer's orders). */
function orderGraph() {
  const address = { type: 'object', required: ['city'], properties: { city: { type: 'string' } } };
  const customer: Record<string, unknown> = { type: 'object', properties: { name: { type: 'string' }, home: address } };
  const order = { type: 'object', required: ['billing', 'shipping'], properties: { billing: address, shipping: address, customer } };
  customer.properties = { ...(customer.properties as object), orders: { type: 'array', items: order } };
  return { order, address };
}

/** `count` schemas, each with `refs` links to others: exponentially many paths through them. */
function web(count: number, refs: number): Record<string, unknown> {
  const nodes = Array.from({ length: count }, () => ({ type: 'object', properties: { id: { type: 'string' } } as Record<string, unknown> }));
  nodes.forEach((node, i) => {
    for (let j = 1; j <= refs; j++) node.properties[`link${j}`] = nodes[(i * 7 + j * 3) % count];
  });
  return nodes[0]!;
}

describe('acyclicSchema', () => {
  it('turns a cycle into a pointer to the ancestor, and shares repeats unless told not to (Avro, Protobuf)', () => {
    const { order } = orderGraph();
    const copy = acyclicSchema(order, { shareRepeats: false }) as { properties: Record<string, { properties?: Record<string, unknown> }> };
    expect(copy.properties.shipping).toEqual(copy.properties.billing);
    expect(copy.properties.customer!.properties!.orders).toEqual({ type: 'array', items: { $ref: '#' } });

    const shared = acyclicSchema(order) as typeof copy;
    expect(shared.properties.shipping).toEqual({ $ref: '#/properties/billing' });
    expect(shared.properties.customer!.properties!.home).toEqual({ $ref: '#/properties/billing' });
  });

  it('never shares values that are data (enum, const, default, examples)', () => {
    const value = { a: 1 };
    const copy = acyclicSchema({ type: 'object', default: value, examples: [value], properties: { x: { const: value } } });
    expect(copy).toEqual({ type: 'object', default: { a: 1 }, examples: [{ a: 1 }], properties: { x: { const: { a: 1 } } } });
  });

  it('keeps schemas that refer to one another small when sharing (the copy would hold every path through them)', () => {
    const text = JSON.stringify(acyclicSchema(web(40, 4)));
    expect(text.length).toBeLessThan(100_000);
  });

  it('a shared copy validates as the graph does: each use of a shared schema at its own path', () => {
    const validate = compileJsonSchema(orderGraph().order);
    expect(validate({ billing: { city: 'Oslo' }, shipping: { city: 'Bergen' }, customer: { orders: [{ billing: { city: 'A' }, shipping: { city: 'B' } }] } })).toEqual([]);
    expect(validate({ billing: { city: 'Oslo' }, shipping: {} }).map((v) => v.path)).toEqual([['shipping', 'city']]);
    expect(validate({ billing: { city: 'Oslo' }, shipping: { city: 'B' }, customer: { orders: [{ billing: { city: 1 }, shipping: { city: 'B' } }] } }).map((v) => v.path)).toEqual([
      ['customer', 'orders', 0, 'billing', 'city'],
    ]);
  });
});

describe('generateExample on a shared copy', () => {
  it('fills every use of a shared schema, and leaves out what would lead back into a schema being generated', () => {
    const example = generateExample(acyclicSchema(orderGraph().order));
    expect(example).toEqual({
      billing: { city: 'string' },
      shipping: { city: 'string' },
      customer: { name: 'string', home: { city: 'string' }, orders: [] },
    });
  });

  it('stays bounded on schemas that refer to one another', () => {
    const example = generateExample(acyclicSchema(web(40, 4)));
    expect(JSON.stringify(example).length).toBeLessThan(200_000);
    expect((example as { id: string }).id).toBe('string');
  });
});
