import { describe, expect, it } from 'vitest';
import { analyzeDocument } from './analysis/analyzeDocument';
import { createParser } from './analysis/createParser';
import { DEFAULT_DOCUMENT } from './defaultDocument';

describe('the built-in example document', () => {
  it('is a valid AsyncAPI 3.1.0 document with nothing to remark (no warning, no "latest version not used")', async () => {
    const outcome = await analyzeDocument(createParser(), DEFAULT_DOCUMENT);
    expect(outcome.diagnostics).toEqual([]);
    expect(outcome.valid).toBe(true);
    expect(outcome.specVersion).toBe('3.1.0');
  });

  it('shows what the studio is for: servers, parameterised channels, send and receive, shared components', async () => {
    const { document } = await createParser().parse(DEFAULT_DOCUMENT);
    expect(document!.servers().length).toBe(2);
    expect(document!.channels().all().every((c) => c.parameters().length > 0)).toBe(true);
    const actions = document!.operations().all().map((o) => o.action());
    expect(actions).toEqual(expect.arrayContaining(['send', 'receive']));
    expect(document!.messages().all().every((m) => m.hasHeaders() && m.hasPayload())).toBe(true);
  });
});
