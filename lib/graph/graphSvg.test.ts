import ELK from 'elkjs/lib/elk.bundled.js';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DOCUMENT } from '@/lib/defaultDocument';
import { exportFileName } from './exportName';
import type { FlowGraph } from './flowGraph';
import { graphOfCorpus, graphOfText } from './graphTestKit';
import { escapeXml, graphToSvg } from './graphSvg';
import { elkLayout, layoutInputOf } from './elkLayout';

async function svgOf(graph: FlowGraph): Promise<string> {
  const layout = await elkLayout(layoutInputOf(graph).input, new ELK());
  return graphToSvg({ graph, ...layout });
}

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

describe('graphToSvg', () => {
  it('draws a labelled box per node and a directed path per edge', async () => {
    const { graph } = await graphOfText(DEFAULT_DOCUMENT);
    const svg = await svgOf(graph);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(count(svg, /<g class="node"/g)).toBe(graph.nodes.length);
    expect(count(svg, /<g class="edge"/g)).toBe(graph.edges.length);
    expect(count(svg, /<path d="M[^"]+" fill="none"[^>]*marker-end="url\(#arrow-/g)).toBe(graph.edges.length);
    for (const node of graph.nodes) expect(svg).toContain(`>${escapeXml(node.label)}</text>`);
    for (const kind of new Set(graph.edges.map((e) => e.kind))) expect(svg).toContain(`<marker id="arrow-${kind}"`);
  });

  it('draws the layout\'s orthogonal routes, and receives dashed apart from sends', async () => {
    const { graph } = await graphOfText(DEFAULT_DOCUMENT);
    const svg = await svgOf(graph);
    const paths = [...svg.matchAll(/data-edge-kind="(\w+)"><path ([^>]+)\/>/g)].map(([, kind, attributes]) => ({
      kind,
      d: /d="([^"]+)"/.exec(attributes!)?.[1] ?? '',
      dash: /stroke-dasharray="([^"]+)"/.exec(attributes!)?.[1],
    }));
    expect(paths).toHaveLength(graph.edges.length);
    // Straight runs and rounded corners only: no cubic curves.
    for (const { d } of paths) expect(d).not.toContain('C');
    expect(paths.filter((p) => p.kind === 'receives').map((p) => p.dash)).toEqual(['7 4', '7 4', '7 4', '7 4']);
    expect(paths.filter((p) => p.kind === 'sends').every((p) => p.dash === undefined)).toBe(true);
  });

  it('dashes reply edges and writes their label', async () => {
    const { graph } = await graphOfCorpus('spec-examples/3.0.0/kraken-websocket-request-reply-multiple-channels-asyncapi.yml');
    const reply = graph.edges.find((e) => e.kind === 'reply');
    expect(reply).toBeDefined();
    const svg = await svgOf(graph);
    expect(svg).toMatch(/data-edge-kind="reply"><path d="[^"]+" fill="none" stroke="[^"]+" stroke-width="1.5" stroke-dasharray="8 3 2 3"/);
  });

  it('escapes text so a hostile label cannot break out of the picture', async () => {
    const graph: FlowGraph = {
      nodes: [{ id: 'channel:x', kind: 'channel', label: '<script>alert(1)</script>', facts: [{ label: 'address', value: 'a&b "c"' }] }],
      edges: [],
    };
    const svg = await svgOf(graph);
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;');
    expect(svg).toContain('a&amp;b &quot;c&quot;');
  });
});

describe('exportFileName', () => {
  it('names the file after the document title', () => {
    expect(exportFileName('Parcel Tracking Events', 'svg')).toBe('parcel-tracking-events-graph.svg');
    expect(exportFileName('  Ünïcode / API: v2 ', 'png')).toBe('unicode-api-v2-graph.png');
    expect(exportFileName(undefined, 'svg')).toBe('asyncapi-graph.svg');
    expect(exportFileName('***', 'png')).toBe('asyncapi-graph.png');
  });
});
