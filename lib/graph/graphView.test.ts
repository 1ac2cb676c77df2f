import { describe, expect, it, vi } from 'vitest';
import { createParser } from '@/lib/analysis/createParser';
import { createLocate } from '@/lib/analysis/locate';
import type { RangeSource } from '@/lib/analysis/locate';
import { buildViews } from '@/lib/analysis/derivedViews';
import { DEFAULT_DOCUMENT } from '@/lib/defaultDocument';
import { graphSignature } from './flowGraph';
import { createGraphViewBuilder } from './graphView';
import { layoutGraph } from './layoutGraph';

async function parse(text: string) {
  const { document, extras } = await createParser().parse(text);
  if (!document || !extras) throw new Error('did not parse');
  return { document, locate: createLocate(extras.document as unknown as RangeSource), text };
}

function countKinds(kinds: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const kind of kinds) counts[kind] = (counts[kind] ?? 0) + 1;
  return counts;
}

describe('graph view builder', () => {
  it('builds the default document graph with a box for every node', async () => {
    const { document, locate } = await parse(DEFAULT_DOCUMENT);
    const view = createGraphViewBuilder()(document, locate);
    expect(countKinds(view.graph.nodes.map((n) => n.kind))).toEqual({
      application: 1,
      server: 2,
      channel: 2,
      operation: 3,
      message: 2,
    });
    expect(view.signature).toBe(graphSignature(view.graph));
    for (const node of view.graph.nodes) expect(view.boxes[node.id], node.id).toBeDefined();
    expect(view.error).toBeUndefined();
  });

  it('is what the analysis worker builds for the `graph` view, ranges included', async () => {
    const ctx = await parse(DEFAULT_DOCUMENT);
    const views = buildViews(ctx, ['graph']);
    const channel = views.graph?.graph.nodes.find((n) => n.id === 'channel:parcelLocation');
    const line = DEFAULT_DOCUMENT.split('\n').indexOf('  parcelLocation:') + 1;
    expect(channel?.range?.startLine).toBe(line);
    expect(views.documentJson).toBeUndefined();
  });

  it('keeps the layout when only labels or facts change, and lays out again when the structure changes', async () => {
    const layout = vi.fn(layoutGraph);
    const build = createGraphViewBuilder(layout);
    const first = await parse(DEFAULT_DOCUMENT);
    const a = build(first.document, first.locate);
    expect(layout).toHaveBeenCalledTimes(1);

    const retitled = await parse(DEFAULT_DOCUMENT.replace('summary: A courier', 'summary: The courier'));
    const b = build(retitled.document, retitled.locate);
    expect(layout).toHaveBeenCalledTimes(1);
    expect(b.signature).toBe(a.signature);
    expect(b.boxes).toBe(a.boxes);
    expect(b.graph.nodes.find((n) => n.id === 'operation:reportLocation')?.facts).toContainEqual({
      label: 'summary',
      value: "The courier's handheld reports where a parcel is.",
    });

    const renamed = await parse(DEFAULT_DOCUMENT.replace('  parcelDelivered:\n    address', '  parcelHandedOver:\n    address').replaceAll('#/channels/parcelDelivered', '#/channels/parcelHandedOver'));
    const c = build(renamed.document, renamed.locate);
    expect(layout).toHaveBeenCalledTimes(2);
    expect(c.signature).not.toBe(a.signature);
    expect(c.boxes['channel:parcelHandedOver']).toBeDefined();
  });

  it('lays out again when a node outgrows its box, so cards never overlap', async () => {
    const layout = vi.fn(layoutGraph);
    const build = createGraphViewBuilder(layout);
    const first = await parse(DEFAULT_DOCUMENT);
    build(first.document, first.locate);
    const longer = await parse(
      DEFAULT_DOCUMENT.replace('address: parcels.{parcelId}.delivered', 'address: parcels.{parcelId}.delivered.and.signed.for'),
    );
    const view = build(longer.document, longer.locate);
    expect(layout).toHaveBeenCalledTimes(2);
    expect(view.boxes['channel:parcelDelivered']?.width).toBe(320);
  });
});
