import { beforeAll, describe, expect, it } from 'vitest';
import { createValidator, loadFormatValidators } from './createValidator';
import type { LabSchema } from './createValidator';

// Avro and Protobuf validation load on demand in the workers; these tests use them directly.
beforeAll(() => loadFormatValidators());

const jsonSchema: LabSchema = {
  kind: 'json-schema',
  jsonSchema: undefined,
  native: {
    type: 'object',
    required: ['id', 'status'],
    properties: {
      id: { type: 'integer' },
      status: { type: 'string', enum: ['open', 'closed'] },
      sentAt: { type: 'string', format: 'date-time' },
    },
  },
};

describe('JSON Schema (AsyncAPI) validation', () => {
  it('accepts a valid value', () => {
    expect(createValidator(jsonSchema)({ id: 1, status: 'open', sentAt: '2024-01-01T00:00:00Z' })).toEqual([]);
  });

  it('names the missing required property, the wrong type, the enum and the format, each at its path', () => {
    expect(createValidator(jsonSchema)({ status: 'nope', sentAt: 'yesterday' })).toEqual(
      expect.arrayContaining([
        { path: ['id'], message: 'required property “id” is missing' },
        { path: ['status'], message: 'must be one of "open", "closed"' },
        { path: ['sentAt'], message: 'must match format "date-time"' },
      ]),
    );
    expect(createValidator(jsonSchema)({ id: 'one', status: 'open' })).toEqual([{ path: ['id'], message: 'must be integer' }]);
  });

  it('handles recursive schemas (cycles in the parsed model)', () => {
    const node: Record<string, unknown> = { type: 'object', properties: { value: { type: 'number' } } };
    (node.properties as Record<string, unknown>).next = node;
    const validate = createValidator({ kind: 'json-schema', native: undefined, jsonSchema: JSON.parse(JSON.stringify({ a: 1 })) });
    expect(validate({})).toEqual([]);
    const recursive = createValidator({ kind: 'json-schema', native: node, jsonSchema: node });
    expect(recursive({ value: 1, next: { value: 2, next: { value: 'x' } } })).toEqual([{ path: ['next', 'next', 'value'], message: 'must be number' }]);
  });
});

describe('OpenAPI 3.0 schema validation', () => {
  const schema: LabSchema = {
    kind: 'openapi',
    jsonSchema: undefined,
    native: { type: 'object', properties: { nickname: { type: 'string', nullable: true }, name: { type: 'string' } } },
  };
  it('reads nullable: true as "or null"', () => {
    expect(createValidator(schema)({ nickname: null, name: 'x' })).toEqual([]);
    expect(createValidator(schema)({ name: null })).toEqual([{ path: ['name'], message: 'must be string' }]);
  });
});

describe('Avro validation', () => {
  const schema: LabSchema = {
    kind: 'avro',
    jsonSchema: undefined,
    native: {
      type: 'record',
      name: 'User',
      fields: [
        { name: 'id', type: 'long' },
        { name: 'email', type: ['null', 'string'], default: null },
        { name: 'createdAt', type: { type: 'long', logicalType: 'timestamp-millis' } },
        { name: 'role', type: { type: 'enum', name: 'Role', symbols: ['ADMIN', 'USER'] } },
      ],
    },
  };
  // Made when a test runs: Avro validation is loaded by then.
  const validate = (value: unknown) => createValidator(schema)(value);

  it('accepts the in-memory form and Avro’s JSON encoding with wrapped unions', () => {
    expect(validate({ id: 1, email: 'a@b.c', createdAt: 1700000000000, role: 'USER' })).toEqual([]);
    expect(validate({ id: 1, email: { string: 'a@b.c' }, createdAt: 1700000000000, role: 'USER' })).toEqual([]);
    expect(validate({ id: 1, email: null, createdAt: 0, role: 'ADMIN' })).toEqual([]);
  });

  it('reports a union mismatch and a wrong enum symbol at their fields', () => {
    const violations = validate({ id: 1, email: 5, createdAt: 0, role: 'ROOT' });
    expect(violations.map((v) => v.path)).toEqual([['email'], ['role']]);
    expect(violations[0]!.message).toContain('union');
    expect(violations[1]!.message).toContain('ADMIN, USER');
  });

  it('reports a missing field', () => {
    expect(validate({ email: null, createdAt: 0, role: 'USER' }).map((v) => v.path)).toEqual([['id']]);
  });
});

describe('Protobuf (proto3 JSON mapping) validation', () => {
  const proto = `syntax = "proto3";
package shop;
message Address { string city = 1; }
message Order {
  int64 order_id = 1;
  repeated string items = 2;
  Address ship_to = 3;
  Status status = 4;
  enum Status { NEW = 0; SHIPPED = 1; }
}`;
  const validate = (value: unknown) => createValidator({ kind: 'protobuf', native: proto, jsonSchema: undefined, protobufType: 'Order' })(value);

  it('accepts lowerCamelCase and original field names, 64-bit integers as strings, enum names', () => {
    expect(validate({ orderId: '12', items: ['a'], shipTo: { city: 'Oslo' }, status: 'SHIPPED' })).toEqual([]);
    expect(validate({ order_id: 12, ship_to: { city: 'Oslo' } })).toEqual([]);
  });

  it('reports an unknown field and a wrong type, nested too', () => {
    expect(validate({ orderId: 'x', colour: 'red', shipTo: { city: 7 } })).toEqual([
      { path: ['orderId'], message: 'expected an integer (int64)' },
      { path: ['colour'], message: 'unknown field “colour” in Order' },
      { path: ['shipTo', 'city'], message: 'expected a string' },
    ]);
  });

  it('picks the first message type when none is named', () => {
    const first = createValidator({ kind: 'protobuf', native: proto, jsonSchema: undefined });
    expect(first({ city: 'x' })).toEqual([]);
  });
});
