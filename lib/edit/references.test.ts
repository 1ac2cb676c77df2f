import { describe, expect, it } from 'vitest';
import { readCorpus } from '@/lib/testing/corpus';
import { commentLines, rangeOf, valueOf } from './editTestKit';
import { parsePointer } from './pointer';
import { findReferences } from './references';
import { expectAction, expectValid, parserErrors } from './visualTestKit';

const STREETLIGHTS_3_1 = readCorpus('spec-examples/3.1.0/streetlights-kafka-asyncapi.yml');
const STREETLIGHTS_2_6 = readCorpus('spec-examples/2.6.0/streetlights-kafka.yml');

function refsIn(text: string): string[] {
  return [...text.matchAll(/\$ref["']?\s*:\s*["']?(#[^"'\s,}]*)/g)].map((m) => m[1]!);
}

describe('rename with references', () => {
  it('a component message: its key and every $ref to it change, nothing else', async () => {
    const before = refsIn(STREETLIGHTS_3_1).filter((r) => r === '#/components/messages/turnOnOff');
    expect(before).toHaveLength(2);
    const { text, edits } = expectAction(STREETLIGHTS_3_1, { kind: 'rename', pointer: '/components/messages/turnOnOff', name: 'switchLight' });
    expect(refsIn(text).filter((r) => r === '#/components/messages/turnOnOff')).toEqual([]);
    expect(refsIn(text).filter((r) => r === '#/components/messages/switchLight')).toHaveLength(2);
    // One edit for the key and one inside each $ref value, and the rest of the text as it was.
    const windows = [
      rangeOf(STREETLIGHTS_3_1, ['components', 'messages', 'turnOnOff'], 'key'),
      rangeOf(STREETLIGHTS_3_1, ['channels', 'lightTurnOn', 'messages', 'turnOn', '$ref']),
      rangeOf(STREETLIGHTS_3_1, ['channels', 'lightTurnOff', 'messages', 'turnOff', '$ref']),
    ];
    expect(edits).toHaveLength(3);
    for (const edit of edits) expect(windows.some(([s, e]) => edit.offset >= s && edit.offset + edit.length <= e)).toBe(true);
    await expectValid(text);
  });

  it('a 3.x channel: operations follow it, and so do references into its messages', async () => {
    const { text } = expectAction(STREETLIGHTS_3_1, { kind: 'rename', pointer: '/channels/lightTurnOn', name: 'lampOn' });
    const refs = refsIn(text);
    expect(refs).toContain('#/channels/lampOn');
    expect(refs).toContain('#/channels/lampOn/messages/turnOn');
    expect(refs.some((r) => r.startsWith('#/channels/lightTurnOn'))).toBe(false);
    await expectValid(text);
    const doc = valueOf(text) as { channels: Record<string, unknown> };
    expect(Object.keys(doc.channels)).toEqual(['lightingMeasured', 'lampOn', 'lightTurnOff', 'lightsDim']);
  });

  it('a recursive schema: references inside the renamed object follow too', async () => {
    const text = `asyncapi: 3.0.0
info: { title: T, version: '1' }
components:
  schemas:
    Node: # a tree
      type: object
      properties:
        children:
          type: array
          items:
            $ref: '#/components/schemas/Node'
`;
    const { text: after } = expectAction(text, { kind: 'rename', pointer: '/components/schemas/Node', name: 'TreeNode' });
    expect(after).toContain("$ref: '#/components/schemas/TreeNode'");
    expect(after).toContain('TreeNode: # a tree');
    await expectValid(after);
  });

  it('2.x servers are referenced by name from channels: the names follow', async () => {
    const text = `asyncapi: 2.6.0
info: { title: T, version: '1' }
servers:
  prod: { url: 'broker:1883', protocol: mqtt }
channels:
  a:
    servers: [prod]
    publish:
      message: { payload: { type: string } }
`;
    const { text: after } = expectAction(text, { kind: 'rename', pointer: '/servers/prod', name: 'production' });
    expect(after).toContain('servers: [production]');
    expect(after).toContain('  production: {');
    await expectValid(after);
  });

  it('a name the specification does not allow in a $ref is refused', () => {
    const outcome = expectFailureCode(STREETLIGHTS_3_1, '/components/messages/turnOnOff', 'switch light');
    expect(outcome).toBe('invalid-name');
  });
});

function expectFailureCode(text: string, pointer: string, name: string): string {
  try {
    expectAction(text, { kind: 'rename', pointer, name });
    return 'ok';
  } catch (error) {
    return String((error as Error).message).split(':')[1]!.trim();
  }
}

