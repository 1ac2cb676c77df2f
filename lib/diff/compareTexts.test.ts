import { describe, expect, it } from 'vitest';
import { createParser } from '@/lib/analysis/createParser';
import { compareTexts } from './compareTexts';

const parser = createParser();

const V3 = `asyncapi: 3.0.0
info:
  title: Lights
  version: 1.0.0
channels:
  lightMeasured:
    address: light/measured
    messages:
      reading:
        payload:
          type: object
          properties:
            lumens:
              type: integer
operations:
  onReading:
    action: receive
    channel:
      $ref: '#/channels/lightMeasured'
`;

function lineOf(text: string, needle: string): number {
  return text.split('\n').findIndex((line) => line.includes(needle)) + 1;
}

describe('compareTexts', () => {
  it('parses both, classifies, and points each change at its line', async () => {
    const edited = V3.replace('              type: integer\n', '              type: integer\n              minimum: 0\n');
    const outcome = await compareTexts({ oldText: V3, newText: edited, oldLabel: 'revision 12:03', newLabel: 'lights.yaml' }, parser);
    if (!outcome.ok) throw new Error(outcome.message);
    const [change] = outcome.report.changes;
    expect(outcome.report.changes).toHaveLength(1);
    expect(change).toMatchObject({ class: 'breaking', side: 'new', line: lineOf(edited, 'minimum: 0'), path: '/channels/lightMeasured/messages/reading/payload/properties/lumens/minimum' });
    expect(outcome.report.old.label).toBe('revision 12:03');
    expect(outcome.markdown).toContain('## Breaking changes (1)');
  }, 60_000);

  it('compares a 2.x text with a 3.x one through the upgrade, publish read as receive', async () => {
    const v2 = `asyncapi: 2.6.0
info:
  title: Lights
  version: 1.0.0
channels:
  light/measured:
    publish:
      operationId: onReading
      message:
        name: reading
        payload:
          type: object
          properties:
            lumens:
              type: integer
              maximum: 100
`;
    const outcome = await compareTexts({ oldText: v2, newText: V3 }, parser);
    if (!outcome.ok) throw new Error(outcome.message);
    const { report } = outcome;
    expect(report.old.asyncapi).toBe('2.6.0');
    expect(report.conversion).toMatchObject({ side: 'old', from: '2.6.0', to: '3.0.0' });
    expect(report.conversion?.moves).toContainEqual({ group: 'operation', from: '/channels/light~1measured/publish', to: expect.stringMatching(/^\/operations\//) });
    expect(report.notes[0]).toContain('upgraded to 3.0.0');
    // Dropping `maximum` widens what the application receives: not breaking.
    const widened = report.changes.find((c) => c.path.endsWith('/lumens/maximum'));
    expect(widened).toMatchObject({ kind: 'removed', class: 'non-breaking', side: 'old', directions: ['receive'] });
    // Its line is in the 2.x text as written.
    expect(widened?.line).toBe(lineOf(v2, 'maximum: 100'));
  }, 60_000);

  it('compares a text the parser rejects as written, and says so', async () => {
    const broken = V3.replace('    action: receive\n', '    action: receive\n    bogus: true\n');
    const outcome = await compareTexts({ oldText: V3, newText: broken }, parser);
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.report.new.asWritten).toBe(true);
    expect(outcome.report.notes.some((n) => /new document has \d+ errors?: it was compared as written/.test(n))).toBe(true);
    expect(outcome.report.changes.map((c) => c.path)).toEqual(['/operations/onReading/bogus']);
  }, 60_000);

  it('fails with the side and the reason when a text cannot be read', async () => {
    await expect(compareTexts({ oldText: V3, newText: 'asyncapi: [' }, parser)).resolves.toMatchObject({ ok: false, side: 'new', code: 'syntax' });
    await expect(compareTexts({ oldText: 'title: nothing', newText: V3 }, parser)).resolves.toMatchObject({ ok: false, side: 'old', code: 'not-asyncapi' });
    await expect(compareTexts({ oldText: 'asyncapi: 1.2.0\ninfo: {}\n', newText: V3 }, parser)).resolves.toMatchObject({ ok: false, code: 'not-asyncapi' });
  }, 60_000);
});
