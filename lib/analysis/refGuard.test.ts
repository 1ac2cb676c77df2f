import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from './analyzeDocument';
import { createParser } from './createParser';

const hostile = (name: string) => readFileSync(`e2e/fixtures/hostile/${name}`, 'utf8');
// As the analysis worker makes it: no origin allowed until the user allows one.
const workerParser = () => createParser({ isOriginAllowed: () => false });

describe('external $refs', () => {
  it('a ref to another host is not fetched: an error at its line says why', async () => {
    const outcome = await analyzeDocument(workerParser(), hostile('external-https-ref.yaml'));
    const refused = outcome.diagnostics.filter((d) => d.code === 'external-ref-not-fetched');
    expect(refused).toHaveLength(1);
    expect(refused[0]?.message).toBe('External reference not fetched: the studio fetches other hosts only when you allow it (https://schemas.example.com).');
    expect(refused[0]?.range.startLine).toBe(12);
    expect(refused[0]?.data).toEqual({ origin: 'https://schemas.example.com', host: 'schemas.example.com', url: expect.stringMatching(/^https:\/\/schemas\.example\.com\//) });
    expect(outcome.valid).toBe(false);
    // No fetch was attempted, so the parser has nothing of its own to say about the ref.
    expect(outcome.diagnostics.filter((d) => d.code === 'invalid-ref')).toEqual([]);
  }, 30_000);

  it('a ref to a file: URL is never read', async () => {
    const outcome = await analyzeDocument(workerParser(), hostile('file-ref.yaml'));
    const refused = outcome.diagnostics.filter((d) => d.code === 'external-ref-not-fetched');
    expect(refused.map((d) => [d.range.startLine, d.message])).toEqual([[12, expect.stringMatching(/^Reference to a local file not read/)]]);
    expect(JSON.stringify(outcome)).not.toContain('root:');
  }, 30_000);

  it('an allowed origin is left to the parser’s own reader', async () => {
    const seen: string[] = [];
    const parser = createParser({ isOriginAllowed: (origin) => (seen.push(origin), true) });
    const outcome = await analyzeDocument(parser, hostile('external-https-ref.yaml'));
    expect(seen).toEqual(['https://schemas.example.com']);
    expect(outcome.diagnostics.some((d) => d.code === 'external-ref-not-fetched')).toBe(false);
  }, 30_000);

  it('a document without external refs reports nothing extra', async () => {
    const outcome = await analyzeDocument(workerParser(), hostile('ref-cycle-properties.yaml'));
    expect(outcome.valid).toBe(true);
  }, 30_000);
});
