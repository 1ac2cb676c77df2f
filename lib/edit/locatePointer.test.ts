import { describe, expect, it } from 'vitest';
import { graphOfCorpus } from '@/lib/graph/graphTestKit';
import { readCorpus } from '@/lib/testing/corpus';
import { valueOf } from './editTestKit';
import { isRecord, valueAt } from './documentModel';
import { nodeOfPointer, objectPointerAt, pointerOfNode } from './locatePointer';

describe('graph nodes and document pointers', () => {
  it.each(['spec-examples/3.1.0/streetlights-kafka-asyncapi.yml', 'spec-examples/2.6.0/streetlights-kafka.yml', 'spec-examples/3.0.0/kraken-websocket-request-reply-multiple-channels-asyncapi.yml'])(
    '%s: every node leads to its object, and back',
    async (path) => {
      const { graph, document } = await graphOfCorpus(path);
      const isV2 = document.version().startsWith('2.');
      const root = valueOf(readCorpus(path));
      for (const node of graph.nodes) {
        const pointer = pointerOfNode(node.id, isV2);
        expect(pointer, node.id).not.toBeNull();
        expect(valueAt(root, pointer!), `${node.id} → ${pointer}`).toBeDefined();
        const back = nodeOfPointer(pointer!, isV2);
        if (back) expect(back).toBe(node.id);
      }
    },
  );
});

describe('the object under the cursor', () => {
  it('YAML: a field’s owner, a nested object, nothing outside', () => {
    const text = readCorpus('spec-examples/3.1.0/streetlights-kafka-asyncapi.yml');
    const root = valueOf(text);
    expect(objectPointerAt(text, text.indexOf('action: send') + 3, root)).toBe('/operations/turnOn');
    expect(objectPointerAt(text, text.indexOf('scramSha256') + 2, root)).toBe('/servers/scram-connections');
    expect(objectPointerAt(text, text.indexOf("$ref: '#/channels/lightTurnOn'") + 8, root)).toBe('/operations/turnOn/channel');
    expect(objectPointerAt(text, 0, root)).toBeNull();
  });

  it('JSON', () => {
    const text = JSON.stringify({ asyncapi: '3.0.0', channels: { a: { address: 'x' } } }, null, 2);
    const root = valueOf(text);
    expect(objectPointerAt(text, text.indexOf('"x"') + 1, root)).toBe('/channels/a');
    expect(isRecord(root)).toBe(true);
  });
});
