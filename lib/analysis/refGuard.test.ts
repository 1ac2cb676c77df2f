import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from './analyzeDocument';
import { createParser } from './createParser';
import { readCorpus } from '@/lib/testing/corpus';

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

describe('refused refs, as the parser reports unreachable ones', () => {
  it('stay reported on every later analysis of an edited text (the parser caches no refusal)', async () => {
    const parser = workerParser();
    const text = hostile('external-https-ref.yaml');
    for (const edited of [text, `${text}\n# edited\n`, `${text}\n# edited again\n`]) {
      const outcome = await analyzeDocument(parser, edited);
      expect(outcome.diagnostics.filter((d) => d.code === 'external-ref-not-fetched').map((d) => d.range.startLine)).toEqual([12]);
      expect(outcome.valid).toBe(false);
    }
  }, 30_000);

  it('are asked about again on the next analysis, so allowing an origin takes effect at once', async () => {
    let allowed = false;
    const asked: string[] = [];
    const parser = createParser({ isOriginAllowed: (origin) => (asked.push(origin), allowed) });
    const text = hostile('external-https-ref.yaml');
    expect((await analyzeDocument(parser, text)).diagnostics.some((d) => d.code === 'external-ref-not-fetched')).toBe(true);
    allowed = true;
    const after = await analyzeDocument(parser, `${text}\n# edited\n`);
    expect(asked).toEqual(['https://schemas.example.com', 'https://schemas.example.com']);
    expect(after.diagnostics.some((d) => d.code === 'external-ref-not-fetched')).toBe(false);
  }, 30_000);

  it('are one error each, at the $ref, and leave the ref in place (no stand-in value to find fault with)', async () => {
    // Its two Avro payloads are $refs to the web: offline, the reference parser reports exactly these two.
    const outcome = await analyzeDocument(workerParser(), readCorpus('spec-examples/3.1.0/adeo-kafka-request-reply-asyncapi.yml'));
    expect(outcome.diagnostics.filter((d) => d.severity === 'error').map((d) => [d.code, d.range.startLine, d.path?.at(-1)])).toEqual([
      ['external-ref-not-fetched', 174, '$ref'],
      ['external-ref-not-fetched', 204, '$ref'],
    ]);
  }, 30_000);
});
