import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Diagnostic } from '@/lib/analysis/diagnostic';
import type { AnalysisClient, WorkspaceInput } from '@/workers/analysisClient';
import { workspaceStamp } from '@/workers/analysisClient';
import { startEffects } from './effects';
import { selectDiagnostics, selectMarkerDiagnostics, selectStatusState, selectStatusText } from './selectors';
import { createStudioStore } from './store';
import type { StudioStore } from './store';
import { outcome } from './testing';

interface Call {
  fileId: string;
  version: number;
  wanted: string[];
  workspace?: WorkspaceInput;
}

/** A client whose analysis lane is busy until the test answers; idle listeners run as the real client's do. */
function heldClient() {
  const calls: Call[] = [];
  const listeners = new Set<() => void>();
  let busy = 0;
  const client: AnalysisClient = {
    checkSyntax: () => {},
    analyze: (fileId, version, _text, wanted, _origins, workspace) => {
      busy++;
      calls.push({ fileId, version, wanted, workspace });
    },
    onIdle: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    idle: () => busy === 0,
    dispose: () => {},
  };
  /** Answers the oldest open call as the worker would, with the dependencies given and the diagnostics. */
  const answer = (store: StudioStore, call: Call, dependencies: string[], diagnostics: Diagnostic[] = []) => {
    busy--;
    const byPath = new Map(call.workspace?.files.map((f) => [f.path, f]));
    const inputs = Object.fromEntries(dependencies.map((p) => [p, workspaceStamp(byPath.get(p))]));
    store.getState().receiveAnalysis({
      type: 'analyze-result',
      id: 1,
      fileId: call.fileId,
      version: call.version,
      result: outcome(diagnostics),
      elapsedMs: 1,
      workspace: { documentPath: call.workspace?.documentPath ?? '', dependencies, remoteRefs: [] },
      inputs,
    });
    if (busy === 0) listeners.forEach((l) => l());
  };
  return { client, calls, answer };
}

const SERVICE = (title: string) => `asyncapi: 3.0.0\ninfo:\n  title: ${title}\n  version: 1.0.0\nchannels:\n  c:\n    $ref: ../common/channel.yaml\n`;
const CHANNEL = 'address: a\nmessages: {}\n';
const inMessages: Diagnostic = { severity: 'error', code: 'schema', message: 'address must be a string', file: 'common/channel.yaml', range: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 8 } };

