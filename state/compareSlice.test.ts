import { describe, expect, it } from 'vitest';
import { memoryRevisionBackend } from '@/lib/history/revisionBackend';
import { createRevisionStore } from '@/lib/history/revisionStore';
import { readCorpus } from '@/lib/testing/corpus';
import type { Comparison } from './compareSlice';
import { createStudioStore } from './store';
import type { StudioStore } from './store';
import { InProcessCompareWorker, servicesWithCompare } from './testCompareServices';

const LIGHTS = `asyncapi: 3.0.0
info:
  title: Lights
  version: 1.4.2
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
const REQUIRED = LIGHTS.replace('          properties:\n', '          required: [lumens]\n          properties:\n');

function studio(text = LIGHTS, fetchImpl?: (url: string) => Promise<Response>) {
  const worker = new InProcessCompareWorker();
  const store = createStudioStore(text, {
    services: servicesWithCompare(worker),
    history: { revisions: createRevisionStore(memoryRevisionBackend()) },
    ...(fetchImpl ? { compare: { fetchImpl } } : {}),
  });
  return { store, worker };
}

/** Waits until the comparison has an answer (the worker parses in-process). */
async function answered(store: StudioStore): Promise<Comparison> {
  for (let i = 0; i < 200; i++) {
    const comparison = store.getState().comparison;
    if (comparison && comparison.state !== 'running') return comparison;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('the comparison never answered');
}

function done(comparison: Comparison) {
  if (comparison.state !== 'done') throw new Error(`not compared: ${JSON.stringify(comparison)}`);
  return comparison;
}

describe('comparison of the active document', () => {
  it('opens with the newest revision that differs, and finds the payload field made required as breaking', async () => {
    const { store } = studio();
    await store.getState().snapshot('opened');
    store.getState().editText(REQUIRED);
    await store.getState().openComparison();
    expect(store.getState().dialog).toBe('compare');
    const result = done(await answered(store));
    const [change] = result.report.changes;
    expect(result.report.changes).toHaveLength(1);
    expect(change).toMatchObject({ class: 'breaking', group: 'message', side: 'new', path: '/channels/lightMeasured/messages/reading/payload/required/0' });
    expect(change?.line).toBe(REQUIRED.split('\n').indexOf('          required: [lumens]') + 1);
    expect(result.report.version).toMatchObject({ bump: 'major', next: '2.0.0' });
    expect(result.baseKey).toMatch(/^revision:/);
    expect(result.texts).toMatchObject({ baseText: LIGHTS, newText: REQUIRED, newLabel: 'asyncapi.yaml' });
    expect(result.texts.baseLabel).toMatch(/^revision of .* \(opened\)$/);
    expect(result.markdown).toContain('## Breaking changes (1)');
    expect(JSON.parse(result.json)).toMatchObject({ format: 'asyncapi-studio-changes', counts: { breaking: 1 } });
    store.getState().closeComparison();
    expect(store.getState().dialog).toBeNull();
    expect(store.getState().comparison).toBeNull();
  });

  it('compares with another open file by its name, and says when there is nothing to compare with', async () => {
    const { store } = studio();
    await store.getState().openComparison();
    expect(store.getState().comparison).toMatchObject({ state: 'choosing', note: expect.stringMatching(/^No earlier revision differs/) });
    const other = store.getState().openDocument(REQUIRED, 'lights-next.yaml');
    store.getState().switchTo(store.getState().tabs[0]!);
    store.getState().chooseCompareBase(`file:${other}`);
    const result = done(await answered(store));
    // The active document is the new side: against a file that has the field required, it is no longer required.
    expect(result.report.changes.map((c) => c.class)).toEqual(['non-breaking']);
    expect(result.texts.baseLabel).toBe('lights-next.yaml');
  });

  it('compares a 2.x document with a 3.x one through its upgrade, and the report says so', async () => {
    const { store } = studio(readCorpus('spec-examples/3.0.0/streetlights-kafka-asyncapi.yml'));
    const old = store.getState().openDocument(readCorpus('spec-examples/2.6.0/streetlights-kafka.yml'), 'streetlights-2.yaml');
    store.getState().switchTo(store.getState().tabs[0]!);
    await store.getState().compareWith({ kind: 'file', fileId: old });
    const result = done(await answered(store));
    expect(result.report.conversion).toMatchObject({ side: 'old', from: '2.6.0', perspective: 'application' });
    expect(result.report.notes[0]).toMatch(/was upgraded to 3\.0\.0 to compare it/);
  });

  it('reads a file from disk only when given one, with the open-file guards', async () => {
    const { store } = studio(REQUIRED);
    store.getState().chooseCompareBase('disk');
    expect(store.getState().comparison).toEqual({ state: 'choosing', baseKey: 'disk' });
    await store.getState().compareWith({ kind: 'disk', file: { name: 'notes.txt', size: 4, text: async () => 'text' } });
    expect(store.getState().comparison).toMatchObject({ state: 'failed', message: expect.stringMatching(/opens \.yaml, \.yml and \.json files/) });
    await store.getState().compareWith({ kind: 'disk', file: { name: 'lights.yaml', size: LIGHTS.length, text: async () => LIGHTS } });
    const result = done(await answered(store));
    expect(result.baseKey).toBe('disk');
    expect(result.report.counts.breaking).toBe(1);
  });

  it('fetches a URL only when asked, refuses addresses that are not http(s), and says why a download failed', async () => {
    const fetched: string[] = [];
    const fetchImpl = async (url: string) => {
      fetched.push(url);
      return url.endsWith('/missing.yaml') ? new Response('no', { status: 404 }) : new Response(LIGHTS, { headers: { 'content-type': 'text/yaml' } });
    };
    const { store } = studio(REQUIRED, fetchImpl);
    store.getState().chooseCompareBase('url');
    expect(fetched).toEqual([]);
    await store.getState().compareWith({ kind: 'url', url: 'file:///etc/passwd' });
    expect(store.getState().comparison).toMatchObject({ state: 'failed', message: expect.stringMatching(/not an http:\/\/ or https:\/\/ URL/) });
    await store.getState().compareWith({ kind: 'url', url: 'https://example.test/missing.yaml' });
    expect(store.getState().comparison).toMatchObject({ state: 'failed', message: expect.stringMatching(/HTTP 404/) });
    await store.getState().compareWith({ kind: 'url', url: 'https://example.test/lights.yaml' });
    const result = done(await answered(store));
    expect(result.texts.baseLabel).toBe('https://example.test/lights.yaml');
    expect(result.report.counts.breaking).toBe(1);
    expect(fetched).toEqual(['https://example.test/missing.yaml', 'https://example.test/lights.yaml']);
  });

  it('a newer choice wins over an answer still on its way', async () => {
    const { store, worker } = studio(REQUIRED);
    const first = store.getState().openDocument(LIGHTS, 'a.yaml');
    const second = store.getState().openDocument(REQUIRED, 'b.yaml');
    store.getState().switchTo(store.getState().tabs[0]!);
    const slow = store.getState().compareWith({ kind: 'file', fileId: first });
    const fast = store.getState().compareWith({ kind: 'file', fileId: second });
    await Promise.all([slow, fast]);
    const result = done(await answered(store));
    expect(result.baseKey).toBe(`file:${second}`);
    expect(result.report.changes).toEqual([]);
    expect(worker.requests.length).toBeGreaterThanOrEqual(1);
  });
});
