import { describe, expect, it } from 'vitest';
import { readCorpus } from '@/lib/testing/corpus';
import { createStudioStore } from './store';
import { active } from './testing';
import { servicesWithEdit } from './testEditServices';

const STREETLIGHTS = `# The comment above everything stays.
${readCorpus('spec-examples/3.1.0/streetlights-kafka-asyncapi.yml')}`;
const STREETLIGHTS_2 = readCorpus('spec-examples/2.6.0/streetlights-kafka.yml');

const SET_ADDRESS = { kind: 'ops', ops: [{ op: 'set', pointer: '/channels/lightTurnOn/address', value: 'lights.on' }] } as const;

function setup(text = STREETLIGHTS) {
  const { services, lanes } = servicesWithEdit();
  const store = createStudioStore(text, { services });
  return { store, lanes };
}

describe('visual edits act on the file and version they were planned on', () => {
  it('applies the planned range edits as one external edit of that file', async () => {
    const { store, lanes } = setup();
    const { version } = active(store);
    const running = store.getState().runVisualAction({ ...SET_ADDRESS, ops: [...SET_ADDRESS.ops] });
    await lanes.act.answerNext();
    expect(await running).toEqual({ ok: true, notes: [] });
    const file = active(store);
    expect(file.version).toBe(version + 1);
    expect(file.text).toContain("address: 'lights.on'");
    expect(file.text.startsWith('# The comment above everything stays.\n')).toBe(true);
    // The editor gets the ranges, not a whole text: one undo step that keeps the rest of the model.
    expect(file.externalEdit?.edits?.length).toBeGreaterThan(0);
    expect(file.externalEdit?.text).toBe(file.text);
  });

  it('plans again when the text changed while the worker planned, and keeps the typing', async () => {
    const { store, lanes } = setup();
    const running = store.getState().runVisualAction({ ...SET_ADDRESS, ops: [...SET_ADDRESS.ops] });
    await lanes.act.hasRequest();
    store.getState().editText(`${active(store).text}# typed meanwhile\n`);
    await lanes.act.answerNext();
    // The first plan is stale: the same action is planned on the new text.
    await lanes.act.answerNext();
    expect((await running).ok).toBe(true);
    expect(active(store).text).toContain("address: 'lights.on'");
    expect(active(store).text).toContain('# typed meanwhile');
  });

  it('gives up and says so when the text keeps changing', async () => {
    const { store, lanes } = setup();
    const running = store.getState().runVisualAction({ ...SET_ADDRESS, ops: [...SET_ADDRESS.ops] });
    await lanes.act.hasRequest();
    store.getState().editText(`${active(store).text}# one\n`);
    await lanes.act.answerNext();
    await lanes.act.hasRequest();
    store.getState().editText(`${active(store).text}# two\n`);
    await lanes.act.answerNext();
    expect(await running).toMatchObject({ ok: false, code: 'stale' });
    expect(active(store).text).not.toContain("'lights.on'");
    expect(store.getState().notices.at(-1)).toMatchObject({ tone: 'warning', message: expect.stringMatching(/nothing was applied/) });
  });

  it('applies to the file it was started on, even when another tab was clicked meanwhile', async () => {
    const { store, lanes } = setup();
    const first = store.getState().activeId;
    const running = store.getState().runVisualAction({ ...SET_ADDRESS, ops: [...SET_ADDRESS.ops] });
    const second = store.getState().openDocument('asyncapi: 3.1.0\n', 'other.yaml');
    await lanes.act.answerNext();
    expect((await running).ok).toBe(true);
    expect(store.getState().files[first]!.text).toContain("address: 'lights.on'");
    expect(store.getState().files[second]!.text).toBe('asyncapi: 3.1.0\n');
  });

  it('runs actions one after another, each on the text the previous one left', async () => {
    const { store, lanes } = setup();
    const one = store.getState().runVisualAction({ kind: 'add-channel', name: 'alerts' });
    const two = store.getState().runVisualAction({ kind: 'add-operation', name: 'sendAlert', action: 'send', channel: '/channels/alerts' });
    await lanes.act.answerNext();
    await lanes.act.answerNext();
    expect([(await one).ok, (await two).ok]).toEqual([true, true]);
    expect(active(store).text).toMatch(/sendAlert:\n\s+action: send\n\s+channel:\n\s+\$ref: '?#\/channels\/alerts'?/);
  });

  it('a change 2.x cannot express offers the upgrade instead of failing silently', async () => {
    const { store, lanes } = setup(STREETLIGHTS_2);
    const running = store.getState().runVisualAction({ kind: 'set-operation-channel', operation: '/channels/a/publish', channel: '/channels/b' });
    await lanes.act.answerNext();
    expect(await running).toMatchObject({ ok: false, code: 'upgrade-needed' });
    expect(store.getState().upgradeOffer).toMatchObject({ fileId: store.getState().activeId, message: expect.stringMatching(/Upgrade/) });
    expect(active(store).text).toBe(STREETLIGHTS_2);
  });

  it('refuses to edit a read-only document', async () => {
    const { store } = setup();
    store.getState().setReadOnly(true);
    expect(await store.getState().runVisualAction({ kind: 'add-channel', name: 'alerts' })).toMatchObject({ ok: false, code: 'read-only' });
  });
});

describe('the inspector', () => {
  it('shows the form of a pointer for the version it was asked for, and drops an answer for an older text', async () => {
    const { store, lanes } = setup();
    const asking = store.getState().inspect({ pointer: '/channels/lightTurnOn' });
    expect(store.getState().inspector).toMatchObject({ pointer: '/channels/lightTurnOn', loading: true });
    store.getState().editText(`${active(store).text}# typed\n`);
    await lanes.inspect.answerNext();
    await asking;
    // The answer was for the text before the typing: not shown (the refresh asks again).
    expect(store.getState().inspector?.form).toBeNull();
    const again = store.getState().refreshInspector();
    await lanes.inspect.answerNext();
    await again;
    const inspector = store.getState().inspector!;
    expect(inspector).toMatchObject({ pointer: '/channels/lightTurnOn', loading: false, version: active(store).version });
    expect(inspector.form?.kind).toBe('channel');
    expect(inspector.form?.fields.find((f) => f.name === 'address')).toMatchObject({ pointer: '/channels/lightTurnOn/address' });
  });

  it('follows the cursor: the object around a position; a newer request wins over an older one still running', async () => {
    const { store, lanes } = setup();
    const lines = active(store).text.split('\n');
    const line = lines.indexOf('    action: send') + 1;
    const older = store.getState().inspect({ pointer: '/info' });
    const newer = store.getState().inspect({ line, column: 7 });
    await lanes.inspect.answerNext();
    await lanes.inspect.answerNext();
    await Promise.all([older, newer]);
    expect(store.getState().inspector).toMatchObject({ pointer: '/operations/turnOn', loading: false });
  });

  it('a visual action can select what it made; a file switch clears the inspector', async () => {
    const { store, lanes } = setup();
    const running = store.getState().runVisualAction({ kind: 'add-channel', name: 'alerts' }, { select: '/channels/alerts' });
    await lanes.act.answerNext();
    await running;
    expect(store.getState().inspector?.pointer).toBe('/channels/alerts');
    await lanes.inspect.answerNext();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(store.getState().inspector?.form?.pointer).toBe('/channels/alerts');
  });
});
