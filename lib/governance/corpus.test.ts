import { describe, expect, it } from 'vitest';
import { corpusManifest, readCorpus } from '@/lib/testing/corpus';
import { CATALOGUE } from './catalogue';
import { runGovernance } from './runGovernance';
import { readSource } from './sourceDocument';

const VALID = corpusManifest().filter((entry) => entry.kind === 'document' && entry.parser_errors === 0);

/** Objects and lists in the document: what a rule gone wrong (`$..*`) would fire on. */
function containerCount(value: unknown): number {
  if (typeof value !== 'object' || value === null) return 0;
  return 1 + Object.values(value).reduce<number>((sum, child) => sum + containerCount(child), 0);
}

describe('the catalogue over every valid corpus document', () => {
  // Every rule on, those off by default too.
  const everyRule = Object.fromEntries(CATALOGUE.map((rule) => [rule.id, rule.severity]));

  for (const entry of VALID) {
    it(`runs on ${entry.path} with plausible results`, () => {
      const text = readCorpus(entry.path);
      const outcome = runGovernance({ text, settings: everyRule });
      expect(outcome.crashed).toEqual([]);
      expect(outcome.skipped).toBeUndefined();
      expect(outcome.score.score).toBeGreaterThanOrEqual(0);
      expect(outcome.score.score).toBeLessThanOrEqual(100);
      const lines = text.split('\n').length;
      const perRule = new Map<string, number>();
      for (const d of outcome.diagnostics) {
        expect(d.range.startLine).toBeGreaterThanOrEqual(1);
        expect(d.range.startLine).toBeLessThanOrEqual(lines);
        perRule.set(d.code, (perRule.get(d.code) ?? 0) + 1);
      }
      const bound = Math.max(3, containerCount(readSource(text).data) / 4);
      for (const [code, count] of perRule) expect(count, `${code} in ${entry.path}`).toBeLessThanOrEqual(bound);
    });
  }
});
