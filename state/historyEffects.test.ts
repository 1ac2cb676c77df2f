import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { memoryRevisionBackend } from '@/lib/history/revisionBackend';
import { DEFAULT_HISTORY_POLICY } from '@/lib/history/revisionPolicy';
import type { HistoryPolicy } from '@/lib/history/revisionPolicy';
import { createRevisionStore } from '@/lib/history/revisionStore';
import { readCorpus } from '@/lib/testing/corpus';
import type { StudioServices } from './services';
import { startHistoryEffects } from './historyEffects';
import { createStudioStore } from './store';
import type { StudioStore } from './store';
import { active } from './testing';
import { HeldConvertWorker, servicesWithConvert } from './testServices';

const MINUTE = 60_000;
const SIMPLE = readCorpus('spec-examples/3.0.0/simple-asyncapi.yml');
const STREETLIGHTS = readCorpus('spec-examples/2.6.0/streetlights-kafka.yml');

/** A studio whose history lives in `backend` (a reload is a second studio on the same backend). */
function studio(options: { backend?: ReturnType<typeof memoryRevisionBackend>; policy?: Partial<HistoryPolicy>; services?: StudioServices; text?: string } = {}) {
  const backend = options.backend ?? memoryRevisionBackend();
  const policy = { ...DEFAULT_HISTORY_POLICY, ...options.policy };
  const store = createStudioStore(options.text ?? SIMPLE, {
    history: { revisions: createRevisionStore(backend, { policy }), policy },
    ...(options.services ? { services: options.services } : {}),
  });
  const stop = startHistoryEffects(store, { editIntervalMs: policy.editIntervalMs });
  return { store, backend, stop };
}

/** The file's revisions once every revision asked for so far is stored (the timeline's read queues after them). */
async function revisionsOf(store: StudioStore, fileId = store.getState().activeId) {
  await store.getState().loadTimeline(fileId);
  return store.getState().timeline!.revisions;
}

const reasons = async (store: StudioStore, fileId?: string) => (await revisionsOf(store, fileId)).map((r) => r.reason);

/** Types one more line at the end of the active file. */
function type(store: StudioStore, line: string) {
  const { text } = active(store);
  store.getState().editText(text.endsWith('\n') ? `${text}${line}\n` : `${text}\n${line}`);
}

beforeEach(() => vi.useFakeTimers({ now: Date.UTC(2026, 10, 27, 9, 0, 0) }));
afterEach(() => vi.useRealTimers());