describe('delete with references', () => {
  it('lists what refers to a channel: the operations using it, and their references into its messages', () => {
    const root = valueOf(STREETLIGHTS_3_1);
    const references = findReferences(root, '/channels/lightTurnOn');
    expect(references.map((r) => [r.pointer, r.owner, r.removal])).toEqual([
      ['/operations/turnOn/channel/$ref', '/operations/turnOn', '/operations/turnOn'],
      ['/operations/turnOn/messages/0/$ref', '/operations/turnOn', '/operations/turnOn/messages/0'],
    ]);
  });

  it('removing the references too leaves a valid document and the comments elsewhere', async () => {
    const { text } = expectAction(STREETLIGHTS_3_1, { kind: 'delete', pointer: '/channels/lightTurnOn', removeReferences: true });
    const doc = valueOf(text) as { channels: Record<string, unknown>; operations: Record<string, unknown> };
    expect(Object.keys(doc.channels)).toEqual(['lightingMeasured', 'lightTurnOff', 'lightsDim']);
    expect(Object.keys(doc.operations)).toEqual(['receiveLightMeasurement', 'turnOff', 'dimLight']);
    expect(commentLines(text)).toEqual(commentLines(STREETLIGHTS_3_1));
    await expectValid(text);
  });

  it('keeping the references leaves them dangling, which the parser reports', async () => {
    const { text } = expectAction(STREETLIGHTS_3_1, { kind: 'delete', pointer: '/channels/lightTurnOn', removeReferences: false });
    expect((await parserErrors(text)).length).toBeGreaterThan(0);
  });

  it('a component message: channel entries referring to it go, then operation references to those entries', async () => {
    const root = valueOf(STREETLIGHTS_3_1);
    expect(findReferences(root, '/components/messages/turnOnOff').map((r) => r.removal)).toEqual([
      '/channels/lightTurnOn/messages/turnOn',
      '/channels/lightTurnOff/messages/turnOff',
    ]);
    const { text } = expectAction(STREETLIGHTS_3_1, { kind: 'delete', pointer: '/components/messages/turnOnOff', removeReferences: true });
    const doc = valueOf(text) as { operations: Record<string, { messages?: unknown[] }> };
    expect(doc.operations.turnOn!.messages).toEqual([]);
    expect(refsIn(text).some((r) => r.includes('turnOnOff') || r.endsWith('/messages/turnOn'))).toBe(false);
    await expectValid(text);
  });

  it('a 2.x server: channels naming it lose the name', async () => {
    const text = `asyncapi: 2.6.0
info: { title: T, version: '1' }
servers:
  prod: { url: 'broker:1883', protocol: mqtt }
  test: { url: 'test:1883', protocol: mqtt }
channels:
  a:
    servers:
      - test
      - prod
    publish:
      message: { payload: { type: string } }
`;
    const { text: after } = expectAction(text, { kind: 'delete', pointer: '/servers/prod', removeReferences: true });
    expect((valueOf(after) as { channels: { a: { servers: string[] } } }).channels.a.servers).toEqual(['test']);
    await expectValid(after);
  });

  it('a 2.x security scheme: requirements naming it go', async () => {
    const root = valueOf(STREETLIGHTS_2_6) as { servers: Record<string, { security?: unknown[] }> };
    const scheme = Object.keys((root as unknown as { components: { securitySchemes: object } }).components.securitySchemes)[0]!;
    const references = findReferences(root, `/components/securitySchemes/${scheme}`);
    expect(references.length).toBeGreaterThan(0);
    for (const r of references) expect(r.kind).toBe('name');
    const { text } = expectAction(STREETLIGHTS_2_6, { kind: 'delete', pointer: `/components/securitySchemes/${scheme}`, removeReferences: true });
    expect(findReferences(valueOf(text), `/components/securitySchemes/${scheme}`)).toEqual([]);
    for (const r of references) expect(parsePointer(r.pointer).length).toBeGreaterThan(2);
    await expectValid(text);
  });
});

describe('delete and rename with references across real 3.1 documents', () => {
  const DOCUMENTS = [
    'spec-examples/3.1.0/streetlights-mqtt-asyncapi.yml',
    'spec-examples/3.1.0/kraken-websocket-request-reply-multiple-channels-asyncapi.yml',
    'spec-examples/3.1.0/gitter-streaming-asyncapi.yml',
    'spec-examples/3.1.0/operation-security-asyncapi.yml',
    'spec-examples/3.1.0/correlation-id-asyncapi.yml',
  ];
  it.each(DOCUMENTS)('%s: the first channel and the first component message, deleted or renamed, leave it valid', async (path) => {
    const text = readCorpus(path);
    const root = valueOf(text) as { channels: object; components: { messages: object } };
    const targets = [`/channels/${Object.keys(root.channels)[0]}`, `/components/messages/${Object.keys(root.components.messages)[0]}`];
    for (const pointer of targets) {
      await expectValid(expectAction(text, { kind: 'delete', pointer, removeReferences: true }).text);
      const renamed = expectAction(text, { kind: 'rename', pointer, name: 'renamedByTest' }).text;
      expect(findReferences(valueOf(renamed), pointer)).toEqual([]);
      await expectValid(renamed);
    }
  }, 120_000);
});