function folderStore() {
  // The loose document is no AsyncAPI document: nothing to re-validate there.
  const store = createStudioStore('notes: loose\n');
  store.getState().beginFolder('proj', { writable: false, total: 3 });
  store.getState().addFolderFiles(
    [
      { path: 'a/asyncapi.yaml', text: SERVICE('A'), modified: 1 },
      { path: 'b/asyncapi.yaml', text: SERVICE('B'), modified: 1 },
      { path: 'common/channel.yaml', text: CHANNEL, modified: 1 },
    ],
    [{ path: 'huge.yaml', reason: 'too-large', size: 30_000_000 }],
  );
  store.getState().finishFolder();
  const id = (path: string) => Object.values(store.getState().files).find((f) => f.path === path)!.id;
  return { store, id };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('analysis across the files of a folder', () => {
  it('sends the active document with the workspace (skipped files listed without text)', () => {
    const { store, id } = folderStore();
    const { client, calls } = heldClient();
    const stop = startEffects(store, { client, sync: null });
    expect(calls[0]).toMatchObject({ fileId: id('a/asyncapi.yaml'), workspace: { documentPath: 'a/asyncapi.yaml' } });
    const paths = calls[0]!.workspace!.files.map((f) => f.path).sort();
    expect(paths).toEqual(['a/asyncapi.yaml', 'asyncapi.yaml', 'b/asyncapi.yaml', 'common/channel.yaml', 'huge.yaml']);
    expect(calls[0]!.workspace!.files.find((f) => f.path === 'huge.yaml')).toMatchObject({ skipped: { reason: 'too-large' } });
    stop();
  });

  it('analyses the other documents while idle, then shows in the shared file what they said about it', () => {
    const { store, id } = folderStore();
    const { client, calls, answer } = heldClient();
    const stop = startEffects(store, { client, sync: null });
    answer(store, calls[0]!, ['common/channel.yaml'], [inMessages]);
    // Idle: the other service is analysed in the background, without views.
    expect(calls[1]).toMatchObject({ fileId: id('b/asyncapi.yaml'), wanted: [] });
    answer(store, calls[1]!, ['common/channel.yaml'], [inMessages]);
    expect(calls).toHaveLength(2);

    store.getState().switchTo(id('common/channel.yaml'));
    // A fragment is never parsed on its own.
    vi.advanceTimersByTime(2000);
    expect(calls).toHaveLength(2);
    store.getState().receiveSyntax({ type: 'syntax-result', id: 9, fileId: id('common/channel.yaml'), version: 1, result: { format: 'yaml', stage: 'structure', diagnostics: [] } });
    expect(selectDiagnostics(store.getState())).toEqual([inMessages]);
    expect(selectMarkerDiagnostics(store.getState())).toEqual([inMessages]);
    expect(selectStatusState(store.getState())).toBe('invalid');
    expect(selectStatusText(store.getState())).toBe('1 error (part of a document, used by 2 documents)');
    stop();
  });

  it('editing the shared file re-validates the documents that use it; the fix makes them valid again', () => {
    const { store, id } = folderStore();
    const { client, calls, answer } = heldClient();
    const stop = startEffects(store, { client, sync: null });
    answer(store, calls[0]!, ['common/channel.yaml'], [inMessages]);
    answer(store, calls[1]!, ['common/channel.yaml'], [inMessages]);
    store.getState().switchTo(id('common/channel.yaml'));
    store.getState().editText('address: fixed\nmessages: {}\n');
    // The old findings were about the old text: no longer shown.
    expect(selectDiagnostics(store.getState())).toEqual([]);
    vi.advanceTimersByTime(store.getState().settings.analysisDelayMs);
    expect(calls.slice(2).map((c) => c.fileId)).toEqual([id('a/asyncapi.yaml')]);
    answer(store, calls[2]!, ['common/channel.yaml']);
    expect(calls.slice(3).map((c) => c.fileId)).toEqual([id('b/asyncapi.yaml')]);
    answer(store, calls[3]!, ['common/channel.yaml']);
    expect(calls).toHaveLength(4);
    store.getState().switchTo(id('a/asyncapi.yaml'));
    expect(calls).toHaveLength(4);
    stop();
  });

  it('creating a file a document was missing makes the document stale', () => {
    const { store, id } = folderStore();
    const { client, calls, answer } = heldClient();
    const stop = startEffects(store, { client, sync: null });
    answer(store, calls[0]!, ['common/channel.yaml', 'common/new.yaml']);
    answer(store, calls[1]!, ['common/channel.yaml']);
    store.getState().createFile('common/new.yaml', 'x: 1\n');
    store.getState().switchTo(id('a/asyncapi.yaml'));
    expect(calls.at(-1)).toMatchObject({ fileId: id('a/asyncapi.yaml') });
    stop();
  });

  it('allowing a host re-analyses the active document and the documents whose refs reach remote files', () => {
    const { store, id } = folderStore();
    const { client, calls, answer } = heldClient();
    const stop = startEffects(store, { client, sync: null });
    answer(store, calls[0]!, ['common/channel.yaml']);
    // The other service reaches a remote ref: its result records the origins allowed then.
    busyAnswerWithRemote(store, calls[1]!);
    expect(calls).toHaveLength(2);
    store.getState().updateSettings({ allowedRefOrigins: ['https://schemas.example.com'] });
    expect(calls[2]).toMatchObject({ fileId: id('a/asyncapi.yaml') });
    answer(store, calls[2]!, ['common/channel.yaml']);
    vi.advanceTimersByTime(store.getState().settings.analysisDelayMs);
    expect(calls.slice(3).map((c) => c.fileId)).toEqual([id('b/asyncapi.yaml')]);
    stop();

    function busyAnswerWithRemote(s: StudioStore, call: Call) {
      answer(s, call, ['common/channel.yaml']);
      const analysis = s.getState().analyses[call.fileId]!.analysis!;
      s.setState({
        analyses: {
          ...s.getState().analyses,
          [call.fileId]: { ...s.getState().analyses[call.fileId]!, analysis: { ...analysis, workspace: { ...analysis.workspace!, remoteRefs: ['https://schemas.example.com/a.json'], inputs: { ...analysis.workspace!.inputs, '#allowed-origins': '' } } } },
        },
      });
    }
  });
});
