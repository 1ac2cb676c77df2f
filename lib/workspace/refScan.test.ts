import { describe, expect, it } from 'vitest';
import { matchRefs, scanRefs } from './refScan';

describe('scanRefs', () => {
  it('finds YAML refs, quoted or plain, block or flow, and skips comment lines', () => {
    const text = [
      'a:',
      "  $ref: '../common/messages.yaml#/commentLiked'",
      '  # $ref: ./commented-out.yaml',
      'b: { $ref: "./schemas.yaml#/User" }',
      'c:',
      '  $ref: ./plain.yaml#/x   # a comment',
      "d: {$ref: 'it''s.yaml'}",
    ].join('\n');
    expect(scanRefs(text)).toEqual([
      { value: '../common/messages.yaml#/commentLiked', range: { startLine: 2, startColumn: 9, endLine: 2, endColumn: 48 } },
      { value: './schemas.yaml#/User', range: { startLine: 4, startColumn: 12, endLine: 4, endColumn: 34 } },
      { value: './plain.yaml#/x', range: { startLine: 6, startColumn: 9, endLine: 6, endColumn: 24 } },
      { value: "it's.yaml", range: { startLine: 7, startColumn: 11, endLine: 7, endColumn: 23 } },
    ]);
  });

  it('finds JSON refs with escapes', () => {
    const text = '{\n  "payload": {\n    "$ref": "./user.avsc"\n  },\n  "x": {"$ref": "#\\/components"}\n}';
    expect(scanRefs(text).map((r) => [r.value, r.range.startLine])).toEqual([
      ['./user.avsc', 3],
      ['#/components', 5],
    ]);
  });
});

describe('matchRefs', () => {
  it('places the n-th ref of a value on its n-th occurrence', () => {
    const occurrences = scanRefs("a: {$ref: './x.yaml'}\nb: {$ref: './y.yaml'}\nc: {$ref: './x.yaml'}\n");
    const ranges = matchRefs(occurrences, ['./x.yaml', './y.yaml', './x.yaml', './z.yaml']);
    expect(ranges.map((r) => r?.startLine)).toEqual([1, 2, 3, undefined]);
  });
});
