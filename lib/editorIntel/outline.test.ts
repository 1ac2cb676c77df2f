import { describe, expect, it } from 'vitest';
import { createParser } from '@/lib/analysis/createParser';
import { createLocate } from '@/lib/analysis/locate';
import type { RangeSource } from '@/lib/analysis/locate';
import { DEFAULT_DOCUMENT } from '@/lib/defaultDocument';
import { readCorpus } from '@/lib/testing/corpus';
import { buildOutline, entryAtLine, filterOutline } from './outline';

async function outlineOf(text: string) {
  const { document, extras } = await createParser().parse(text);
  return buildOutline(document!.meta().asyncapi.parsed, createLocate(extras!.document as unknown as RangeSource));
}

const titles = (sections: Awaited<ReturnType<typeof outlineOf>>) => Object.fromEntries(sections.map((s) => [s.title, s.entries.map((e) => e.label)]));

describe('buildOutline', () => {
  it('lists the default document’s parts, each at the line it is defined', async () => {
    const outline = await outlineOf(DEFAULT_DOCUMENT);
    expect(titles(outline)).toEqual({
      Servers: ['production', 'handhelds'],
      Channels: ['parcelLocation', 'parcelDelivered'],
      Operations: ['reportLocation', 'trackLocation', 'confirmDelivery'],
      Messages: ['locationUpdated', 'parcelDelivered'],
      Schemas: ['parcelId', 'eventHeaders'],
    });
    const channel = outline[1]!.entries[0]!;
    expect(DEFAULT_DOCUMENT.split('\n')[channel.range!.startLine - 1]).toMatch(/^ {2}parcelLocation:|^ {4}address/);
    expect(outline[2]!.entries[0]!.detail).toBe('send');
  });

  it('reads 2.x operations from their channels', async () => {
    const outline = await outlineOf(readCorpus('spec-examples/2.6.0/streetlights-kafka.yml'));
    expect(outline[2]!.entries.map((e) => e.label)).toEqual(expect.arrayContaining(['receiveLightMeasurement', 'turnOn']));
  });

  it('finds the entry under a line and filters by name or detail', async () => {
    const outline = await outlineOf(DEFAULT_DOCUMENT);
    const line = DEFAULT_DOCUMENT.split('\n').findIndex((l) => l.includes('action: receive')) + 1;
    expect(entryAtLine(outline, line)?.label).toBe('trackLocation');
    expect(filterOutline(outline, 'receive')[2]!.entries.map((e) => e.label)).toEqual(['trackLocation', 'confirmDelivery']);
  });
});
