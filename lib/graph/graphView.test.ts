import { describe, expect, it } from 'vitest';
import { createParser } from '@/lib/analysis/createParser';
import { createLocate } from '@/lib/analysis/locate';
import type { RangeSource } from '@/lib/analysis/locate';
import { buildViews } from '@/lib/analysis/derivedViews';
import { DEFAULT_DOCUMENT } from '@/lib/defaultDocument';
import { graphSignature } from './flowGraph';
import { createGraphViewBuilder } from './graphView';

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
  it('builds the default document graph by kind', async () => {
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

  it('carries no layout: the layout worker places the nodes', async () => {
    const { document, locate } = await parse(DEFAULT_DOCUMENT);
    const view = createGraphViewBuilder()(document, locate);
    expect(Object.keys(view).sort()).toEqual(['graph', 'signature']);
  });
});
