import { describe, expect, it } from 'vitest';
import { readCorpus } from '@/lib/testing/corpus';
import { createParser } from './createParser';
import { createLocate } from './locate';
import type { RangeSource } from './locate';

describe('createLocate', () => {
  it('maps a JSON path of a parsed corpus document to its 1-based line', async () => {
    const text = readCorpus('spec-examples/3.0.0/streetlights-kafka-asyncapi.yml');
    const { document, extras } = await createParser().parse(text);
    expect(document).toBeDefined();
    const locate = createLocate(extras!.document as unknown as RangeSource);
    const range = locate(['channels', 'lightingMeasured']);
    const line = text.split('\n').findIndex((l) => l.startsWith('  lightingMeasured:')) + 1;
    expect(range?.startLine).toBe(line);
  });
});
