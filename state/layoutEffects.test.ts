import { describe, expect, it } from 'vitest';
import type { GraphLayout, LayoutInput } from '@/lib/graph/elkLayout';
import type { FlowGraph } from '@/lib/graph/flowGraph';
import { graphSignature } from '@/lib/graph/flowGraph';
import { graphOfText } from '@/lib/graph/graphTestKit';
import type { JobOutcome } from '@/workers/jobClient';
import type { LayoutClient } from '@/workers/layoutClient';
import { QUICK_FIRST_FROM, startLayoutEffects } from './layoutEffects';
import { createStudioStore } from './store';
import type { StudioStore } from './store';
import { active } from './testing';

/** A layout client whose jobs the test answers, in the order they were asked. */
function fakeLayoutClient() {
  const asked: Array<{ quick: boolean; input: LayoutInput; answer: (layout: GraphLayout) => void }> = [];
  const client: LayoutClient = {
    layout: (version, input, options) =>
      new Promise<JobOutcome<GraphLayout>>((resolve) => asked.push({ quick: options?.quick === true, input, answer: (result) => resolve({ kind: 'done', version, result }) })),
    dispose: () => undefined,
  };
  return { client, asked };
}

/** The graph of a 3.0 document of `count` channels, each with one message: 2 × count cards. */
async function channels(count: number): Promise<FlowGraph> {
  const channel = (i: number) => `  c${i}:\n    address: topic.${i}\n    messages:\n      m${i}:\n        payload:\n          type: string`;
  const text = `asyncapi: 3.0.0\ninfo:\n  title: Many\n  version: 1.0.0\nchannels:\n${Array.from({ length: count }, (_, i) => channel(i)).join('\n')}\n`;
  return (await graphOfText(text)).graph;
}

/** The active file's last valid analysis carries this graph, as the analysis worker's result would. */
function showGraph(store: StudioStore, graph: FlowGraph) {
  const file = active(store);
  store.setState((s) => ({
    analyses: {
      ...s.analyses,
      [file.id]: { syntax: null, analysis: null, failure: null, lastValid: { version: file.version, specVersion: '3.0.0', views: { graph: { graph, signature: graphSignature(graph) } } } },
    },
  }));
}

const boxesOf = (input: LayoutInput, x: number): GraphLayout => ({
  boxes: Object.fromEntries(input.nodes.map((n, i) => [n.id, { x, y: i * 50, width: n.width, height: n.height }])),
  routes: {},
});

/** Where the picture's layout puts its cards across (the fake layouts put them all at one x). */
const columns = (store: StudioStore) => [...new Set(Object.values(store.getState().graphPicture?.layout?.boxes ?? {}).map((b) => b.x))];
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the visualizer layout effects', () => {
  it('draws a large graph first with a provisional layout, then with ELK’s', async () => {
    const store = createStudioStore();
    const { client, asked } = fakeLayoutClient();
    store.getState().showPanel('visualizer');
    const stop = startLayoutEffects(store, client);
    showGraph(store, await channels(QUICK_FIRST_FROM / 2));
    expect(asked.map((a) => a.quick)).toEqual([true, false]);

    asked[0]!.answer(boxesOf(asked[0]!.input, 1));
    await flush();
    expect(store.getState().graphPicture).toMatchObject({ status: 'running', provisional: true });
    expect(columns(store)).toEqual([1]);

    asked[1]!.answer(boxesOf(asked[1]!.input, 2));
    await flush();
    const done = store.getState().graphPicture!;
    expect(done.status).toBe('done');
    expect(done.provisional).toBeUndefined();
    expect(columns(store)).toEqual([2]);
    stop();
  });

  it('waits for ELK on a small graph, and keeps a provisional picture from standing in for ELK’s once ELK answered', async () => {
    const store = createStudioStore();
    const { client, asked } = fakeLayoutClient();
    store.getState().showPanel('visualizer');
    const stop = startLayoutEffects(store, client);
    showGraph(store, await channels(3));
    expect(asked.map((a) => a.quick)).toEqual([false]);
    expect(store.getState().graphPicture).toMatchObject({ status: 'running', layout: undefined });
    stop();

    const big = createStudioStore();
    const second = fakeLayoutClient();
    big.getState().showPanel('visualizer');
    const stopBig = startLayoutEffects(big, second.client);
    showGraph(big, await channels(QUICK_FIRST_FROM));
    // ELK's answer first (the quick job lost its race): the late provisional one is dropped.
    second.asked[1]!.answer(boxesOf(second.asked[1]!.input, 2));
    await flush();
    second.asked[0]!.answer(boxesOf(second.asked[0]!.input, 1));
    await flush();
    expect(big.getState().graphPicture?.status).toBe('done');
    expect(columns(big)).toEqual([2]);
    expect(big.getState().graphPicture?.provisional).toBeUndefined();
    stopBig();
  });
});
