import { describe, expect, it } from 'vitest';
import { stringify, unstringify } from '@asyncapi/parser';
import type { AsyncAPIDocumentInterface } from '@asyncapi/parser';
import { documentToMarkdown } from './markdownExport';
import { isScriptableUrl, viewMarkdown } from './markdownTestKit';
import { parseCorpus, parseText } from './testDocuments';
import { hostileDocument, hostileFieldsDocument } from './xssDocument';

const CORPUS = [
  'spec-examples/2.6.0/streetlights-kafka.yml',
  'spec-examples/3.0.0/streetlights-kafka-asyncapi.yml',
  'cli/specification-avro.yml',
  'spec-examples/3.0.0/kraken-websocket-request-reply-multiple-channels-asyncapi.yml',
];

/** Every name a reader looks for: title, channel addresses, operation ids, message ids and names, payload properties. */
function expectedNames(document: AsyncAPIDocumentInterface): string[] {
  const names = [document.info().title()];
  for (const channel of document.channels().all()) names.push(channel.address() ?? channel.id());
  for (const operation of document.operations().all()) names.push(operation.id() ?? '');
  for (const message of document.allMessages().all()) {
    names.push(message.id());
    const name = message.name();
    if (name) names.push(name);
    names.push(...Object.keys(message.payload()?.properties() ?? {}));
  }
  return names.filter(Boolean);
}

describe('documentToMarkdown on corpus documents', () => {
  it.each(CORPUS)('%s names every channel, operation, message and payload property', async (path) => {
    const document = await parseCorpus(path);
    const markdown = documentToMarkdown(document);
    expect(markdown.startsWith(`# ${document.info().title()}`)).toBe(true);
    for (const name of expectedNames(document)) expect(markdown).toContain(name);
  });

  it('lists 2.x servers with host, protocol, variables and security', async () => {
    const markdown = documentToMarkdown(await parseCorpus('spec-examples/2.6.0/streetlights-mqtt.yml'));
    expect(markdown).toContain('## Servers');
    expect(markdown).toContain('- Host: `test.mosquitto.org:{port}`');
    expect(markdown).toContain('- Protocol: `mqtt`');
    expect(markdown).toMatch(/\| port \| `1883` \| `1883`, `8883` \| .+ \|/);
    expect(markdown).toContain('- supportedOauthFlows (oauth2): streetlights:on, streetlights:off, streetlights:dim');
    expect(markdown).toContain('- apiKey (apiKey)');
  });

  it('names 3.0 server security schemes even though the parser gives them an empty id', async () => {
    const document = await parseCorpus('spec-examples/3.0.0/streetlights-kafka-asyncapi.yml');
    expect(document.servers().get('scram-connections')?.security()[0]?.all()[0]?.scheme().id()).toBe('');
    expect(documentToMarkdown(document)).toContain('- saslScram (scramSha256)');
  });

  it('shows the Avro payload converted to properties and its schema format', async () => {
    const markdown = documentToMarkdown(await parseCorpus('cli/specification-avro.yml'));
    expect(markdown).toContain('Schema format: `application/vnd.apache.avro;version=1.9.0`');
    expect(markdown).toMatch(/\| displayName \| `string` \| yes \| Name of the user \|/);
  });

  it('shows 3.0 replies', async () => {
    const document = await parseCorpus('spec-examples/3.0.0/kraken-websocket-request-reply-multiple-channels-asyncapi.yml');
    const markdown = documentToMarkdown(document);
    const withReply = document.operations().all().filter((op) => op.reply());
    expect(withReply.length).toBeGreaterThan(0);
    expect(markdown.match(/^- Reply: /gm)?.length).toBe(withReply.length);
  });

  it.each(['parser/circular-refs.yaml', 'cli/specification-avro.yml', 'spec-examples/3.0.0/streetlights-kafka-asyncapi.yml'])(
    '%s gives the same Markdown after the worker-to-page stringify/unstringify trip',
    async (path) => {
      const document = await parseCorpus(path);
      const text = stringify(document) ?? '';
      // Parser 3.6.3: unstringify(text) restores no shared/circular refs (it walks the string, not the
      // parsed copy); unstringify(JSON.parse(text)) restores them.
      const rebuilt = unstringify(JSON.parse(text));
      expect(rebuilt).toBeDefined();
      expect(documentToMarkdown(rebuilt as AsyncAPIDocumentInterface)).toBe(documentToMarkdown(document));
    },
  );

  it('sees the parser quirk: unstringify of the text leaves refs as "$ref:" strings', async () => {
    const document = await parseCorpus('cli/specification-avro.yml');
    const rebuilt = unstringify(stringify(document) ?? '');
    expect(rebuilt?.allMessages().length).toBe(2);
    expect(document.allMessages().length).toBe(1);
    const circular = unstringify(stringify(await parseCorpus('parser/circular-refs.yaml')) ?? '');
    expect(documentToMarkdown(circular as AsyncAPIDocumentInterface)).toMatch(
      /\| deep\.circular \| `reference` \| no \| Shared or circular schema \(\$ref:\$\.components\.messages\.testMessage\.payload\) \|/,
    );
  });

  it('terminates on the corpus circular document and marks the cycle', async () => {
    const markdown = documentToMarkdown(await parseCorpus('parser/circular-refs.yaml'));
    expect(markdown).toMatch(/\| deep\.circular \| `object` \| no \| \(circular reference\) \|/);
  });
});

