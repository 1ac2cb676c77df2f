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
});
