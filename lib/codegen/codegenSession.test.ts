import { stringify } from '@asyncapi/parser';
import { describe, expect, it } from 'vitest';
import { createParser } from '@/lib/analysis/createParser';
import { createCodegenSession } from './codegenSession';
import { generateFiles, parseCorpus } from './codegenTestKit';
import { languageSpec } from './languages';

describe('createCodegenSession', () => {
  it.each(['parser/circular-refs.yaml', 'spec-examples/3.0.0/streetlights-kafka-asyncapi.yml'])(
    '%s: the same files from the worker-to-worker JSON as from the parsed document',
    async (path) => {
      const document = await parseCorpus(path);
      const generate = createCodegenSession();
      const fromJson = await generate(stringify(document) ?? '', 'kotlin', languageSpec('kotlin').defaults);
      expect(fromJson.ok && fromJson.files).toEqual(await generateFiles(document, 'kotlin'));
    },
  );

  it('names the zip after the title, and reports a document with nothing to generate instead of empty output', async () => {
    const generate = createCodegenSession();
    const streetlights = await generate(stringify(await parseCorpus('spec-examples/3.0.0/streetlights-kafka-asyncapi.yml')) ?? '', 'go', languageSpec('go').defaults);
    expect(streetlights.ok && streetlights.title).toBe('Streetlights Kafka API');
    const { document: empty } = await createParser().parse('asyncapi: 3.0.0\ninfo:\n  title: Empty\n  version: 1.0.0\n');
    const nothing = await generate(stringify(empty!) ?? '', 'java', languageSpec('java').defaults);
    expect(nothing).toMatchObject({ ok: false, message: expect.stringContaining('no message payloads') });
  });
});
