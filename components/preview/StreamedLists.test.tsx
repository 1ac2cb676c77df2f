// @vitest-environment jsdom
import { act, createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { Messages } from '@asyncapi/react-component/lib/esm/containers/Messages/Messages';
import { Operations } from '@asyncapi/react-component/lib/esm/containers/Operations/Operations';
import { Schemas } from '@asyncapi/react-component/lib/esm/containers/Schemas/Schemas';
import type { Message as MessageRenderer } from '@asyncapi/react-component/lib/esm/containers/Messages/Message';
import type { Operation as OperationRenderer } from '@asyncapi/react-component/lib/esm/containers/Operations/Operation';
import { ConfigContext } from '@asyncapi/react-component/lib/esm/contexts/useConfig';
import { SpecificationContext } from '@asyncapi/react-component/lib/esm/contexts/useSpec';
import { documentFromJson } from '@/lib/docs/documentFromJson';
import { analyzeDocument } from '@/lib/analysis/analyzeDocument';
import { createParser } from '@/lib/analysis/createParser';
import { generateDocument } from '../../bench/generateDocument.mjs';
import { DocumentationSections } from './DocumentationSections';
import { DOCUMENTATION_CONFIG } from './documentationConfig';
import { FIRST_SCREEN } from './useStreamedCount';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// The component's operation and message renderers, counted (they render as before).
const renders = vi.hoisted(() => ({ operation: 0, message: 0 }));
vi.mock('@asyncapi/react-component/lib/esm/containers/Operations/Operation', async (importOriginal) => {
  const actual = await importOriginal<{ Operation: typeof OperationRenderer }>();
  const Operation: typeof OperationRenderer = (props) => {
    renders.operation++;
    return createElement(actual.Operation, props);
  };
  return { ...actual, Operation };
});
vi.mock('@asyncapi/react-component/lib/esm/containers/Messages/Message', async (importOriginal) => {
  const actual = await importOriginal<{ Message: typeof MessageRenderer }>();
  const Message: typeof MessageRenderer = (props) => {
    renders.message++;
    return createElement(actual.Message, props);
  };
  return { ...actual, Message };
});

const CHANNELS = 30;
const SOURCE = generateDocument(CHANNELS, { properties: 2, title: 'Streamed API' });
let documentJson = '';

async function viewsOf(text: string) {
  const outcome = await analyzeDocument(createParser(), text, ['documentJson', 'sectionFingerprints']);
  return { documentJson: outcome.views.documentJson!, fingerprints: outcome.views.sectionFingerprints! };
}

beforeAll(async () => {
  documentJson = (await viewsOf(SOURCE)).documentJson;
}, 60_000);

afterEach(() => {
  document.body.innerHTML = '';
});

const idsIn = (root: ParentNode, selector: string) => [...root.querySelectorAll(`${selector} [id]`)].map((e) => e.id);
const tick = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));

describe('the documentation lists stream in', () => {
  it('paints the info and the first screen of operations at once, then every item, as the component would', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const root = createRoot(host);
    act(() => root.render(createElement(DocumentationSections, { documentJson })));

    expect(host.textContent).toContain('Streamed API');
    const operationItems = () => host.querySelectorAll('#operations > ul > li');
    expect(operationItems()).toHaveLength(FIRST_SCREEN);
    expect(host.querySelector('#messages')).toBeNull();

    for (let i = 0; i < 40 && !host.querySelector('#messages li:nth-child(30)'); i++) await tick();
    expect(operationItems()).toHaveLength(CHANNELS * 2);
    expect(host.querySelectorAll('#messages > ul > li')).toHaveLength(CHANNELS);

    // The same elements, in the same order, as @asyncapi/react-component's own containers render.
    const model = documentFromJson(documentJson);
    const reference = document.createElement('div');
    reference.innerHTML = renderToStaticMarkup(
      createElement(ConfigContext.Provider, { value: DOCUMENTATION_CONFIG }, createElement(SpecificationContext.Provider, { value: model }, createElement(Operations), createElement(Messages), createElement(Schemas))),
    );
    const shown = idsIn(host, '.panel--center');
    expect(shown.slice(shown.indexOf('operations'))).toEqual(idsIn(reference, ':scope'));
    act(() => root.unmount());
  }, 60_000);

  it('renders a new version of a document already shown in full, without starting over', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const root = createRoot(host);
    act(() => root.render(createElement(DocumentationSections, { documentJson })));
    for (let i = 0; i < 40 && !host.querySelector('#messages li:nth-child(30)'); i++) await tick();
    const edited = documentJson.replace('Streamed API', 'Streamed API v2');
    act(() => root.render(createElement(DocumentationSections, { documentJson: edited })));
    expect(host.textContent).toContain('Streamed API v2');
    expect(host.querySelectorAll('#operations > ul > li')).toHaveLength(CHANNELS * 2);
    act(() => root.unmount());
  }, 60_000);

  it('renders again only the items an edit changed', async () => {
    const first = await viewsOf(SOURCE);
    const marker = 'summary: Resource 7 changed.';
    expect(SOURCE).toContain(marker);
    const edited = await viewsOf(SOURCE.replace(marker, 'summary: Resource 7 changed, as edited.'));
    const host = document.createElement('div');
    document.body.append(host);
    const root = createRoot(host);
    act(() => root.render(createElement(DocumentationSections, first)));
    for (let i = 0; i < 40 && !host.querySelector('#messages li:nth-child(30)'); i++) await tick();
    renders.operation = 0;
    renders.message = 0;
    act(() => root.render(createElement(DocumentationSections, edited)));
    expect(host.textContent).toContain('Resource 7 changed, as edited.');
    // Channel 7's send and receive operations, and its message: in the list, and shown by each operation.
    expect(renders).toEqual({ operation: 2, message: 3 });
    // Without fingerprints (a version analysed before the preview opened) every item renders, as before.
    act(() => root.render(createElement(DocumentationSections, { documentJson: first.documentJson })));
    expect(renders.operation).toBe(2 + CHANNELS * 2);
    expect(host.textContent).not.toContain('as edited');
    act(() => root.unmount());
  }, 60_000);
});
