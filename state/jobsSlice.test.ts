import { describe, expect, it } from 'vitest';
import { converterVersions } from '@/lib/convert/versions';
import { readCorpus } from '@/lib/testing/corpus';
import { withConversionCheck } from '@/workers/conversionCheck';
import { handleConvertRequest } from '@/workers/convertJobs';
import type { WorkerLike } from '@/workers/latestJobRunner';
import type { ConvertWorkerRequest } from '@/workers/protocol';
import { selectUpgradeTarget } from './selectors';
import { createStudioStore } from './store';
import { active, answerAnalysis, outcome } from './testing';
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

describe('the Convert dialog’s answer', () => {
  it('carries the parser’s verdict on the converted text, each problem at its line there', async () => {
    // The convert worker as it runs: the conversion, then the parser's check of its result.
    const worker: WorkerLike = {
      onmessage: null,
      onerror: null,
      terminate: () => {},
      postMessage: (message) => {
        void withConversionCheck(handleConvertRequest(message as ConvertWorkerRequest)).then((data) => worker.onmessage?.({ data } as MessageEvent));
      },
    };
    const store = createStudioStore(readCorpus('parser/nested-schemas.yaml'), { services: servicesWithConvert(worker) });
    const answer = await store.getState().convertActive({ target: '3.1.0', perspective: 'application', outputFormat: 'yaml' });
    if (answer?.state !== 'ready') throw new Error(`no conversion: ${JSON.stringify(answer)}`);
    expect(answer.check?.valid).toBe(false);
    const [problem] = answer.check!.problems;
    expect(problem).toMatchObject({ severity: 'error', code: 'asyncapi3-channel-parameters' });
    expect(answer.text.split('\n')[problem!.range.startLine - 1]).toMatch(/^\s+testParam1:/);
  });
});

describe('the upgrade hint', () => {
  it('offers the newest version the converter supports, for 1.x and 2.x documents only', () => {
    const newest = converterVersions.at(-1);
    expect(newest).toBe('3.1.0');
    const hintFor = (specVersion: string) => {
      const store = createStudioStore(STREETLIGHTS);
      answerAnalysis(store, { ...outcome(), specVersion });
      return selectUpgradeTarget(store.getState());
    };
    expect(hintFor('2.6.0')).toBe(newest);
    expect(hintFor('1.2.0')).toBe(newest);
    expect(hintFor('3.0.0')).toBeUndefined();
  });
});
