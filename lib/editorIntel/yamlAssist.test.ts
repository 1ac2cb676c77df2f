import { describe, expect, it } from 'vitest';
import specs from '@asyncapi/specs';
import { DEFAULT_DOCUMENT } from '@/lib/defaultDocument';
import type { SpecSchema } from './schemaNavigator';
import { declaredVersion } from './specSchemas';
import { viewMarkdown } from '@/lib/docs/markdownTestKit';
import { completeYaml, hoverYaml } from './yamlAssist';
import { yamlContextAt } from './yamlContext';

const v3 = specs.schemas['3.0.0'] as unknown as SpecSchema;
const v2 = specs.schemas['2.6.0'] as unknown as SpecSchema;
const v31 = specs.schemas['3.1.0'] as unknown as SpecSchema;

/** The text with a cursor mark `|` removed, and the 1-based position of the mark. */
function at(marked: string) {
  const offset = marked.indexOf('|');
  const before = marked.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return { text: marked.replace('|', ''), line, column };
}

describe('yamlContextAt', () => {
  it('finds the enclosing keys of a key being typed, through list items', () => {
    const { text, line, column } = at('a:\n  b:\n    - c: 1\n      d|');
    expect(yamlContextAt(text, line, column)).toEqual({ kind: 'key', parentPath: ['a', 'b'], prefix: 'd' });
  });
});

describe('completeYaml', () => {
  it('offers send and receive for a 3.0 operation’s action', () => {
    const { text, line, column } = at('asyncapi: 3.0.0\noperations:\n  doIt:\n    action: |');
    expect(completeYaml(v3, text, line, column).map((s) => s.label).sort()).toEqual(['receive', 'send']);
  });

  it('offers an operation’s properties, marking the required ones', () => {
    const { text, line, column } = at('asyncapi: 3.0.0\noperations:\n  doIt:\n    |');
    const suggestions = completeYaml(v3, text, line, column);
    expect(suggestions.find((s) => s.label === 'action')).toMatchObject({ detail: 'required', insertText: 'action: ' });
    expect(suggestions.map((s) => s.label)).toEqual(expect.arrayContaining(['channel', 'messages', 'reply', 'summary', 'bindings']));
  });

  it('follows the document’s own version: 2.6 channels have publish and subscribe', () => {
    const { text, line, column } = at('asyncapi: 2.6.0\nchannels:\n  lights:\n    |');
    expect(completeYaml(v2, text, line, column).map((s) => s.label)).toEqual(expect.arrayContaining(['publish', 'subscribe', 'parameters']));
    expect(declaredVersion(text)).toBe('2.6.0');
  });

  it('offers the binding keys of each protocol under bindings', () => {
    const { text, line, column } = at('asyncapi: 3.0.0\nservers:\n  prod:\n    bindings:\n      |');
    expect(completeYaml(v3, text, line, column).map((s) => s.label)).toEqual(expect.arrayContaining(['kafka', 'mqtt', 'amqp', 'ws', 'nats']));
  });

  it('offers x- extensions where the spec allows them (on a server, say), and snippets where blocks are added', () => {
    const onServer = at('asyncapi: 3.1.0\ninfo:\n  x-team: core\nservers:\n  prod:\n    |');
    expect(completeYaml(v31, onServer.text, onServer.line, onServer.column).map((s) => s.label)).toEqual(expect.arrayContaining(['x-team', 'x-', 'host']));
    // A key under `channels` names a channel: an x- key there would be a channel, not an extension.
    const inChannels = at('asyncapi: 3.1.0\ninfo:\n  x-team: core\nchannels:\n  |');
    const labels = completeYaml(v31, inChannels.text, inChannels.line, inChannels.column).map((s) => s.label);
    expect(labels).toContain('New channel');
    expect(labels).not.toContain('x-team');
  });

  it('knows 3.1: ros2 bindings on servers and operations, with their fields', () => {
    const server = at('asyncapi: 3.1.0\nservers:\n  prod:\n    bindings:\n      |');
    expect(completeYaml(v31, server.text, server.line, server.column).map((s) => s.label)).toContain('ros2');
    const operation = at('asyncapi: 3.1.0\noperations:\n  o:\n    bindings:\n      ros2:\n        |');
    expect(completeYaml(v31, operation.text, operation.line, operation.column).map((s) => s.label)).toEqual(expect.arrayContaining(['qosPolicies', 'role', 'node']));
    expect(completeYaml(v3, server.text, server.line, server.column).map((s) => s.label)).not.toContain('ros2');
    expect(declaredVersion('info:\n  title: no version yet\n')).toBe('3.1.0');
  });
});

describe('hoverYaml', () => {
  it('describes the key under the cursor from the spec', () => {
    const lines = DEFAULT_DOCUMENT.split('\n');
    const line = lines.indexOf('channels:') + 1;
    expect(hoverYaml(v3, DEFAULT_DOCUMENT, line, 3)).toContain('An object containing all the Channel Object definitions');
    const actionLine = lines.findIndex((l) => l.includes('action: send')) + 1;
    expect(hoverYaml(v3, DEFAULT_DOCUMENT, actionLine, 6)).toContain('send');
  });

  it('shows the key, which is document text, as code', () => {
    const text = 'asyncapi: 3.0.0\nchannels:\n  "[x](javascript:alert(1))<b>`":\n    address: a\n';
    const hover = hoverYaml(v3, text, 3, 6);
    expect(hover).toBeDefined();
    const viewed = viewMarkdown(hover!);
    expect(viewed.urls).toEqual([]);
    expect(viewed.liveHtml).toEqual([]);
    expect(viewed.html).toContain('<strong><code>[x](javascript:alert(1))&lt;b&gt;`</code></strong>');
  });
});

describe('$ref completion', () => {
  it('offers the document’s own components after $ref:, quoted and replacing what was typed', () => {
    const { text, line, column } = at(`asyncapi: 3.0.0\nchannels:\n  c:\n    messages:\n      m:\n        $ref: '#/components/mes|\ncomponents:\n  messages:\n    hello:\n      payload:\n        type: string\n`);
    const suggestions = completeYaml(v3, text, line, column);
    expect(suggestions.map((s) => s.label)).toEqual(['#/components/messages/hello']);
    expect(suggestions[0]).toMatchObject({ insertText: "'#/components/messages/hello'", replaceLength: "'#/components/mes".length });
  });
});
