import { describe, expect, it } from 'vitest';
import { createParser } from '@/lib/analysis/createParser';
import { corpusPath } from '@/lib/testing/corpus';
import { analyzeWorkspaceDocument } from '@/lib/workspace/analyzeWorkspaceDocument';
import { WorkspaceFileStore } from '@/lib/workspace/fileStore';
import { loadFolder } from '@/lib/workspace/folderFixture';
import { createAnalysisClient, workspaceStamp } from './analysisClient';
import type { AnalysisResult, WorkspaceInputFile } from './analysisClient';
import type { WorkerLike } from './latestJobRunner';
import type { AnalysisWorkerResponse, AnalyzeRequest } from './protocol';

/** The analysis worker's own workspace path, run in-process: a real parser and file store behind the message seam. */
class InProcessAnalysisWorker implements WorkerLike {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  readonly textsReceived: string[][] = [];
  private readonly files = new WorkspaceFileStore();
  private readonly parser = createParser({ isOriginAllowed: () => false });
  constructor() {
    queueMicrotask(() => this.onmessage?.({ data: { type: 'ready' } } as MessageEvent));
  }
  postMessage(message: unknown): void {
    const request = message as AnalyzeRequest;
    this.textsReceived.push((request.workspace?.files ?? []).filter((f) => f.text !== undefined).map((f) => f.path));
    void this.answer(request).then((data) => this.onmessage?.({ data } as MessageEvent));
  }
  private async answer({ id, version, fileId, text, workspace }: AnalyzeRequest): Promise<AnalysisWorkerResponse> {
    this.files.update(workspace!.files);
    const analysis = await analyzeWorkspaceDocument(this.parser, { documentPath: workspace!.documentPath, text, reader: this.files, isOriginAllowed: () => false });
    if (analysis.kind === 'needs-files') return { type: 'analyze-needs-files', id, version, fileId, paths: analysis.paths };
    return { type: 'analyze-result', id, version, fileId, result: analysis.outcome, workspace: analysis.facts, elapsedMs: 1 };
  }
  terminate(): void {}
}

const folder = loadFolder(corpusPath('spec-examples/3.0.0/social-media'));

function workspaceFiles(texts: Record<string, string>, versions: Record<string, number> = {}): WorkspaceInputFile[] {
  return Object.entries(texts).map(([path, text]) => ({ id: `id:${path}`, path, version: versions[path] ?? 1, text }));
}

async function analyse(client: ReturnType<typeof createAnalysisClient>, results: AnalysisResult[], files: WorkspaceInputFile[], documentPath: string, version = 1) {
  const before = results.length;
  const file = files.find((f) => f.path === documentPath)!;
  client.analyze(file.id!, version, file.text!, [], [], { documentPath, files });
  for (let i = 0; i < 400 && results.length === before; i++) await new Promise((r) => setTimeout(r, 10));
  return results.at(-1)!;
}

describe('the analysis client feeds the workspace to the worker lazily', () => {
  it('asks for the files a document reaches, gets the parser’s verdict, and records what each dependency was', async () => {
    const worker = new InProcessAnalysisWorker();
    const results: AnalysisResult[] = [];
    const client = createAnalysisClient({ onSyntax: () => {}, onAnalysis: (r) => results.push(r), onFailure: (f) => expect.fail(f.reason) }, { createAnalysisWorker: () => worker });
    const files = workspaceFiles(folder);
    const result = await analyse(client, results, files, 'backend/asyncapi.yaml');
    expect(result.result.valid).toBe(true);
    expect(result.workspace?.dependencies).toContain('common/messages.yaml');
    expect(result.inputs?.['common/messages.yaml']).toBe(workspaceStamp(files.find((f) => f.path === 'common/messages.yaml')));
    // First request: no texts; then the worker asked, one level of $refs at a time.
    expect(worker.textsReceived[0]).toEqual([]);
    expect(worker.textsReceived.flat()).not.toContain('frontend/asyncapi.yaml');

    // A keystroke in the shared file sends that file's text only.
    const edited = folder['common/messages.yaml']!.replace('commentLiked:\n  description: Message that is being sent when a comment has been liked by someone.', 'commentLiked:\n  description: [not, a, string]');
    const again = await analyse(client, results, workspaceFiles({ ...folder, 'common/messages.yaml': edited }, { 'common/messages.yaml': 2 }), 'backend/asyncapi.yaml');
    expect(worker.textsReceived.at(-1)).toEqual(['common/messages.yaml']);
    expect(again.result.valid).toBe(false);
    expect(again.result.diagnostics.some((d) => d.file === 'common/messages.yaml' && d.range.startLine === 2)).toBe(true);
    client.dispose();
  }, 60_000);

  it('a different file later at the same path is sent again, though its version number is the same', async () => {
    const worker = new InProcessAnalysisWorker();
    const results: AnalysisResult[] = [];
    const client = createAnalysisClient({ onSyntax: () => {}, onAnalysis: (r) => results.push(r), onFailure: (f) => expect.fail(f.reason) }, { createAnalysisWorker: () => worker });
    const doc = 'asyncapi: 3.0.0\ninfo: {title: t, version: 1.0.0}\ncomponents:\n  schemas:\n    s:\n      $ref: ./s.yaml\n';
    const first = await analyse(client, results, [{ id: 'd', path: 'd.yaml', version: 1, text: doc }, { id: 'one', path: 's.yaml', version: 1, text: 'type: string\n' }], 'd.yaml');
    expect(first.result.valid).toBe(true);
    const second = await analyse(client, results, [{ id: 'd', path: 'd.yaml', version: 1, text: doc }, { id: 'two', path: 's.yaml', version: 1, text: 'type: [not, valid\n' }], 'd.yaml');
    expect(second.result.valid).toBe(false);
    client.dispose();
  }, 60_000);
});
