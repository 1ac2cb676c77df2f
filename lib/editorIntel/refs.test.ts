import { describe, expect, it } from 'vitest';
import { DEFAULT_DOCUMENT } from '@/lib/defaultDocument';
import { viewMarkdown } from '@/lib/docs/markdownTestKit';
import { escapeHtml } from '@/lib/docs/safeMarkdown';
import { definitionOf, pointerAt, previewOf, refAt, refHover, referencesTo } from './refs';

const lines = DEFAULT_DOCUMENT.split('\n');
const lineOf = (needle: string, from = 0) => lines.findIndex((l, i) => i >= from && l.includes(needle)) + 1;

describe('$ref intelligence', () => {
  it('finds the $ref under the cursor and the line of its target', () => {
    const refLine = lineOf("$ref: '#/components/messages/locationUpdated'");
    const ref = refAt(DEFAULT_DOCUMENT, refLine, 20);
    expect(ref?.pointer).toBe('#/components/messages/locationUpdated');
    const target = definitionOf(DEFAULT_DOCUMENT, ref!.pointer);
    expect(target?.startLine).toBe(lineOf('    locationUpdated:', lineOf('components:')));
  });

  it('lists every reference to a component, from its definition’s key', () => {
    const definition = lineOf('    parcelId:', lineOf('  schemas:'));
    const pointer = pointerAt(DEFAULT_DOCUMENT, definition, 7);
    expect(pointer).toBe('#/components/schemas/parcelId');
    expect(referencesTo(DEFAULT_DOCUMENT, pointer!).map((r) => r.startLine)).toEqual(
      lines.map((l, i) => (l.includes("'#/components/schemas/parcelId'") ? i + 1 : 0)).filter(Boolean),
    );
  });

  it('works in JSON documents too', () => {
    const json = '{\n  "components": {\n    "schemas": {\n      "a": { "type": "string" }\n    }\n  },\n  "x": { "$ref": "#/components/schemas/a" }\n}';
    expect(refAt(json, 7, 20)?.pointer).toBe('#/components/schemas/a');
    expect(definitionOf(json, '#/components/schemas/a')?.startLine).toBe(4);
  });

  it('says nothing for a $ref that leads nowhere, and previews one that does', () => {
    expect(definitionOf(DEFAULT_DOCUMENT, '#/components/schemas/missing')).toBeNull();
    expect(previewOf(DEFAULT_DOCUMENT, '#/components/schemas/parcelId')).toContain('pattern:');
  });
});

describe('renaming a component', () => {
  it('renames the key and every $ref to it, and nothing else', async () => {
    const { renameEdits } = await import('./refs');
    const line = lines.findIndex((l, i) => i > lines.indexOf('  schemas:') && l === '    parcelId:') + 1;
    const edits = renameEdits(DEFAULT_DOCUMENT, line, 6, 'parcelCode')!;
    const all = DEFAULT_DOCUMENT.split('\n');
    for (const e of [...edits].reverse()) {
      const l = all[e.range.startLine - 1]!;
      all[e.range.startLine - 1] = l.slice(0, e.range.startColumn - 1) + e.text + l.slice(e.range.endColumn - 1);
    }
    const renamed = all.join('\n');
    expect(renamed).not.toContain('#/components/schemas/parcelId');
    expect(renamed.match(/#\/components\/schemas\/parcelCode'/g)).toHaveLength(2);
    expect(renamed).toContain('    parcelCode:\n');
    expect(renamed).toContain('      parcelId:\n        $ref');
    expect(renameEdits(DEFAULT_DOCUMENT, 1, 2, 'x')).toBeNull();
  });
});

describe('$ref intelligence on corpus documents', () => {
  it('indexes every local $ref of streetlights (3.0) and finds each target', async () => {
    const { readCorpus } = await import('@/lib/testing/corpus');
    const text = readCorpus('spec-examples/3.0.0/streetlights-kafka-asyncapi.yml');
    const all = text.split('\n');
    const pointers = [...new Set(all.map((l) => /\$ref: '(#[^']+)'/.exec(l)?.[1]).filter((p): p is string => !!p))];
    expect(pointers.length).toBeGreaterThan(5);
    for (const pointer of pointers) {
      const uses = all.filter((l) => l.includes(`'${pointer}'`)).length;
      expect(referencesTo(text, pointer).length, pointer).toBeGreaterThanOrEqual(uses);
      expect(definitionOf(text, pointer), pointer).not.toBeNull();
    }
  });
});

describe('the $ref hover', () => {
  it('shows the pointer and the target as code, however many backticks the target holds', () => {
    const text = [
      'asyncapi: 3.0.0',
      'channels:',
      '  c:',
      "    messages: { m: { $ref: '#/components/messages/m`x' } }",
      'components:',
      '  messages:',
      '    m`x:',
      '      description: |',
      '        ```',
      '        # Escaped heading',
      '        [link](javascript:alert(1)) <img src=x onerror=alert(2)>',
      '        ````',
      '      payload: { type: string }',
      '',
    ].join('\n');
    const pointer = refAt(text, 4, 40)?.pointer;
    expect(pointer).toBe('#/components/messages/m`x');
    const tokens = viewMarkdown(refHover(text, pointer!));
    expect(tokens.liveHtml).toEqual([]);
    expect(tokens.urls).toEqual([]);
    expect(tokens.html).toBe(
      `<p><code>#/components/messages/m\`x</code></p>\n<pre><code class="language-yaml">${escapeHtml(previewOf(text, pointer!)!)}\n</code></pre>\n`,
    );
    expect(refHover(text, '#/components/messages/none')).toBe('`#/components/messages/none` points at nothing in this document.');
  });
});