const RECURSIVE = `
asyncapi: 3.0.0
info: { title: Tree | "service", version: 1.0.0, description: "Intro" }
channels:
  nodes:
    address: nodes
    messages:
      tree: { $ref: '#/components/messages/tree' }
operations:
  publishTree:
    action: send
    channel: { $ref: '#/channels/nodes' }
components:
  messages:
    tree:
      payload: { $ref: '#/components/schemas/Node' }
  schemas:
    Node:
      type: object
      required: [label]
      properties:
        label: { type: string, description: "a | piped\\nmulti-line text" }
        children: { type: array, items: { $ref: '#/components/schemas/Node' } }
        partner: { $ref: '#/components/schemas/Partner' }
    Partner:
      type: object
      properties:
        back: { $ref: '#/components/schemas/Node' }
`;

function deepDocument(levels: number): string {
  let schema = '{ type: string }';
  for (let i = levels; i > 0; i--) schema = `{ type: object, properties: { level${i}: ${schema} } }`;
  return `asyncapi: 3.0.0
info: { title: Deep, version: 1.0.0 }
components:
  messages:
    deep:
      payload: ${schema}
`;
}

describe('documentToMarkdown on recursive and deep schemas', () => {
  it('stops at self and mutual recursion and escapes table cells', async () => {
    const markdown = documentToMarkdown(await parseText(RECURSIVE));
    expect(markdown).toContain('# Tree | "service" 1.0.0');
    expect(markdown).toMatch(/\| label \| `string` \| yes \| a \\\| piped multi-line text \|/);
    expect(markdown).toMatch(/\| children \| `array<object>` \| no \| \(circular reference\) \|/);
    expect(markdown).toMatch(/\| partner\.back \| `object` \| no \| \(circular reference\) \|/);
    for (const row of markdown.split('\n').filter((line) => line.startsWith('|'))) expect(row.endsWith('|')).toBe(true);
  });

  it('caps very deep schemas', async () => {
    const markdown = documentToMarkdown(await parseText(deepDocument(30)));
    expect(markdown).toContain('(nested too deep to list)');
    expect(markdown).not.toContain('level30');
    expect(markdown).toContain('level1.level2.level3');
  });
});

