import { describe, expect, it } from 'vitest';
import { checkExamples, examplesWorkspace } from '@/lib/analysis/checkExamples';
import { createParser } from '@/lib/analysis/createParser';
import type { ExamplesClient } from '@/workers/examplesClient';
import { createExamplesClient } from '@/workers/examplesClient';
import type { WorkerLike } from '@/workers/latestJobRunner';
import type { ExamplesWorkerRequest } from '@/workers/protocol';
import { currentStamp } from './analysisSelectors';
import { EXAMPLES_UNFINISHED_CODE, startExamples } from './examplesEffects';
import { blankDocument } from './filesSlice';
import { selectDiagnostics, selectPreviewBlocker, selectStatusState } from './selectors';
import { createStudioStore } from './store';
import { answerAnalysis, outcome } from './testing';

// A 2.x document whose example breaks its payload pattern (the parser's asyncapi2-message-examples rule, now
// the example check's): an error of the document, on line 13.
const DOC_2 = `asyncapi: 2.6.0
info:
  title: Examples
  version: 1.0.0
channels:
  c:
    publish:
      message:
        payload:
          type: string
          pattern: '^[0-9]+$'
        examples:
          - payload: abc
`;

const parser = createParser({ rules: 'none' });

/** The check run in-process, as the worker runs it; each run's version is recorded. */
function inProcessClient() {
  const runs: number[] = [];
  const client: ExamplesClient = {
    run: async (request) => {
      runs.push(request.version);
      const workspace = request.workspace ? examplesWorkspace(request.workspace, { isOriginAllowed: () => false }) : undefined;
      return { kind: 'done', version: request.version, result: await checkExamples(parser, request.text, workspace) };
    },
    dispose: () => {},
  };
  return { client, runs };
}

/** A worker that loads and then never answers: the job clock runs out (the timers are the test's). */
function silentWorker(): WorkerLike {
  const worker: WorkerLike = {
    onmessage: null,
    onerror: null,
    terminate: () => {},
    postMessage: (message) => {
      if ((message as ExamplesWorkerRequest).type === 'examples') worker.onmessage?.({ data: { type: 'ready' } } as MessageEvent);
    },
  };
  return worker;
}

// A two-file workspace: the message's payload schema is in another file, and the example breaks it (line 14).
const MAIN = `asyncapi: 2.6.0
info:
  title: Two files
  version: 1.0.0
channels:
  c:
    publish:
      message:
        payload:
          $ref: './schemas.yaml#/User'
        examples:
          - payload:
              name: Ada
              age: old
`;
const SCHEMAS = `User:
  type: object
  properties:
    name:
      type: string
    age:
      type: integer
`;

function twoFileStore() {
  const main = blankDocument('main', 'api/asyncapi.yaml', MAIN);
  const schemas = blankDocument('schemas', 'api/schemas.yaml', SCHEMAS);
  return createStudioStore({ documents: [main, schemas], activeId: 'main' });
}

/** The analysis's answer for the two-file document: valid, having reached api/schemas.yaml as it is now. */
function answerWorkspaceAnalysis(store: ReturnType<typeof twoFileStore>) {
  const s = store.getState();
  const file = s.files.main!;
  store.getState().receiveAnalysis({
    type: 'analyze-result',
    id: 1,
    fileId: file.id,
    version: file.version,
    result: { ...outcome(), specVersion: '2.6.0' },
    elapsedMs: 1,
    workspace: { documentPath: file.path, dependencies: ['api/schemas.yaml'], remoteRefs: [] },
    inputs: { 'api/schemas.yaml': currentStamp(s, 'api/schemas.yaml') },
  });
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await settle();
  expect(check()).toBe(true);
}

