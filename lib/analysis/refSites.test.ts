import { describe, expect, it } from 'vitest';
import { DEFAULT_DOCUMENT } from '@/lib/defaultDocument';
import { quickFixesFor } from '@/lib/editorIntel/quickFixes';
import { readCorpus } from '@/lib/testing/corpus';
import { analyzeDocument } from './analyzeDocument';
import { createParser } from './createParser';
import { collectRefSites, localRefPath } from './refSites';

const parser = createParser({ isOriginAllowed: () => false });
const linesOf = (text: string) => {
  const all = text.split('\n');
  return { count: all.length, get: (n: number) => all[n - 1] ?? '' };
};

describe('$ref sites', () => {
  it('lists every $ref in document order, typed or not, and decodes local pointers', () => {
    const value = { a: { $ref: '#/components/schemas/a~1b' }, list: [{ $ref: null }, { x: { $ref: 'https://e.example/s.json' } }] };
    expect(collectRefSites(value)).toEqual([
      { path: ['a'], ref: '#/components/schemas/a~1b' },
      { path: ['list', 0], ref: null },
      { path: ['list', 1, 'x'], ref: 'https://e.example/s.json' },
    ]);
    expect(localRefPath('#/components/schemas/a~1b')).toEqual(['components', 'schemas', 'a/b']);
    expect(localRefPath('#/channels/user%7Bid%7D')).toEqual(['channels', 'user{id}']);
    expect(localRefPath('other.yaml#/x')).toBeUndefined();
  });
});

describe('problems at their definitions', () => {
  it('a problem in a component shown once, where it is written, each use as a related location', async () => {
    const outcome = await analyzeDocument(parser, readCorpus('converter/input/2.0.0/streetlights.json'));
    const errors = outcome.diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((d) => [d.range.startLine, d.message])).toEqual([[114, 'Property "name" is not expected to be here']]);
    expect(errors[0]!.path).toEqual(['components', 'parameters', 'streetlightId', 'name']);
    expect(errors[0]!.related?.map((r) => [r.range.startLine, r.message])).toEqual(
      [126, 138, 150, 162].map((line) => [line, "Used here: $ref '#/components/parameters/streetlightId'"]),
    );
  }, 30_000);

  it('a $ref to a missing component is reported at that $ref, and offers to create the component there', async () => {
    const lines = DEFAULT_DOCUMENT.split('\n');
    const at = lines.findIndex((l) => l.trim() === "$ref: '#/components/messages/locationUpdated'") + 1;
    expect(at).toBe(43);
    lines[at - 1] = lines[at - 1]!.replace('locationUpdated', 'newMsg');
    const text = lines.join('\n');
    const outcome = await analyzeDocument(parser, text);
    const errors = outcome.diagnostics.filter((d) => d.severity === 'error');
    // The parser reports it where its resolver first met it: line 61, a $ref that leads through line 43.
    expect(errors.map((d) => [d.range.startLine, d.message])).toEqual([[43, "'#/components/messages/newMsg' does not exist"]]);
    expect(errors[0]!.related?.map((r) => r.range.startLine)).toContain(61);
    const fixes = quickFixesFor(errors[0]!, linesOf(text));
    expect(fixes.map((f) => f.title)).toEqual(['Create the missing component “messages/newMsg”']);
  }, 30_000);
});
