import { describe, expect, it } from 'vitest';
import { readCorpus } from '@/lib/testing/corpus';
import { commentLines, valueOf } from './editTestKit';
import { formatPointer } from './pointer';
import { expectAction, expectFailure, expectValid } from './visualTestKit';

const STREETLIGHTS_3_1 = readCorpus('spec-examples/3.1.0/streetlights-kafka-asyncapi.yml');
const SIMPLE_2_6 = readCorpus('spec-examples/2.6.0/simple.yml');

type Doc = {
  servers: Record<string, Record<string, unknown>>;
  channels: Record<string, { messages?: Record<string, { $ref?: string }>; publish?: { message?: unknown } }>;
  operations: Record<string, { channel: { $ref: string }; messages?: Array<{ $ref: string }> }>;
  components: { messages: Record<string, unknown> };
};

const doc = (text: string) => valueOf(text) as Doc;

describe('adding objects to a 3.x document', () => {
  it('a server, a channel, an operation on it and a message with a payload: valid at each step', async () => {
    let text = STREETLIGHTS_3_1;
    text = expectAction(text, { kind: 'add-server', name: 'local', host: 'localhost:9092', protocol: 'kafka' }).text;
    expect(doc(text).servers.local).toEqual({ host: 'localhost:9092', protocol: 'kafka' });
    await expectValid(text);
    text = expectAction(text, { kind: 'add-channel', name: 'alerts', address: 'smartylighting.alerts' }).text;
    await expectValid(text);
    text = expectAction(text, { kind: 'add-message', name: 'alert', payload: { type: 'object', properties: { level: { type: 'string' } } } }).text;
    await expectValid(text);
    const added = expectAction(text, { kind: 'add-operation', name: 'sendAlert', action: 'send', channel: '/channels/alerts', messages: ['/components/messages/alert'] });
    text = added.text;
    expect(doc(text).channels.alerts!.messages).toEqual({ alert: { $ref: '#/components/messages/alert' } });
    expect(doc(text).operations.sendAlert).toEqual({
      action: 'send',
      channel: { $ref: '#/channels/alerts' },
      messages: [{ $ref: '#/channels/alerts/messages/alert' }],
    });
    await expectValid(text);
    expect(commentLines(text)).toEqual(commentLines(STREETLIGHTS_3_1));
  });

  it('refuses a name that exists, and an operation on a channel that does not', () => {
    expectFailure(STREETLIGHTS_3_1, { kind: 'add-channel', name: 'lightTurnOn' }, 'exists');
    expectFailure(STREETLIGHTS_3_1, { kind: 'add-operation', name: 'x', action: 'send', channel: '/channels/nope' }, 'not-found');
  });
});

describe('connecting objects in a 3.x document', () => {
  it('dragging an operation onto another channel points it there and brings its messages along', async () => {
    const { text, notes } = expectAction(STREETLIGHTS_3_1, { kind: 'set-operation-channel', operation: '/operations/turnOn', channel: '/channels/lightsDim' });
    const after = doc(text);
    expect(after.operations.turnOn!.channel).toEqual({ $ref: '#/channels/lightsDim' });
    expect(after.channels.lightsDim!.messages!.turnOn).toEqual({ $ref: '#/components/messages/turnOnOff' });
    expect(after.operations.turnOn!.messages).toEqual([{ $ref: '#/channels/lightsDim/messages/turnOn' }]);
    expect(notes.length).toBeGreaterThan(0);
    await expectValid(text);
  });

  it('dragging a message onto an operation of another channel attaches it to the channel first', async () => {
    const { text } = expectAction(STREETLIGHTS_3_1, { kind: 'attach-message', message: '/components/messages/dimLight', target: '/operations/turnOn' });
    const after = doc(text);
    expect(after.channels.lightTurnOn!.messages!.dimLight).toEqual({ $ref: '#/components/messages/dimLight' });
    expect(after.operations.turnOn!.messages).toEqual([{ $ref: '#/channels/lightTurnOn/messages/turnOn' }, { $ref: '#/channels/lightTurnOn/messages/dimLight' }]);
    await expectValid(text);
  });

  it('dragging a message onto a channel that carries it already changes nothing', () => {
    const { edits, notes } = expectAction(STREETLIGHTS_3_1, { kind: 'attach-message', message: '/components/messages/dimLight', target: '/channels/lightsDim' });
    expect(edits).toEqual([]);
    expect(notes).toEqual(['The channel already carries this message.']);
  });
});

describe('2.x documents', () => {
  it('an operation and a second message on it: the message becomes oneOf, the document stays valid', async () => {
    let text = expectAction(SIMPLE_2_6, { kind: 'add-message', name: 'Ping', payload: { type: 'string' } }).text;
    const channel = Object.keys(doc(text).channels)[0]!;
    const operation = formatPointer(['channels', channel, doc(text).channels[channel]!.publish ? 'subscribe' : 'publish']);
    text = expectAction(text, { kind: 'add-operation', name: 'ping', action: operation.endsWith('subscribe') ? 'send' : 'receive', channel: formatPointer(['channels', channel]), messages: ['/components/messages/Ping'] }).text;
    await expectValid(text);
    text = expectAction(text, { kind: 'add-message', name: 'Pong', operation }).text;
    expect(valueOf(text)).toMatchObject({ channels: { [channel]: { [operation.split('/').pop()!]: { message: { oneOf: [{ $ref: '#/components/messages/Ping' }, { $ref: '#/components/messages/Pong' }] } } } } });
    await expectValid(text);
  });

  it('asks for the upgrade where 2.x cannot express the change', () => {
    const text = `asyncapi: 2.6.0
info: { title: T, version: '1' }
channels:
  a:
    publish:
      message: { payload: { type: string } }
components:
  messages:
    M: { payload: { type: string } }
`;
    expectFailure(text, { kind: 'attach-message', message: '/components/messages/M', target: '/channels/a/publish' }, 'upgrade-needed');
    expectFailure(text, { kind: 'set-operation-channel', operation: '/channels/a/publish', channel: '/channels/a' }, 'upgrade-needed');
  });
});
