import { describe, expect, it } from 'vitest';
import { INFERRED_NAME, nameInlineSchemas } from './schemaNames';

const anonymous = (n: number, rest: object = {}) => ({ [INFERRED_NAME]: `anonymous_schema_${n}`, ...rest });

describe('nameInlineSchemas', () => {
  it('names inline schemas after their place, and keeps names a schema already has', () => {
    const address = anonymous(2, { type: 'object' });
    const item = anonymous(4, { type: 'object' });
    const named = { [INFERRED_NAME]: 'Money', type: 'object' };
    const root = anonymous(1, { properties: { address, price: named, lines: anonymous(3, { type: 'array', items: item }) } });
    nameInlineSchemas(root, 'parcel_payload');
    expect(root[INFERRED_NAME]).toBe('parcel_payload');
    expect(address[INFERRED_NAME]).toBe('parcel_payload_address');
    expect(item[INFERRED_NAME]).toBe('parcel_payload_lines_item');
    expect(named[INFERRED_NAME]).toBe('Money');
  });

  it('follows a cycle once', () => {
    const node: Record<string, unknown> = anonymous(1, { properties: {} });
    (node.properties as Record<string, unknown>).next = node;
    nameInlineSchemas(node, 'chain');
    expect(node[INFERRED_NAME]).toBe('chain');
  });

  it('leaves an unnamed root and its children as Modelina named them', () => {
    const child = anonymous(2);
    const root = anonymous(1, { properties: { child } });
    nameInlineSchemas(root);
    expect(child[INFERRED_NAME]).toBe('anonymous_schema_2');
  });
});