describe('the example check after the parser', () => {
  it('runs once the parser answered, and its 2.x rows join the problems and make the document invalid', async () => {
    const store = createStudioStore(DOC_2);
    const { client, runs } = inProcessClient();
    const stop = startExamples(store, client);
    expect(runs).toEqual([]);
    answerAnalysis(store, { ...outcome(), specVersion: '2.6.0' });
    expect(selectStatusState(store.getState())).toBe('valid');
    await until(() => selectDiagnostics(store.getState()).length > 0);
    expect(selectDiagnostics(store.getState()).map((d) => [d.severity, d.code, d.range.startLine])).toEqual([['error', 'asyncapi2-message-examples', 13]]);
    expect(selectStatusState(store.getState())).toBe('invalid');
    expect(selectPreviewBlocker(store.getState())).toBe('the current text has 1 error');
    stop();
  });

  it('drops rows computed for an older text, and runs again for the new one', async () => {
    const store = createStudioStore(DOC_2);
    const { client, runs } = inProcessClient();
    const stop = startExamples(store, client);
    answerAnalysis(store, outcome());
    const fileId = store.getState().activeId;
    const first = store.getState().files[fileId]!.version;
    await until(() => selectDiagnostics(store.getState()).length === 1);
    store.getState().editText(DOC_2.replace('payload: abc', 'payload: "123"'));
    // The edit's text has no verdict yet: the old rows are not shown for it, and a late answer is dropped.
    store.getState().receiveExamples(fileId, { version: first, diagnostics: [{ severity: 'error', code: 'x', message: 'old', range: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 2 } }] });
    expect(selectDiagnostics(store.getState()).some((d) => d.message === 'old')).toBe(false);
    answerAnalysis(store, outcome());
    await until(() => runs.length === 2);
    expect(runs[1]).toBe(store.getState().files[fileId]!.version);
    await settle();
    expect(selectDiagnostics(store.getState())).toEqual([]);
    expect(selectStatusState(store.getState())).toBe('valid');
    stop();
  });

  it('on a timeout keeps the parser’s verdict and adds one row saying the example check took too long', async () => {
    const store = createStudioStore(DOC_2);
    const clocks: Array<() => void> = [];
    const client = createExamplesClient({ createWorker: silentWorker, timers: { set: (fn) => clocks.push(fn), clear: () => {} } });
    const stop = startExamples(store, client);
    const missing = { severity: 'error' as const, code: 'asyncapi-document-resolved', message: 'info.title is missing', range: { startLine: 2, startColumn: 1, endLine: 2, endColumn: 5 } };
    answerAnalysis(store, outcome([missing]));
    await until(() => clocks.length === 2);
    clocks[1]!();
    await until(() => selectDiagnostics(store.getState()).length === 2);
    const rows = selectDiagnostics(store.getState());
    expect(rows[0]).toMatchObject({ severity: 'warning', code: EXAMPLES_UNFINISHED_CODE });
    expect(rows[0]!.message).toBe(
      'The example check took longer than 10 s and was stopped; the worker was restarted. The message examples were not checked; the other problems are shown.',
    );
    expect(rows[1]).toEqual(missing);
    expect(selectStatusState(store.getState())).toBe('invalid');
    stop();
    client.dispose();
  });

  it('checks a workspace document against a schema in another file, and again when that file changes', async () => {
    const store = twoFileStore();
    const { client, runs } = inProcessClient();
    const stop = startExamples(store, client);
    answerWorkspaceAnalysis(store);
    await until(() => selectDiagnostics(store.getState()).length > 0);
    const rows = selectDiagnostics(store.getState());
    expect(rows.map((d) => [d.severity, d.code, d.range.startLine])).toEqual([['error', 'asyncapi2-message-examples', 14]]);
    expect(rows[0]!.message).toContain('at age');
    expect(selectStatusState(store.getState())).toBe('invalid');

    // The schema file changes: the analysis answers again for it, and the check runs on the new text.
    store.getState().switchTo('schemas');
    store.getState().editText(SCHEMAS.replace('type: integer', 'type: string'));
    store.getState().switchTo('main');
    expect(runs.length).toBe(1);
    answerWorkspaceAnalysis(store);
    await until(() => runs.length === 2);
    await until(() => selectDiagnostics(store.getState()).length === 0);
    expect(selectStatusState(store.getState())).toBe('valid');
    stop();
  });
});

