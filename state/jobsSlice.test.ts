import { describe, expect, it } from 'vitest';
import { readCorpus } from '@/lib/testing/corpus';
import { createStudioStore } from './store';
import { active } from './testing';
import { HeldConvertWorker, servicesWithConvert } from './testServices';

const STREETLIGHTS = readCorpus('spec-examples/2.6.0/streetlights-kafka.yml');
const SIMPLE = readCorpus('spec-examples/3.0.0/simple-asyncapi.yml');

function setup() {
  const worker = new HeldConvertWorker();
  const store = createStudioStore(SIMPLE, { services: servicesWithConvert(worker) });
  const first = store.getState().activeId;
  const second = store.getState().openDocument(STREETLIGHTS, 'streetlights.yaml');
  return { worker, store, first, second };
}

describe('jobs act on the file they were started for', () => {
  it('a save prepared on one tab writes that tab\'s text, even when another tab was clicked meanwhile', async () => {
    const { worker, store, first, second } = setup();
    const pending = store.getState().prepareSave();
    store.getState().switchTo(first);
    worker.answerNext();
    const prepared = await pending;
    expect(prepared).toMatchObject({ fileId: second, fileName: 'streetlights-kafka-api.yaml' });
    expect(prepared?.text).toBe(STREETLIGHTS);
    expect(store.getState().activeId).toBe(first);
  });

  it('a conversion applies to its own file, and not after that file changed', async () => {
    const { worker, store, first, second } = setup();
    const pending = store.getState().convertActive({ target: '3.0.0', perspective: 'application', outputFormat: 'yaml' });
    store.getState().switchTo(first);
    worker.answerNext();
    const answer = await pending;
    expect(answer).toMatchObject({ state: 'ready', fileId: second, original: STREETLIGHTS });
    if (answer?.state !== 'ready') throw new Error('no conversion');
    expect(store.getState().applyConversion(answer, '3.0.0')).toBe(true);
    expect(store.getState().files[second]?.text).toMatch(/^asyncapi: 3\.0\.0$/m);
    expect(active(store).text).toBe(SIMPLE);
    // The same answer again is stale now: the file moved on.
    expect(store.getState().applyConversion(answer, '3.0.0')).toBe(false);
    expect(store.getState().notices.at(-1)?.tone).toBe('warning');
  });

  it('YAML to JSON switches the format of the file it read, undoable as one external edit', async () => {
    const { worker, store, second } = setup();
    const swapping = store.getState().swapFormat();
    worker.answerNext();
    await swapping;
    const file = store.getState().files[second]!;
    expect(file.format).toBe('json');
    expect(file.externalEdit?.text).toBe(file.text);
    expect(JSON.parse(file.text).asyncapi).toBe('2.6.0');
  });
});
