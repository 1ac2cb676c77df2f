import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createParser } from '@/lib/analysis/createParser';
import { analyzeWorkspaceDocument } from './analyzeWorkspaceDocument';
import { WorkspaceFileStore } from './fileStore';
import { createRemoteReader } from './remoteRefs';

// Two real HTTP servers on this machine: the studio's fetch path runs unchanged against them.
const hits: string[] = [];
let schemas: Server;
let other: Server;
let base = '';
let otherBase = '';

function listen(server: Server): Promise<string> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)));
}

beforeAll(async () => {
  other = createServer((_req, res) => res.writeHead(200, { connection: 'close' }).end('type: string\n'));
  otherBase = await listen(other);
  schemas = createServer((req, res) => {
    hits.push(req.url ?? '');
    // No keep-alive: a pooled socket the server closes between tests would fail the next fetch at random.
    res.setHeader('connection', 'close');
    if (req.url === '/user.yaml') return res.end("type: object\nproperties:\n  address:\n    $ref: './address.yaml'\n");
    if (req.url === '/address.yaml') return res.end('type: string\n');
    if (req.url === '/broken.yaml') return res.end('type: 42\n');
    if (req.url === '/slow.yaml') return; // never answers
    if (req.url === '/huge.yaml') return res.end(`description: ${'x'.repeat(64 * 1024)}\n`);
    if (req.url === '/redirect.yaml') {
      res.writeHead(302, { location: `${otherBase}/elsewhere.yaml` });
      return res.end();
    }
    res.writeHead(404);
    res.end();
  });
  base = await listen(schemas);
});

afterAll(() => {
  schemas.closeAllConnections();
  schemas.close();
  other.close();
});

const parser = createParser();

function doc(ref: string, title = 'Remote'): string {
  return `asyncapi: 3.0.0\ninfo:\n  title: ${title}\n  version: 1.0.0\nchannels:\n  user:\n    messages:\n      user:\n        payload:\n          $ref: '${ref}'\n`;
}

async function analyze(text: string, allowed: string[], reader = createRemoteReader({ fetch })) {
  const analysis = await analyzeWorkspaceDocument(parser, {
    documentPath: 'asyncapi.yaml',
    text,
    reader: WorkspaceFileStore.fromTexts({ 'asyncapi.yaml': text }),
    isOriginAllowed: (origin) => allowed.includes(origin),
    remote: reader,
  });
  if (analysis.kind !== 'done') throw new Error('expected a result');
  return analysis;
}

describe('http(s) $refs and the allow list', () => {
  it('fetches nothing by default: the error at the $ref names the host, for an "allow this host" action', async () => {
    hits.length = 0;
    const result = await analyze(doc(`${base}/user.yaml`), []);
    const host = new URL(base).host;
    expect(result.outcome.diagnostics.filter((d) => d.severity === 'error').map((d) => [d.range.startLine, d.code, d.data])).toEqual([
      [10, 'external-ref-not-fetched', { origin: base, host, url: `${base}/user.yaml` }],
    ]);
    expect(result.outcome.valid).toBe(false);
    expect(result.facts.remoteRefs).toEqual([`${base}/user.yaml`]);
    expect(hits).toEqual([]);
  });

  it('fetches from an allowed host, relative refs inside the fetched document too, and reuses the text while typing', async () => {
    hits.length = 0;
    const reader = createRemoteReader({ fetch });
    const first = await analyze(doc(`${base}/user.yaml`), [base], reader);
    expect(first.outcome.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(first.outcome.valid).toBe(true);
    const second = await analyze(doc(`${base}/user.yaml`, 'Remote, edited'), [base], reader);
    expect(second.outcome.valid).toBe(true);
    expect(hits).toEqual(['/user.yaml', '/address.yaml']);
  });

  it('reports a problem inside a fetched document at the $ref that pulls it in', async () => {
    const result = await analyze(doc(`${base}/broken.yaml`), [base]);
    const problem = result.outcome.diagnostics.find((d) => d.severity === 'error');
    expect(problem?.range.startLine).toBe(10);
    expect(problem?.message).toMatch(new RegExp(`^In ${base}/broken.yaml: `));
  });

  it('gives up on a host that does not answer in time, on a text over the size limit, and on a redirect to a host not allowed', async () => {
    const reader = createRemoteReader({ fetch, timeoutMs: 300, maxBytes: 16 * 1024 });
    const allowed = (origin: string) => origin === base;
    expect(await reader(`${base}/slow.yaml`, allowed)).toEqual({ ok: false, reason: 'no answer within 0.3 s' });
    expect(await reader(`${base}/huge.yaml`, allowed)).toEqual({ ok: false, reason: 'it is larger than 16 KB' });
    expect(await reader(`${base}/redirect.yaml`, allowed)).toEqual({ ok: false, reason: `it redirects to ${otherBase}, which you have not allowed` });
    expect(await reader(`${base}/redirect.yaml`, (o) => o === base || o === otherBase)).toMatchObject({ ok: false });
    expect(await reader(`${base}/missing.yaml`, allowed)).toEqual({ ok: false, reason: 'the server answered 404' });

    const result = await analyze(doc(`${base}/slow.yaml`), [base], reader);
    expect(result.outcome.diagnostics.filter((d) => d.severity === 'error').map((d) => [d.range.startLine, d.code, d.message])).toEqual([
      [10, 'external-ref-fetch-failed', `External reference ${base}/slow.yaml not read: no answer within 0.3 s.`],
    ]);
  });

  it('asks the allow list again before reusing a cached text', async () => {
    const reader = createRemoteReader({ fetch, maxBytes: 1024 * 1024 });
    const both = (o: string) => o === base || o === otherBase;
    expect(await reader(`${base}/redirect.yaml`, both)).toMatchObject({ ok: true, origin: otherBase });
    expect(await reader(`${base}/redirect.yaml`, (o) => o === base)).toEqual({ ok: false, reason: `it redirects to ${otherBase}, which you have not allowed` });
  });
});
