import { describe, expect, it } from 'vitest';
import { emptyTemplate } from '@/lib/templates/empty';
import { valueOf } from './editTestKit';
import { guideProgress, guideSteps, missingAnswers, runGuideStep } from './newApiGuide';
import type { GuideAnswers, GuideStepId } from './newApiGuide';
import { applyEdits } from './textEdit';
import { expectValid, parserErrors } from './visualTestKit';

const ANSWERS: Array<[GuideStepId, GuideAnswers]> = [
  ['info', { title: 'Orders', version: '1.0.0', description: 'Order events.' }],
  ['server', { name: 'production', host: 'broker.example.com:9092', protocol: 'kafka' }],
  ['channel', { name: 'orderPlaced', address: 'orders.placed' }],
  ['message', { name: 'OrderPlaced', channel: '/channels/orderPlaced', payload: [{ name: 'id', type: 'string', required: true }, { name: 'total', type: 'number' }] }],
  ['operation', { name: 'publishOrderPlaced', action: 'send', channel: '/channels/orderPlaced', message: '/components/messages/OrderPlaced' }],
];

async function runAll(start: string): Promise<string> {
  let text = start;
  for (const [step, answers] of ANSWERS) {
    const outcome = runGuideStep(text, step, answers);
    if (!outcome.ok) throw new Error(`${step}: ${outcome.message}`);
    expect(applyEdits(text, outcome.edits)).toBe(outcome.text);
    text = outcome.text;
    // Valid after every step, not only at the end.
    expect(await parserErrors(text), `after ${step}:\n${text}`).toEqual([]);
    expect(guideProgress(text).done).toContain(step);
  }
  return text;
}

describe('the new API guide', () => {
  it('builds a valid 3.1 document from an empty text', async () => {
    const text = await runAll('');
    const doc = valueOf(text) as Record<string, unknown>;
    expect(doc).toMatchObject({
      asyncapi: '3.1.0',
      info: { title: 'Orders', version: '1.0.0' },
      servers: { production: { host: 'broker.example.com:9092', protocol: 'kafka' } },
      channels: { orderPlaced: { address: 'orders.placed', messages: { OrderPlaced: { $ref: '#/components/messages/OrderPlaced' } } } },
      operations: { publishOrderPlaced: { action: 'send', channel: { $ref: '#/channels/orderPlaced' }, messages: [{ $ref: '#/channels/orderPlaced/messages/OrderPlaced' }] } },
      components: { messages: { OrderPlaced: { payload: { type: 'object', properties: { id: { type: 'string' }, total: { type: 'number' } }, required: ['id'] } } } },
    });
    // The sections land in the specification's order.
    expect(Object.keys(doc)).toEqual(['asyncapi', 'info', 'servers', 'channels', 'operations', 'components']);
    expect(guideProgress(text).next).toBeNull();
  });

  it('builds on the empty 3.x template (with its `{}` sections) and keeps its text', async () => {
    const start = emptyTemplate.text.replace('3.0.0', '3.1.0');
    const text = await runAll(start);
    expect(text).toContain('  description: Order events.');
    expect(text.startsWith('asyncapi: 3.1.0\ninfo:\n  title: Orders\n  version: 1.0.0\n')).toBe(true);
    await expectValid(text);
  });

  it('offers the document’s channels and messages as choices, and says what is missing', async () => {
    const text = await runAll('');
    const operation = guideSteps(text).find((s) => s.id === 'operation')!;
    expect(operation.fields.find((f) => f.name === 'channel')!.options).toEqual(['/channels/orderPlaced']);
    expect(operation.fields.find((f) => f.name === 'message')!.options).toEqual(['/components/messages/OrderPlaced']);
    expect(missingAnswers('server', { name: 'x' })).toEqual(['host', 'protocol']);
    const outcome = runGuideStep(text, 'server', { name: 'x' });
    expect(outcome.ok).toBe(false);
  });
});
