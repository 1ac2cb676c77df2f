import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AnalysisClient } from '@/workers/analysisClient';
import { startEffects } from './effects';
import { createStudioStore } from './store';
import { active, answerAnalysis, outcome } from './testing';
import type { WorkspaceSync } from './workspaceSync';
import { PANEL_NAMES } from './uiSlice';
import { ARRANGEMENT_STORAGE_KEY, readArrangement } from '@/lib/layout/sideLayout';

/** Records what the effects ask the analysis workers for (the seam is the client's methods). */
function recordingClient() {
  const calls: Array<{ lane: 'syntax' | 'analysis'; fileId: string; version: number; wanted?: string[] }> = [];
  const client: AnalysisClient = {
    checkSyntax: (fileId, version) => calls.push({ lane: 'syntax', fileId, version }),
    analyze: (fileId, version, _text, wanted) => calls.push({ lane: 'analysis', fileId, version, wanted }),
    onIdle: () => () => {},
    idle: () => true,
    dispose: () => {},
  };
  return { client, calls, analyses: () => calls.filter((c) => c.lane === 'analysis') };
}

function recordingSync() {
  const log: string[] = [];
  const sync: WorkspaceSync = {
    save: async () => void log.push('save'),
    pull: async () => {},
    stashUnsaved: () => {
      log.push('stash');
      return { kept: [], notKept: [] };
    },
    dropStash: () => log.push('drop'),
    dispose: () => {},
  };
  return { sync, log };
}

function pageTarget() {
  const listeners = new Map<string, EventListener>();
  const target = {
    addEventListener: (type: string, fn: EventListenerOrEventListenerObject) => void listeners.set(type, fn as EventListener),
    removeEventListener: (type: string) => void listeners.delete(type),
    document: { visibilityState: 'hidden' as DocumentVisibilityState },
  } as Parameters<typeof startEffects>[1]['target'];
  return { target, fire: (type: string) => listeners.get(type)?.(new Event(type)) };
}

const timings = { syntaxDelayMs: 30, saveDelayMs: 500 };

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('effects: the active file goes to the workers, the workspace to storage', () => {
  it('analyses the opening text at once, then coalesces a burst of typing into one job for the last version', () => {
    const store = createStudioStore('asyncapi: 3.0.0\n');
    const { client, analyses } = recordingClient();
    const stop = startEffects(store, { client, sync: null, timings });
    expect(analyses()).toHaveLength(1);
    for (const text of ['a', 'ab', 'abc']) store.getState().editText(text);
    vi.advanceTimersByTime(299);
    expect(analyses()).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(analyses().slice(1)).toEqual([{ lane: 'analysis', fileId: store.getState().activeId, version: active(store).version, wanted: [] }]);
    stop();
  });

  it('a whole-document paste is analysed without the typing delay', () => {
    const store = createStudioStore('x');
    const { client, analyses } = recordingClient();
    const stop = startEffects(store, { client, sync: null, timings });
    store.getState().editText(`asyncapi: 3.0.0\n${'#'.repeat(30_000)}\n`);
    expect(analyses()).toHaveLength(2);
    stop();
  });

  it('switching to a file analysed for its current text asks for nothing; an unanalysed one is sent at once', () => {
    const store = createStudioStore('first');
    const first = store.getState().activeId;
    const { client, analyses } = recordingClient();
    const stop = startEffects(store, { client, sync: null, timings });
    answerAnalysis(store, outcome());
    const second = store.getState().newDocument('second');
    expect(analyses().at(-1)).toMatchObject({ fileId: second });
    const count = analyses().length;
    store.getState().switchTo(first);
    vi.advanceTimersByTime(1000);
    expect(analyses()).toHaveLength(count);
    store.getState().switchTo(second);
    expect(analyses()).toHaveLength(count + 1);
    stop();
  });

  it('opening a panel asks for the views it needs, unless the current analysis has them', () => {
    const store = createStudioStore('asyncapi: 3.0.0\n');
    const { client, analyses } = recordingClient();
    const stop = startEffects(store, { client, sync: null, timings });
    answerAnalysis(store, { ...outcome(), views: {} });
    store.getState().togglePanel('outline');
    expect(analyses().at(-1)?.wanted).toEqual(['outline']);
    answerAnalysis(store, { ...outcome(), views: { outline: [] } });
    store.getState().togglePanel('outline');
    store.getState().togglePanel('outline');
    expect(analyses().filter((c) => c.wanted?.includes('outline'))).toHaveLength(1);
    stop();
  });

  it('saves after a pause in typing, and flushes and stashes when the page goes away', () => {
    const store = createStudioStore('text');
    const { client } = recordingClient();
    const { sync, log } = recordingSync();
    const page = pageTarget();
    const stop = startEffects(store, { client, sync, timings, target: page.target });
    store.getState().editText('text 2');
    expect(store.getState().storage.state).toBe('pending');
    vi.advanceTimersByTime(499);
    expect(log).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(log).toEqual(['save']);
    store.getState().newDocument('another');
    page.fire('pagehide');
    expect(log).toEqual(['save', 'stash', 'save']);
    page.fire('pageshow');
    expect(log.at(-1)).toBe('drop');
    stop();
  });

  it('keeps the open side panels and their panes in this browser, and a new store restores them', () => {
    const store = createStudioStore('x');
    const { client } = recordingClient();
    const kept = new Map<string, string>();
    const stop = startEffects(store, { client, sync: null, timings, settingsStorage: { setItem: (k, v) => void kept.set(k, v) } });
    store.getState().showPanel('preview');
    store.getState().showPanel('visualizer');
    store.getState().movePanel('visualizer');
    stop();
    const next = createStudioStore('x');
    const arrangement = readArrangement(JSON.parse(kept.get(ARRANGEMENT_STORAGE_KEY) ?? 'null'), PANEL_NAMES);
    next.getState().restoreArrangement(arrangement!);
    expect(next.getState().panels).toEqual(store.getState().panels);
    expect(next.getState().sideLayout).toEqual(store.getState().sideLayout);
    expect(next.getState().sideLayout.lower).toEqual(['visualizer']);
  });
});
