import { describe, expect, it } from 'vitest';
import { buildStandaloneHtml, documentToStandaloneHtml, EXPORT_CSP } from './htmlExport';
import { escapeHtml } from './safeMarkdown';
import { parseCorpus, parseText } from './testDocuments';
import { hostileDocument, tagsIn } from './xssDocument';

const CORPUS = [
  'spec-examples/2.6.0/streetlights-mqtt.yml',
  'spec-examples/3.0.0/streetlights-kafka-asyncapi.yml',
  'cli/specification-avro.yml',
  'parser/circular-refs.yaml',
];

/** Asserts the file loads nothing and runs nothing: no script, no src, no stylesheet link, no handler. */
function expectInert(html: string): void {
  expect(html).not.toMatch(/<script/i);
  expect(html).not.toMatch(/<(iframe|svg|img|object|embed|link|base|form)\b/i);
  for (const tag of tagsIn(html)) {
    expect(tag).not.toMatch(/\s(src|srcset|action|formaction|background|poster)\s*=/i);
    expect(tag).not.toMatch(/\son\w+\s*=/i);
    expect(tag).not.toMatch(/href\s*=\s*"\s*(javascript|data|vbscript):/i);
  }
  expect(html).not.toMatch(/@import|url\(\s*['"]?https?:/i);
}

describe('buildStandaloneHtml', () => {
  it('writes one file with inline CSS, a strict CSP and an escaped title', () => {
    const html = buildStandaloneHtml({ title: '</title><script>x()</script>', bodyHtml: '<p>hi</p>', css: 'p { color: red }' });
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${EXPORT_CSP}">`);
    expect(EXPORT_CSP).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src data:");
    expect(html).toContain('<title>&lt;/title&gt;&lt;script&gt;x()&lt;/script&gt;</title>');
    expect(html).toContain('<style>p { color: red }</style>');
    expectInert(html);
  });

  it('keeps the stylesheet inside its element and off the network', () => {
    const css = '@import url("https://fonts.example/x.css"); a { background: url(https://cdn.example/i.png) } b { background: url(data:image/png;base64,AA==) } </style><script>';
    const html = buildStandaloneHtml({ title: 't', bodyHtml: '', css });
    expect(html.match(/<\/style>/g)).toHaveLength(1);
    expect(html).not.toContain('fonts.example');
    expect(html).not.toContain('cdn.example');
    expect(html).toContain('url(data:image/png;base64,AA==)');
    expectInert(html);
  });
});

describe('documentToStandaloneHtml', () => {
  it.each(CORPUS)('%s: title, channels, operations and messages in an inert file', async (path) => {
    const document = await parseCorpus(path);
    const html = documentToStandaloneHtml(document);
    expect(html).toContain(`<title>${escapeHtml(document.info().title())}`);
    expect(html).toContain(`<h1>${escapeHtml(document.info().title())}`);
    for (const channel of document.channels().all()) expect(html).toContain(escapeHtml(channel.address() ?? channel.id()));
    for (const operation of document.operations().all()) expect(html).toContain(escapeHtml(operation.id() ?? ''));
    for (const message of document.allMessages().all()) {
      for (const property of Object.keys(message.payload()?.properties() ?? {})) expect(html).toContain(escapeHtml(property));
    }
    expectInert(html);
  });

  it('neutralises script, handlers, javascript: links, iframes and SVG in every description', async () => {
    const html = documentToStandaloneHtml(await parseText(hostileDocument()));
    expectInert(html);
    // Raw HTML survives only as visible escaped text; Markdown links to script URLs lose their target.
    for (const tag of tagsIn(html)) expect(tag).not.toMatch(/(href|src)\s*=\s*"[^"]*(javascript|data):/i);
    expect(html).not.toContain('alert(3)');
    expect(html).toContain('&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; Hostile');
    expect(html).toContain('&lt;img src=x onerror=alert(10)&gt;');
    expect(html).toContain('&lt;svg onload=alert(11)&gt;');
    expect(html).toContain('evil/&lt;b&gt;{id}&lt;/b&gt;');
  });
});
