import { describe, expect, it } from 'vitest';
import { load } from 'js-yaml';

import { corpusManifest, readCorpus } from '@/lib/testing/corpus';
import { detectFormat, jsonToYaml, loadDocument, yamlToJson } from './formatSwap';
import type { SwapResult } from './formatSwap';

function textOf(result: SwapResult): string {
  if (!result.ok) throw new Error(`expected text, got ${result.code}: ${result.message}`);
  return result.text;
}

/** Every key path in document order, so a reordering shows up as a difference. */
function keyOrder(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => keyOrder(item, `${prefix}[${index}]`));
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) => [`${prefix}/${key}`, ...keyOrder(child, `${prefix}/${key}`)]);
}

const yamlDocuments = corpusManifest()
  .filter((entry) => entry.kind === 'document' && /\.ya?ml$/.test(entry.path))
  .map((entry) => entry.path);

describe('yaml → json → yaml', () => {
  it.each(yamlDocuments)('%s keeps its data and key order', (path) => {
    const source = readCorpus(path);
    const original = load(source);
    const json = textOf(yamlToJson(source));
    const back = textOf(jsonToYaml(json));
    expect(JSON.parse(json)).toEqual(original);
    expect(load(back)).toEqual(original);
    expect(keyOrder(load(back))).toEqual(keyOrder(original));
  });

  it('writes 2-space JSON and 2-space YAML without folding or anchors', () => {
    const long = 'a long description '.repeat(20).trim();
    const source = `info:\n  description: ${long}\nshared: &s\n  type: string\nuses:\n  - *s\n  - *s\n`;
    const json = textOf(yamlToJson(source));
    expect(json).toContain('\n  "info": {\n    "description"');
    const yaml = textOf(jsonToYaml(json));
    expect(yaml).toContain(`info:\n  description: ${long}\n`);
    expect(yaml).not.toMatch(/&ref|\*ref/);
    expect(yaml).toContain('uses:\n  - type: string\n  - type: string\n');
  });

  it('keeps date-like and version-like scalars as the strings they are', () => {
    const json = JSON.parse(textOf(yamlToJson('asyncapi: 3.0.0\ncreated: 2024-01-31\nratio: 1.5\nmerged:\n  <<: {a: 1}\n  b: 2\n')));
    expect(json).toEqual({ asyncapi: '3.0.0', created: '2024-01-31', ratio: 1.5, merged: { a: 1, b: 2 } });
    expect(textOf(jsonToYaml(JSON.stringify(json)))).toContain("created: '2024-01-31'");
  });
});

describe('format errors are typed', () => {
  it('reports broken YAML with a 1-based position', () => {
    const result = yamlToJson('a: 1\nb: [1, 2\nc: 3\n');
    expect(result).toMatchObject({ ok: false, code: 'invalid-yaml' });
    if (!result.ok) {
      expect(result.line).toBeGreaterThanOrEqual(2);
      expect(result.message).toMatch(/^The YAML could not be read: .+ \(line \d+, column \d+\)\.$/);
    }
  });

  it('reports duplicate YAML keys', () => {
    expect(yamlToJson('a: 1\na: 2\n')).toMatchObject({ ok: false, code: 'invalid-yaml' });
  });

  it('reports broken JSON, with a 1-based line where the engine gives a position', () => {
    const result = jsonToYaml('{\n  "a": 1,\n  "b": oops\n}');
    expect(result).toMatchObject({ ok: false, code: 'invalid-json' });
    if (!result.ok) {
      expect(result.message).toMatch(/^The JSON could not be read: Unexpected token/);
      // Found by the parser's JSON reader, not the engine's message (Node 20's V8 names no position here).
      expect([result.line, result.column]).toEqual([3, 8]);
    }
  });

  it('reports empty input and a self-referencing alias', () => {
    expect(yamlToJson('  \n')).toMatchObject({ ok: false, code: 'empty' });
    expect(jsonToYaml('')).toMatchObject({ ok: false, code: 'empty' });
    expect(yamlToJson('a: &x\n  b: *x\n')).toMatchObject({ ok: false, code: 'not-serializable' });
  });
});

describe('detectFormat and loadDocument', () => {
  it('tells JSON from YAML by the first meaningful character', () => {
    expect(detectFormat(readCorpus('cli/specification.json'))).toBe('json');
    expect(detectFormat(readCorpus('spec-examples/3.0.0/streetlights-kafka-asyncapi.yml'))).toBe('yaml');
    expect(detectFormat('\n  [1, 2]')).toBe('json');
    expect(detectFormat('# comment\n{a: 1}')).toBe('yaml');
  });

  it('falls back to YAML for flow-style YAML that is not JSON', () => {
    expect(loadDocument('{asyncapi: 3.0.0}')).toMatchObject({ ok: true, format: 'yaml', value: { asyncapi: '3.0.0' } });
    expect(loadDocument('{"asyncapi": "3.0.0"}')).toMatchObject({ ok: true, format: 'json' });
    expect(loadDocument('{"asyncapi": ')).toMatchObject({ ok: false, code: 'invalid-json' });
  });
});
