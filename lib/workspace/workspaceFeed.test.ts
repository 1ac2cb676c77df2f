import { describe, expect, it } from 'vitest';
import { createParser } from '@/lib/analysis/createParser';
import { analyzeWorkspaceDocument } from './analyzeWorkspaceDocument';
import { WorkspaceFileStore } from './fileStore';
import { WorkspaceFeed } from './workspaceFeed';
import type { FeedFile } from './workspaceFeed';

const doc = "asyncapi: 3.0.0\ninfo: { title: Feed, version: 1.0.0 }\nchannels:\n  users:\n    messages:\n      user:\n        payload:\n          $ref: './user.yaml'\n";

describe('WorkspaceFeed with the worker’s WorkspaceFileStore', () => {
  it('sends each text until the worker has it, then only (path, version); a restarted worker asks back', async () => {
    const parser = createParser();
    const feed = new WorkspaceFeed();
    let worker = new WorkspaceFileStore();
    const files: FeedFile[] = [
      { path: 'asyncapi.yaml', version: 1, text: doc },
      { path: 'user.yaml', version: 1, text: 'type: object\n' },
      { path: 'vendor/huge.json', version: 1, skipped: { reason: 'too-large', size: 30_000_000 } },
    ];
    // One job as the page and the worker run it: post, maybe answer needs-files, post again.
    const job = async () => {
      let entries = feed.entries(files);
      const posted = [entries];
      worker.update(entries);
      let analysis = await analyzeWorkspaceDocument(parser, { documentPath: 'asyncapi.yaml', text: doc, reader: worker, isOriginAllowed: () => false });
      if (analysis.kind === 'needs-files') {
        feed.forget(analysis.paths);
        entries = feed.entries(files);
        posted.push(entries);
        worker.update(entries);
        analysis = await analyzeWorkspaceDocument(parser, { documentPath: 'asyncapi.yaml', text: doc, reader: worker, isOriginAllowed: () => false });
      }
      if (analysis.kind !== 'done') throw new Error('still lacking files');
      feed.delivered(entries);
      return { posted: posted.map((e) => e.filter((f) => f.text !== undefined).map((f) => f.path)), analysis };
    };

    const first = await job();
    expect(first.posted).toEqual([['asyncapi.yaml', 'user.yaml']]);
    expect(first.analysis.outcome.valid).toBe(true);

    files[1] = { path: 'user.yaml', version: 2, text: 'type: 42\n' };
    const edited = await job();
    expect(edited.posted).toEqual([['user.yaml']]);
    expect(edited.analysis.outcome.valid).toBe(false);

    worker = new WorkspaceFileStore(); // the worker was terminated and started again
    const afterRestart = await job();
    expect(afterRestart.posted).toEqual([[], ['user.yaml']]);
    expect(afterRestart.analysis.outcome.valid).toBe(false);
  });
});
