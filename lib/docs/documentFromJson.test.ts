import { stringify, unstringify } from '@asyncapi/parser';
import { describe, expect, it } from 'vitest';
import { corpusManifest } from '@/lib/testing/corpus';
import { documentFromJson, versionOnlyDocument } from './documentFromJson';
import { parseCorpus, parseText } from './testDocuments';

const VALID = corpusManifest().filter((entry) => entry.kind === 'document' && entry.parser_errors === 0);

/** The parser's own rebuild, the reference this one must match. */
const parsersRebuild = (json: string) => unstringify(JSON.parse(json) as object)!;

describe('documentFromJson', () => {
  it.each(VALID.map((entry) => entry.path))('%s: the same model as the parser’s unstringify, shared and circular references included', async (path) => {
    const json = stringify(await parseCorpus(path))!;
    const ours = documentFromJson(json);
    // stringify writes every object met twice as the path of its first place: equal outputs, equal sharing.
    expect(stringify(ours)).toBe(stringify(parsersRebuild(json)));
    expect(ours.info().title()).toBe(parsersRebuild(json).info().title());
  });

  it('restores a schema that contains itself, and one shared by two messages, as the same objects', async () => {
    const text = `asyncapi: 3.0.0
info: { title: Loops, version: '1' }
channels:
  c:
    address: c
    messages:
      a: { payload: { $ref: '#/components/schemas/Node' } }
      b: { payload: { $ref: '#/components/schemas/Node' } }
components:
  schemas:
    Node:
      type: object
      properties:
        next: { $ref: '#/components/schemas/Node' }
`;
    const json = stringify(await parseText(text))!;
    expect(json).toContain('"$ref:$.');
    const messages = documentFromJson(json).channels().get('c')!.messages();
    const [a, b] = [messages.get('a')!.payload()!.json(), messages.get('b')!.payload()!.json()] as Array<{ properties: Record<string, unknown> }>;
    expect(a).toBe(b);
    expect(a!.properties.next).toBe(a);
  });

  it('refuses text that is not a stringified document', () => {
    expect(() => documentFromJson('{"asyncapi":"3.0.0"}')).toThrow(/could not be rebuilt/);
    expect(() => documentFromJson('[]')).toThrow(/could not be rebuilt/);
  });
});

describe('versionOnlyDocument', () => {
  it('is a model of the version alone, 2.x and 3.x', () => {
    expect(versionOnlyDocument('2.6.0').version()).toBe('2.6.0');
    const v3 = versionOnlyDocument('3.0.0');
    expect(v3.version()).toBe('3.0.0');
    expect(v3.operations().all()).toEqual([]);
  });
});
