import { describe, expect, it } from 'vitest';
import { stringify, unstringify } from '@asyncapi/parser';
import { createParser } from '@/lib/analysis/createParser';
import { readCorpus } from '@/lib/testing/corpus';
import { compareDocuments } from './compareDocuments';

const parser = createParser();

/** 2.x and 3.x, circular schemas, replies, traits, schema formats: each must equal itself in every form. */
const DOCUMENTS = [
  'spec-examples/3.0.0/streetlights-kafka-asyncapi.yml',
  'spec-examples/3.0.0/kraken-websocket-request-reply-multiple-channels-asyncapi.yml',
  'converter/expected/3.0.0/from-2.6.0-with-deep-local-references.yml',
  'converter/input/2.6.0/streetlights.yml',
  'cli/specification-avro.yml',
];

describe('a document against itself', () => {
  it.each(DOCUMENTS)('%s: no change, parsed or unstringified', async (path) => {
    const output = await parser.parse(readCorpus(path), { applyTraits: false });
    if (!output.document) throw new Error(`${path} does not parse`);
    const json = output.document.json();
    const copy = unstringify(stringify(output.document) as string)?.json();
    expect(compareDocuments({ document: json }, { document: json }).changes).toEqual([]);
    expect(compareDocuments({ document: json }, { document: copy }).changes).toEqual([]);
  }, 60_000);
});
