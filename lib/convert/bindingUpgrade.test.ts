import { describe, expect, it } from 'vitest';
import { upgradeBindings } from './bindingUpgrade';

describe('upgradeBindings', () => {
  it('drops what a 3.x binding version no longer has, keeps extensions, and says why', () => {
    const document = {
      asyncapi: '3.1.0',
      operations: { get: { action: 'receive', bindings: { http: { type: 'request', method: 'GET', 'x-note': 1 } } } },
    };
    const notes = upgradeBindings(document, '3.1.0');
    expect(document.operations.get.bindings.http).toEqual({ method: 'GET', 'x-note': 1 });
    expect(notes).toEqual([
      'operations.get.bindings.http.type: removed ("request"); the http operation binding 0.3.0 has no "type": 3.x tells a request from a response by the operation’s action and reply.',
    ]);
  });

  it('moves a binding version 3.x does not accept to the newest it does, and turns a value into a schema where one is wanted', () => {
    const document = {
      components: { operationTraits: { kafka: { bindings: { kafka: { clientId: 'my-app-id', groupId: { type: 'string' }, bindingVersion: '0.1.0' } } } } },
    };
    const notes = upgradeBindings(document, '3.0.0');
    expect(document.components.operationTraits.kafka.bindings.kafka).toEqual({ clientId: { type: 'string', enum: ['my-app-id'] }, groupId: { type: 'string' }, bindingVersion: '0.5.0' });
    expect(notes).toHaveLength(2);
  });

  it('writes a per-protocol $ref in place and makes header values a schema', () => {
    const document = {
      channels: { c: { messages: { m: { bindings: { http: { $ref: '#/components/messageBindings/streaming' } } } } } },
      components: { messageBindings: { streaming: { http: { headers: { 'Transfer-Encoding': 'chunked' } } } } },
    };
    upgradeBindings(document, '3.1.0');
    const expected = { headers: { type: 'object', properties: { 'Transfer-Encoding': { type: 'string', const: 'chunked' } } } };
    expect(document.channels.c.messages.m.bindings.http).toEqual(expected);
    expect(document.components.messageBindings.streaming.http).toEqual(expected);
  });

  it('follows only a $ref into the document: not `#` itself, another file or a malformed one', () => {
    const document = {
      http: { headers: { a: 'b' } },
      channels: { c: { messages: { m: { bindings: { http: { $ref: '#' }, kafka: { $ref: 'other.yaml#/x' }, amqp: { $ref: '#/x%' } } } } } },
    };
    const before = structuredClone(document);
    expect(upgradeBindings(document, '3.1.0')).toEqual([]);
    expect(document).toEqual(before);
  });

  it('leaves a valid 3.x binding and an unknown protocol alone', () => {
    const document = { servers: { s: { bindings: { mqtt: { clientId: 'x', bindingVersion: '0.2.0' }, custom: { anything: true } } } } };
    const before = structuredClone(document);
    expect(upgradeBindings(document, '3.1.0')).toEqual([]);
    expect(document).toEqual(before);
  });
});
