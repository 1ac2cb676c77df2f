import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_DOCUMENT } from '@/lib/defaultDocument';
import { analyzeDocument } from './analyzeDocument';
import { createParser } from './createParser';

describe('analyzeDocument', () => {
  it('builds newly wanted views of an unchanged text without parsing it again', async () => {
    const parser = createParser();
    const parse = vi.spyOn(parser, 'parse');
    const first = await analyzeDocument(parser, DEFAULT_DOCUMENT, []);
    expect(first.valid).toBe(true);
    expect(first.views.graph).toBeUndefined();

    const second = await analyzeDocument(parser, DEFAULT_DOCUMENT, ['graph']);
    expect(parse).toHaveBeenCalledTimes(1);
    expect(second.diagnostics).toEqual(first.diagnostics);
    expect(second.views.graph?.graph.nodes.length).toBe(10);

    const edited = await analyzeDocument(parser, DEFAULT_DOCUMENT.replace('version: 1.2.0', 'version: 1.3.0'), ['graph']);
    expect(parse).toHaveBeenCalledTimes(2);
    expect(edited.views.graph?.graph.nodes.find((n) => n.kind === 'application')?.facts).toContainEqual({ label: 'version', value: '1.3.0' });
  });

  it('builds the Try panel\'s view only when it is wanted, as plain data a worker can post', async () => {
    const parser = createParser();
    expect((await analyzeDocument(parser, DEFAULT_DOCUMENT, [])).views.liveView).toBeUndefined();
    const { views } = await analyzeDocument(parser, DEFAULT_DOCUMENT, ['liveView']);
    const view = views.liveView!;
    expect(view.servers.length).toBeGreaterThan(0);
    expect(view.operations.length).toBeGreaterThan(0);
    expect(view.messages.every((m) => 'generated' in m)).toBe(true);
    expect(structuredClone(view)).toEqual(view);
  });

  it('reports a syntax error without calling the parser', async () => {
    const parser = createParser();
    const parse = vi.spyOn(parser, 'parse');
    const outcome = await analyzeDocument(parser, 'asyncapi: 3.0.0\ninfo: [', ['graph']);
    expect(outcome.stage).toBe('syntax');
    expect(outcome.valid).toBe(false);
    expect(outcome.views).toEqual({});
    expect(parse).not.toHaveBeenCalled();
  });

  it('reports every duplicated key, as the parser does, where a strict YAML reading would stop at the first', async () => {
    const text = 'asyncapi: 3.0.0\ninfo:\n  title: a\n  version: 1.0.0\n  title: b\nchannels:\n  c:\n    address: x\n    address: y\n';
    const outcome = await analyzeDocument(createParser(), text);
    expect(outcome.stage).toBe('parser');
    expect(outcome.diagnostics.filter((d) => d.severity === 'error').map((d) => [d.range.startLine, d.message])).toEqual([
      [5, 'Duplicate key: title'],
      [9, 'Duplicate key: address'],
    ]);
  });
});

describe('a __proto__ key', () => {
  const head = 'asyncapi: 3.0.0\ninfo:\n  title: t\n  version: 1.0.0\n';

  it.each([
    ['at the top', `${head}__proto__:\n  x: 1\n`, 5, 1],
    ['with a plain value', `${head}  __proto__: 1\n`, 5, 3],
    ['in JSON', '{\n  "asyncapi": "3.0.0",\n  "info": { "title": "t", "version": "1.0.0" },\n  "__proto__": { "x": 1 }\n}\n', 4, 3],
  ])('%s is a plain-language problem at its line, not the parser internal stack', async (_, text, line, column) => {
    const outcome = await analyzeDocument(createParser(), text);
    const errors = outcome.diagnostics.filter((d) => d.severity === 'error');
    expect(errors).toEqual([expect.objectContaining({ code: 'proto-key', range: expect.objectContaining({ startLine: line, startColumn: column }) })]);
    expect(errors[0]?.message).toMatch(/^A key named "__proto__" cannot be analysed/);
    expect(JSON.stringify(outcome.diagnostics)).not.toMatch(/Immer|stack|proxy/i);
    expect(outcome.valid).toBe(false);
  });

  it('leaves the parser verdict alone where the parser copes with the key', async () => {
    const outcome = await analyzeDocument(createParser(), `${head}  __proto__:\n    x: 1\n`);
    expect(outcome.diagnostics.map((d) => d.code)).not.toContain('proto-key');
    expect(outcome.diagnostics.some((d) => d.message === 'Property "__proto__" is not expected to be here')).toBe(true);
  });
});
