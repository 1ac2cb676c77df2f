import { describe, expect, it } from 'vitest';
import { resolveLocalRefs } from './resolve';

describe('the resolved view of a document', () => {
  const raw = {
    channels: {
      a: { messages: { m: { $ref: '#/components/messages/M' } } },
      b: { messages: { m: { $ref: '#/components/messages/M' } } },
    },
    components: {
      messages: { M: { payload: { $ref: '#/components/schemas/Node' } }, Alias: { $ref: '#/components/messages/M' } },
      schemas: { Node: { type: 'object', properties: { next: { $ref: '#/components/schemas/Node' } } } },
    },
    external: { $ref: 'other.yaml#/x' },
    broken: { $ref: '#/nowhere' },
  };

  it('follows local refs, shares what two places point at, and keeps cycles and foreign refs as $ref objects', () => {
    const view = resolveLocalRefs(raw);
    const data = view.data as typeof raw & Record<string, never>;
    const a = (data.channels.a.messages.m as unknown as { payload: { type: string; properties: { next: unknown } } });
    expect(a.payload.type).toBe('object');
    expect(data.channels.b.messages.m).toBe(data.channels.a.messages.m);
    expect(data.components.messages.Alias).toBe(data.components.messages.M);
    expect(a.payload.properties.next).toEqual({ $ref: '#/components/schemas/Node' });
    expect(data.external).toEqual({ $ref: 'other.yaml#/x' });
    expect(data.broken).toEqual({ $ref: '#/nowhere' });
  });

  it('maps a path in the resolved document back to where the value is written', () => {
    const view = resolveLocalRefs(raw);
    expect(view.sourcePathOf(['channels', 'b', 'messages', 'm', 'payload', 'type'])).toEqual(['components', 'schemas', 'Node', 'type']);
    expect(view.sourcePathOf(['channels', 'a', 'messages', 'm', 'summary'])).toEqual(['components', 'messages', 'M', 'summary']);
    expect(view.sourcePathOf(['channels', 'a'])).toEqual(['channels', 'a']);
    expect(view.sourcePathOf(['components', 'schemas', 'Node', 'properties', 'next'])).toEqual(['components', 'schemas', 'Node', 'properties', 'next']);
  });

  it('ends on a loop of bare refs', () => {
    const loop = { a: { $ref: '#/b' }, b: { $ref: '#/a' } };
    expect(() => resolveLocalRefs(loop)).not.toThrow();
  });
});
