import { describe, expect, it } from 'vitest';
import { guideSteps } from '@/lib/edit/newApiGuide';
import { addAction, addFields } from './addObjectForms';

const DOC = `asyncapi: 3.1.0
info: { title: T, version: '1' }
channels:
  orders: { address: orders }
components:
  messages:
    Order: { payload: { type: object } }
`;

describe('adding objects from the graph', () => {
  it('asks for the document’s channels and messages where an object connects to them', () => {
    const guide = { steps: guideSteps(DOC), done: [], next: null };
    expect(addFields('operation', guide).find((f) => f.name === 'channel')?.options).toEqual(['/channels/orders']);
    expect(addFields('operation', guide).find((f) => f.name === 'message')?.options).toEqual(['/components/messages/Order']);
    expect(addFields('server', guide).find((f) => f.name === 'protocol')?.options).toContain('mqtt');
  });

  it('turns answers into the visual action and names what it makes', () => {
    expect(addAction('operation', { name: 'sendOrder', action: 'send', channel: '/channels/orders', message: '/components/messages/Order' }, false)).toEqual({
      action: { kind: 'add-operation', name: 'sendOrder', action: 'send', channel: '/channels/orders', messages: ['/components/messages/Order'] },
      pointer: '/operations/sendOrder',
    });
    expect(addAction('operation', { name: 'x', action: 'send', channel: '/channels/a' }, true)).toMatchObject({ pointer: '/channels/a/subscribe' });
    expect(addAction('channel', { name: 'a/b' }, false)).toEqual({ action: { kind: 'add-channel', name: 'a/b' }, pointer: '/channels/a~1b' });
    expect(addAction('server', { name: 'p' }, false)).toEqual({ missing: ['Host'] });
  });
});
