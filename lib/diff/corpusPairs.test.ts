import { describe, expect, it } from 'vitest';
import { createParser } from '@/lib/analysis/createParser';
import { corpusManifest, readCorpus } from '@/lib/testing/corpus';
import { compareTexts } from './compareTexts';
import type { ParseCache } from './compareTexts';
import type { Change } from './types';

// One parser and cache for the file: the converter's expected outputs recur across pairs.
const parser = createParser();
const cache: ParseCache = new Map();

const PAIRS = corpusManifest()
  .filter((entry) => entry.kind === 'converter-input' && entry.expected)
  .map((entry) => [entry.path, entry.expected as string] as const);

/** A breaking change to what a message carries: in a payload or headers, or in a schema. */
function payloadBreaking(changes: Change[]): Change[] {
  return changes.filter((c) => c.class === 'breaking' && (c.group === 'schema' || /\/(payload|headers)(\/|$)/.test(c.path)));
}

describe('converter inputs against their expected outputs', () => {
  it('covers every pair in the corpus', () => expect(PAIRS.length).toBeGreaterThanOrEqual(7));

  it.each(PAIRS)('%s → %s: the upgrade and its moves are reported, no payload breaks', async (input, expected) => {
    const outcome = await compareTexts({ oldText: readCorpus(input), newText: readCorpus(expected) }, parser, cache);
    if (!outcome.ok) throw new Error(outcome.message);
    const { report } = outcome;
    expect(payloadBreaking(report.changes)).toEqual([]);
    if (report.old.asyncapi.startsWith('2.')) {
      expect(report.conversion).toMatchObject({ side: 'old', from: report.old.asyncapi, to: report.new.asyncapi, perspective: 'application' });
      expect(report.notes[0]).toMatch(/was upgraded to 3\.\d\.\d to compare it/);
      // Every 2.x operation moved from its channel to `operations`.
      const operations = report.conversion?.moves.filter((m) => m.group === 'operation') ?? [];
      expect(operations.length).toBeGreaterThan(0);
      for (const move of operations) {
        expect(move.from).toMatch(/^\/channels\/[^/]+\/(publish|subscribe)$/);
        expect(move.to).toMatch(/^\/operations\/[^/]+$/);
      }
    } else {
      // 3.0 → 3.1: the same major, compared as they are; the version field is the one structural change.
      expect(report.conversion).toBeUndefined();
      expect(report.changes.map((c) => [c.path, c.class])).toEqual([['/asyncapi', 'non-breaking']]);
    }
  }, 120_000);

  it('upgrades the new side when it is the 2.x one, and finds lines in the text as written', async () => {
    const [input, expected] = PAIRS.find(([path]) => path.endsWith('for-3.0.0-with-deep-local-references.yml')) ?? PAIRS[0]!;
    const edited = readCorpus(input).replace('someProperty:\n', 'someProperty:\n              minLength: 2\n');
    expect(edited).not.toBe(readCorpus(input));
    const outcome = await compareTexts({ oldText: readCorpus(expected), newText: edited }, parser, cache);
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.report.conversion?.side).toBe('new');
    const change = outcome.report.changes.find((c) => c.path.endsWith('/someProperty/minLength'));
    expect(change).toMatchObject({ class: 'breaking', side: 'new' });
    // The line is the one in the 2.x text the user wrote, found through the moves.
    const lines = edited.split('\n');
    expect(lines[(change?.line ?? 0) - 1]).toContain('minLength: 2');
  }, 120_000);
});

describe('the same document across 2.x versions', () => {
  const versions = corpusManifest()
    .filter((e) => e.kind === 'converter-input' && /\/streetlights\.yml$/.test(e.path))
    .map((e) => e.path);

  it('reports only the version field between 2.0.0 and 2.6.0', async () => {
    expect(versions.length).toBeGreaterThanOrEqual(2);
    const outcome = await compareTexts({ oldText: readCorpus(versions[0]!), newText: readCorpus(versions[versions.length - 1]!) }, parser, cache);
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.report.changes.map((c) => [c.path, c.class])).toEqual([['/asyncapi', 'non-breaking']]);
  }, 120_000);
});
