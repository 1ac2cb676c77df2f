import { describe, expect, it } from 'vitest';
import { readCorpus } from '@/lib/testing/corpus';
import { runEditJob } from './editJobs';
import { applyEdits } from './textEdit';

const TEXT = readCorpus('spec-examples/3.1.0/streetlights-kafka-asyncapi.yml');

describe('the edit jobs a worker serves', () => {
  it('results survive structured cloning (they cross postMessage)', async () => {
    const form = await runEditJob({ job: 'form', text: TEXT, pointer: '/operations/turnOn' });
    expect(structuredClone(form)).toEqual(form);
    const plan = await runEditJob({ job: 'plan', text: TEXT, action: { kind: 'rename', pointer: '/channels/lightTurnOn', name: 'lampOn' } });
    expect(structuredClone(plan)).toEqual(plan);
  });

  it('form-at: the cursor’s object; validate-field: a field’s schemas from that form', async () => {
    const at = await runEditJob({ job: 'form-at', text: TEXT, offset: TEXT.indexOf('action: send') });
    if (at.job !== 'form-at' || !at.form) throw new Error('no form');
    expect(at.form.pointer).toBe('/operations/turnOn');
    const action = at.form.fields.find((f) => f.name === 'action')!;
    const checked = await runEditJob({ job: 'validate-field', text: TEXT, schemas: action.schemas, value: 'publish' });
    expect(checked).toEqual({ job: 'validate-field', violations: [{ path: [], message: 'must be one of "send", "receive"' }] });
  });

  it('plan: edits that reproduce the planned text; a broken document is an outcome, not a crash', async () => {
    const result = await runEditJob({ job: 'plan', text: TEXT, action: { kind: 'ops', ops: [{ op: 'set', pointer: '/info/title', value: 'Lights' }] } });
    if (result.job !== 'plan' || !result.outcome.ok) throw new Error('plan failed');
    expect(applyEdits(TEXT, result.outcome.edits)).toBe(result.outcome.text);
    const broken = await runEditJob({ job: 'plan', text: 'a: [', action: { kind: 'ops', ops: [] } });
    expect(broken).toMatchObject({ job: 'plan', outcome: { ok: false, code: 'syntax' } });
    expect(await runEditJob({ job: 'form', text: 'a: [', pointer: '/a' })).toMatchObject({ form: null });
  });

  it('guide: steps and progress of an empty text', async () => {
    expect(await runEditJob({ job: 'guide', text: '' })).toMatchObject({ job: 'guide', done: [], next: 'info' });
  });
});