describe('local history: when revisions are taken', () => {
  it('takes one when a file is first shown, once per session, and never twice the same text', async () => {
    const { store, stop } = studio();
    expect(await reasons(store)).toEqual(['opened']);
    const first = store.getState().activeId;
    const second = store.getState().openDocument(STREETLIGHTS, 'streetlights.yaml');
    expect(await reasons(store, second)).toEqual(['opened']);
    store.getState().switchTo(first);
    store.getState().switchTo(second);
    expect(await reasons(store, first)).toEqual(['opened']);
    expect(await reasons(store, second)).toEqual(['opened']);
    stop();
  });

  it('takes one a few minutes into editing, then again every few minutes while the editing goes on', async () => {
    const { store, stop } = studio();
    await revisionsOf(store);
    type(store, '# one');
    await vi.advanceTimersByTimeAsync(2 * MINUTE);
    expect(await reasons(store)).toEqual(['opened']);
    await vi.advanceTimersByTimeAsync(1 * MINUTE);
    const list = await revisionsOf(store);
    expect(list.map((r) => r.reason)).toEqual(['edited', 'opened']);
    expect(list[0]!.summary).toBe('+1 −0 line');
    // Ten more minutes of typing, a line every 30 s: a revision every three minutes, not one per keystroke.
    for (let i = 0; i < 20; i++) {
      type(store, `# line ${i}`);
      await vi.advanceTimersByTimeAsync(MINUTE / 2);
    }
    expect((await reasons(store)).filter((r) => r === 'edited')).toHaveLength(4);
    // The typing stops: its last lines become one more revision, then nothing is left to take.
    await vi.advanceTimersByTimeAsync(30 * MINUTE);
    const after = await revisionsOf(store);
    expect(after.filter((r) => r.reason === 'edited')).toHaveLength(5);
    expect(await store.getState().readRevision(after[0]!.id)).toBe(active(store).text);
    stop();
  });

  it('keeps the text before a bulk change (YAML to JSON, an upgrade) and the text saved', async () => {
    const worker = new HeldConvertWorker();
    const { store, stop } = studio({ services: servicesWithConvert(worker), text: STREETLIGHTS });
    await revisionsOf(store);
    type(store, '# typed');
    const typed = active(store).text;
    const swapping = store.getState().swapFormat();
    worker.answerNext();
    await swapping;
    expect(active(store).format).toBe('json');
    let list = await revisionsOf(store);
    expect(list.map((r) => r.reason)).toEqual(['before-bulk', 'opened']);
    expect(await store.getState().readRevision(list[0]!.id)).toBe(typed);

    const converting = store.getState().convertActive({ target: '3.0.0', perspective: 'application', outputFormat: 'yaml' });
    worker.answerNext();
    const answer = await converting;
    if (answer?.state !== 'ready') throw new Error('no conversion');
    const json = active(store).text;
    expect(store.getState().applyConversion(answer, '3.0.0')).toBe(true);
    list = await revisionsOf(store);
    expect(list.map((r) => r.reason)).toEqual(['before-bulk', 'before-bulk', 'opened']);
    expect(await store.getState().readRevision(list[0]!.id)).toBe(json);

    const saving = store.getState().prepareSave();
    worker.answerNext();
    await saving;
    list = await revisionsOf(store);
    expect(list[0]!.reason).toBe('saved');
    expect(await store.getState().readRevision(list[0]!.id)).toBe(active(store).text);
    stop();
  });

  it('keeps the text before Format Document rewrites it', async () => {
    const worker = new HeldConvertWorker();
    const { store, stop } = studio({ services: servicesWithConvert(worker), text: 'asyncapi: 3.0.0\ninfo: {title: A, version: "1"}\n' });
    await revisionsOf(store);
    type(store, '# before formatting');
    const before = active(store).text;
    const formatting = store.getState().reformat(before);
    worker.answerNext();
    await formatting;
    const [newest] = await revisionsOf(store);
    expect(newest?.reason).toBe('before-bulk');
    expect(await store.getState().readRevision(newest!.id)).toBe(before);
    stop();
  });

  it('stays within its bounds: the oldest revisions go first', async () => {
    const { store, backend, stop } = studio({ policy: { maxCount: 4 } });
    for (let i = 0; i < 10; i++) {
      type(store, `# edit ${i}`);
      await vi.advanceTimersByTimeAsync(DEFAULT_HISTORY_POLICY.editIntervalMs);
    }
    const list = await revisionsOf(store);
    expect(list).toHaveLength(4);
    expect(list.every((r) => r.reason === 'edited')).toBe(true);
    expect([...backend.data.keys()].filter((key) => key.startsWith('text:'))).toHaveLength(4);
    stop();
  });

  it('survives a reload: a new studio on the same storage lists the revisions, and opening the same text adds none', async () => {
    const { store, backend, stop } = studio();
    type(store, '# kept');
    await vi.advanceTimersByTimeAsync(DEFAULT_HISTORY_POLICY.editIntervalMs);
    const before = await revisionsOf(store);
    stop();
    const saved = { documents: Object.values(store.getState().files), activeId: store.getState().activeId };
    const reloaded = createStudioStore(saved, { history: { revisions: createRevisionStore(backend) } });
    const stopAgain = startHistoryEffects(reloaded);
    expect((await revisionsOf(reloaded)).map((r) => r.id)).toEqual(before.map((r) => r.id));
    stopAgain();
  });
});

describe('local history: failures and restore', () => {
  it('a storage failure is said quietly in the timeline, and editing goes on', async () => {
    const backend = memoryRevisionBackend();
    backend.failWith.set = Object.assign(new Error('full'), { name: 'QuotaExceededError' });
    const { store, stop } = studio({ backend });
    type(store, '# still typing');
    await vi.advanceTimersByTimeAsync(DEFAULT_HISTORY_POLICY.editIntervalMs);
    await revisionsOf(store);
    expect(store.getState().historyProblem).toMatch(/storage is full.*Editing and autosave are not affected/);
    expect(store.getState().notices).toEqual([]);
    expect(active(store).text).toMatch(/# still typing\n?$/);
    // Once storage works again, the next revision clears the message.
    delete backend.failWith.set;
    type(store, '# more');
    await vi.advanceTimersByTimeAsync(DEFAULT_HISTORY_POLICY.editIntervalMs);
    expect(await reasons(store)).toEqual(['edited']);
    expect(store.getState().historyProblem).toBeNull();
    stop();
  });

  it('restores a revision as one external (undoable) edit, keeping the replaced text as a revision', async () => {
    const { store, stop } = studio();
    const [opened] = await revisionsOf(store);
    type(store, '# to be replaced');
    const edited = active(store).text;
    expect(await store.getState().restoreRevision(opened!.id)).toBe(true);
    expect(active(store).text).toBe(SIMPLE);
    expect(active(store).externalEdit?.text).toBe(SIMPLE);
    const list = await revisionsOf(store);
    expect(list.map((r) => r.reason)).toEqual(['before-bulk', 'opened']);
    expect(await store.getState().readRevision(list[0]!.id)).toBe(edited);
    expect(store.getState().notices.at(-1)?.message).toMatch(/^Restored the revision from .*Undo/);
    // Restoring the text the document already holds changes nothing.
    expect(await store.getState().restoreRevision(opened!.id)).toBe(false);
    stop();
  });

  it('without storage there is no history, and nothing fails', async () => {
    const store = createStudioStore(SIMPLE);
    const stop = startHistoryEffects(store);
    expect(await store.getState().snapshot('saved')).toBe('off');
    expect(store.getState().historyEnabled).toBe(false);
    stop();
  });
});