describe('summaries of wide shared schemas', () => {
  it('stop at the row cap instead of walking every path', async () => {
    // Each level refers twice to the next: 2^12 paths without a cap.
    const levels = Array.from({ length: 12 }, (_, i) =>
      `    L${i}: { type: object, properties: { a: { $ref: '#/components/schemas/L${i + 1}' }, b: { $ref: '#/components/schemas/L${i + 1}' } } }`,
    ).join('\n');
    const text = `asyncapi: 3.0.0
info: { title: Wide, version: 1.0.0 }
components:
  messages:
    wide:
      payload: { $ref: '#/components/schemas/L0' }
  schemas:
${levels}
    L12: { type: string }
`;
    // Kept small: the parser's own time grows with 2^levels (16 levels already take it ~7 s).
    const document = await parseText(text);
    const started = Date.now();
    const markdown = documentToMarkdown(document);
    expect(markdown).toContain('| a.a.a | `object` | no |');
    expect(markdown).toMatch(/_Only the first \d+ properties are listed\._|nested too deep to list/);
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});

describe('documentToMarkdown on hostile documents, as a permissive viewer renders it (markdown-it, raw HTML on)', () => {
  it.each([
    ['fields that are not Markdown', hostileFieldsDocument],
    ['descriptions', hostileDocument],
  ])('%s: no live HTML element and no script link', async (_, build) => {
    const markdown = documentToMarkdown(await parseText(build()));
    const viewed = viewMarkdown(markdown);
    expect(viewed.liveHtml).toEqual([]);
    expect(viewed.urls.filter(isScriptableUrl)).toEqual([]);
    expect(viewed.html).not.toMatch(/<(script|img|svg|iframe|details|style|b|i)[\s>]/i);
  });

  it('shows each hostile value as the text it is', async () => {
    const html = viewMarkdown(documentToMarkdown(await parseText(hostileFieldsDocument()))).html;
    expect(html).toContain('<h1>&lt;script&gt;alert(1)&lt;/script&gt; Fields &lt;img src=x onerror=alert(2)&gt;</h1>');
    expect(html).toContain('<td><code>&lt;img src=x onerror=alert(10)&gt;</code></td>');
    expect(html).toContain('<code>a|&lt;script&gt;alert(11)&lt;/script&gt;</code>');
    expect(html).toContain('<td>&lt;svg onload=alert(20)&gt;</td>');
    expect(html).toContain('<code>string (&lt;img src=x onerror=alert(21)&gt;)</code>');
    expect(html).toContain('Constant: <code>&quot;&lt;/td&gt;&lt;script&gt;alert(23)&lt;/script&gt;&quot;</code>');
    expect(html).toContain('<h3><code>&lt;b&gt;chan&lt;/b&gt;</code> — <code>room/&lt;img src=x onerror=alert(13)&gt;/{id}</code></h3>');
    // externalDocs with a script URL keep their label as text, with no link.
    expect(html).toContain('External docs: &lt;b&gt;docs&lt;/b&gt;');
    expect(html).not.toContain('alert(3)');
    expect(html).toContain('External docs: JaVaScRiPt:alert(19)</p>');
  });
});

describe('documentToMarkdown content', () => {
  const KRAKEN = 'spec-examples/3.0.0/kraken-websocket-request-reply-multiple-channels-asyncapi.yml';

  it('heads every channel by its id and its address (kraken: all seven share `/`)', async () => {
    const document = await parseCorpus(KRAKEN);
    const markdown = documentToMarkdown(document);
    const channels = markdown.slice(markdown.indexOf('\n## Channels\n'), markdown.indexOf('\n## Operations\n'));
    const headings = channels.split('\n').filter((line) => line.startsWith('### '));
    expect(headings).toEqual(document.channels().all().map((channel) => `### \`${channel.id()}\` — \`/\``));
    expect(headings.length).toBe(7);
  });

  it('includes message examples, bindings and const values', async () => {
    const markdown = documentToMarkdown(await parseCorpus(KRAKEN));
    // currencyInfo's example, and the `event` fields fixed by const.
    expect(markdown).toContain('**Examples**');
    expect(markdown).toMatch(/- Example 1\n\nPayload:\n\n```json\n\{\n {2}"channelID": 10001,/);
    expect(markdown).toMatch(/\| event \| `string` \| (yes|no) \| .*Constant: `"ping"`/);
    const streetlights = documentToMarkdown(await parseCorpus('spec-examples/3.0.0/streetlights-kafka-asyncapi.yml'));
    expect(streetlights).toContain('Bindings:');
    expect(streetlights).toMatch(/- `kafka` \(binding version `latest`\)\n\n```json\n\{\n {2}"clientId": \{/);
  });
});
