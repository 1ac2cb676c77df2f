/**
 * Facts about @asyncapi/react-component's without-parser build, kept as tests so a library update
 * that changes them shows up here. The export does not use the component: see the last test.
 */
import { describe, expect, it } from 'vitest';
import { createElement } from 'react';
import type { ComponentType } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import DOMPurify from 'dompurify';
import { stringify } from '@asyncapi/parser';
import AsyncApiComponentWP from '@asyncapi/react-component/lib/esm/without-parser';
import { parseCorpus, parseText } from './testDocuments';
import { hostileDocument } from './xssDocument';

const AsyncApi = AsyncApiComponentWP as ComponentType<{ schema: unknown; config?: object }>;

function render(schema: unknown): string {
  return renderToStaticMarkup(createElement(AsyncApi, { schema, config: { show: { sidebar: false } } }));
}

describe('@asyncapi/react-component without-parser, rendered to a string', () => {
  it('renders a parsed document, or its stringify() text, server-side in Node', async () => {
    const document = await parseCorpus('spec-examples/3.0.0/streetlights-kafka-asyncapi.yml');
    const html = render(document);
    expect(html).toContain('Streetlights Kafka API');
    expect(html).toContain('lumens');
    expect(html).not.toMatch(/<script/i);
    expect(render(stringify(document))).toBe(html);
  });

  it('sanitizes descriptions in Node (isomorphic-dompurify brings jsdom), but keeps remote images', async () => {
    const html = render(await parseText(hostileDocument()));
    expect(html).not.toMatch(/<script|<iframe|onerror=|onclick=/i);
    // DOMPurify's defaults allow <img> with any src: the file would load it (only a CSP stops that).
    expect(html).toContain('<img src="https://evil.example/track.png" alt="pic">');
    // React 19 replaces a javascript: href (here info.externalDocs.url) with another javascript: URL.
    expect(html).toContain('href="javascript:throw new Error(');
  });

  it('cannot sanitize without a DOM: DOMPurify then has no sanitize function at all', () => {
    // This is what isomorphic-dompurify's browser build hands out inside a worker (no window).
    expect(DOMPurify.isSupported).toBe(false);
    expect((DOMPurify as { sanitize?: unknown }).sanitize).toBeUndefined();
  });

  it('leaves payload properties collapsed: without script a reader cannot expand them', async () => {
    const html = render(await parseCorpus('parser/circular-refs.yaml'));
    const text = html.replace(/<[^>]+>/g, ' ');
    expect(text).toContain('testMessage');
    expect(text).toContain('Expand all');
    // testMessage's payload has properties `name` and `deep`; neither is listed.
    expect(text).not.toMatch(/\bdeep\b/);
  });
});
