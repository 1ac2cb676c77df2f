import { describe, expect, it } from 'vitest';
import { corpusManifest, readCorpus } from '@/lib/testing/corpus';
import { generateDocument } from '../../bench/generateDocument.mjs';
import { createParser } from './createParser';
import { buildSectionFingerprints } from './sectionFingerprints';
import type { SectionFingerprints } from './sectionFingerprints';

const parser = createParser();

async function fingerprintsOf(text: string): Promise<SectionFingerprints> {
  const { document } = await parser.parse(text);
  if (!document) throw new Error('the document did not parse');
  const result = buildSectionFingerprints(document);
  if (!result) throw new Error('no fingerprints');
  return result;
}

/** Indexes whose fingerprint differs between two versions of the same list. */
const changed = (a: string[], b: string[]) => a.flatMap((value, i) => (value === b[i] ? [] : [i]));

const base = generateDocument(6, { properties: 2, title: 'Fingerprint API' });

describe('buildSectionFingerprints', () => {
  it('gives the same text the same fingerprints, one per operation, message and schema', async () => {
    const first = await fingerprintsOf(base);
    const second = await fingerprintsOf(base);
    expect(second).toEqual(first);
    expect(first.operations).toHaveLength(12);
    expect(first.messages).toHaveLength(6);
    expect(new Set(first.operations).size).toBe(12);
  });

  it("changes a message's fingerprint and its operations', and no other, when the message changes", async () => {
    const before = await fingerprintsOf(base);
    const marker = 'summary: Resource 3 changed.';
    expect(base).toContain(marker);
    const after = await fingerprintsOf(base.replace(marker, 'summary: Resource 3 changed, edited.'));
    const messages = changed(before.messages, after.messages);
    expect(messages).toHaveLength(1);
    const operations = changed(before.operations, after.operations);
    // The message's channel has a send and a receive operation.
    expect(operations).toHaveLength(2);
    expect(changed(before.schemas, after.schemas)).toEqual([]);
  });

  it("changes every operation's fingerprint when a server changes (operations list the document's servers)", async () => {
    const before = await fingerprintsOf(base);
    const after = await fingerprintsOf(base.replace('host: broker.example.com:9092', 'host: elsewhere.example.com:9092'));
    expect(changed(before.operations, after.operations)).toHaveLength(before.operations.length);
  });

  it('sees a change inside a circular schema from every item that reaches it, and from no other', async () => {
    const text = readCorpus('parser/circular-refs.yaml');
    const deep = '        deep:\n          type: object';
    expect(text).toContain(deep);
    const before = await fingerprintsOf(text);
    const after = await fingerprintsOf(text.replace(deep, '        deep:\n          description: now described\n          type: object'));
    // testMessage's payload is testSchema, whose `deep.circular` is testSchema again; the operation's inline message reaches neither.
    expect(changed(before.messages, after.messages)).toEqual([0]);
    expect(changed(before.schemas, after.schemas)).toEqual([0]);
    expect(changed(before.operations, after.operations)).toEqual([]);
  });

  it('fingerprints every valid corpus document', async () => {
    const valid = corpusManifest().filter((e) => e.kind === 'document' && e.parser_errors === 0);
    expect(valid.length).toBeGreaterThan(50);
    for (const entry of valid) {
      const { document } = await parser.parse(readCorpus(entry.path));
      if (!document) continue;
      const result = buildSectionFingerprints(document);
      expect(result, entry.path).toBeDefined();
      expect(result!.operations, entry.path).toHaveLength(document.operations().all().length);
    }
  }, 120_000);
});
