import { describe, expect, it } from 'vitest';
import { createParser } from '@/lib/analysis/createParser';
import { readCorpus } from '@/lib/testing/corpus';
import { createCodegenSession } from './codegenSession';
import { languageSpec } from './languages';

describe('createCodegenSession', () => {
  it('generates from a text, and says so when the text has errors', async () => {
    const generate = createCodegenSession(createParser());
    const text = readCorpus('spec-examples/3.0.0/streetlights-kafka-asyncapi.yml');
    const go = await generate(text, 'go', languageSpec('go').defaults);
    expect(go.ok && go.files.map((f) => f.modelName)).toContain('LightMeasuredPayload');
    expect(go.ok && go.title).toBe('Streetlights Kafka API');
    const broken = await generate(text.replace('asyncapi: 3.0.0', 'asyncapi: 3.0.0%'), 'go', languageSpec('go').defaults);
    expect(broken).toMatchObject({ ok: false, invalidDocument: true });
  });

  it('reports a document without messages or schemas instead of an empty result', async () => {
    const generate = createCodegenSession(createParser());
    const empty = 'asyncapi: 3.0.0\ninfo:\n  title: Empty\n  version: 1.0.0\n';
    expect(await generate(empty, 'java', languageSpec('java').defaults)).toMatchObject({ ok: false, message: expect.stringContaining('no message payloads') });
  });
});
