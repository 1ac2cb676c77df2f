import { describe, expect, it } from 'vitest';
import { createParser } from '@/lib/analysis/createParser';
import { analyzeWorkspaceDocument } from './analyzeWorkspaceDocument';
import { WorkspaceFileStore } from './fileStore';
import { WorkspaceFeed } from './workspaceFeed';
import type { FeedFile } from './workspaceFeed';

const doc = "asyncapi: 3.0.0\ninfo: { title: Feed, version: 1.0.0 }\nchannels:\n  users:\n    messages:\n      user:\n        $ref: './messages/user.yaml'\n";
const parser = createParser();

/** The page and the worker as they run one job: post; on `analyze-needs-files`, post again with those texts. */
function harness(mode: 'lazy' | 'eager', files: FeedFile[]) {
  const feed = new WorkspaceFeed(mode);
  const state = { worker: new WorkspaceFileStore() };
  const job = async () => {
    const posted: string[][] = [];
    for (let round = 0; round < 10; round++) {
      const entries = feed.entries(files);
      posted.push(entries.filter((e) => e.text !== undefined).map((e) => e.path));
      state.worker.update(entries);
      const analysis = await analyzeWorkspaceDocument(parser, { documentPath: 'asyncapi.yaml', text: doc, reader: state.worker, isOriginAllowed: () => false });
      // Any answer to a request means the worker took that request's texts.
      feed.delivered(entries);
      if (analysis.kind === 'needs-files') {
        feed.forget(analysis.paths);
        continue;
      }
      return { posted, valid: analysis.outcome.valid };
    }
    throw new Error('the worker kept asking');
  };
  return { feed, state, job };
}

function workspace(): FeedFile[] {
  return [
    { path: 'asyncapi.yaml', version: 1, text: doc },
    { path: 'messages/user.yaml', version: 1, text: "payload:\n  $ref: '../schemas/user.yaml'\n" },
    { path: 'schemas/user.yaml', version: 1, text: 'type: object\n' },
    { path: 'docs/unrelated.yaml', version: 1, text: 'x: 1\n' },
    { path: 'vendor/huge.json', version: 1, skipped: { reason: 'too-large', size: 30_000_000 } },
  ];
}

describe('WorkspaceFeed with the worker’s WorkspaceFileStore', () => {
  it('lazy: sends only what the document reaches, one level of refs per round trip, then only what changed', async () => {
    const files = workspace();
    const { state, job } = harness('lazy', files);
    const first = await job();
    expect(first).toEqual({ posted: [[], ['messages/user.yaml'], ['schemas/user.yaml']], valid: true });

    files[2] = { path: 'schemas/user.yaml', version: 2, text: 'type: 42\n' };
    expect(await job()).toEqual({ posted: [['schemas/user.yaml']], valid: false });
    // A file the document does not reach is never sent, edited or not.
    files[3] = { path: 'docs/unrelated.yaml', version: 2, text: 'x: 2\n' };
    expect(await job()).toEqual({ posted: [[]], valid: false });

    state.worker = new WorkspaceFileStore(); // the worker was terminated and started again
    expect(await job()).toEqual({ posted: [[], ['messages/user.yaml'], ['schemas/user.yaml']], valid: false });
  });

  it('eager: sends every loaded text once, then only what changed; a restarted worker asks back', async () => {
    const files = workspace();
    const { state, job } = harness('eager', files);
    expect(await job()).toEqual({ posted: [['asyncapi.yaml', 'messages/user.yaml', 'schemas/user.yaml', 'docs/unrelated.yaml']], valid: true });
    files[2] = { path: 'schemas/user.yaml', version: 2, text: 'type: 42\n' };
    expect(await job()).toEqual({ posted: [['schemas/user.yaml']], valid: false });
    // The page does not know of the restart: the worker asks, level by level, for what the document reaches.
    state.worker = new WorkspaceFileStore();
    expect(await job()).toEqual({ posted: [[], ['messages/user.yaml'], ['schemas/user.yaml']], valid: false });
  });
});
