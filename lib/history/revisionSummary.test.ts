import { describe, expect, it } from 'vitest';
import { lineDelta, revisionSummary } from './revisionSummary';

describe('lineDelta', () => {
  it('counts lines added and removed, a moved line as neither', () => {
    expect(lineDelta('a\nb\nc', 'a\nc\nd\ne')).toEqual({ added: 2, removed: 1 });
    expect(lineDelta('a\nb', 'b\na')).toEqual({ added: 0, removed: 0 });
    expect(lineDelta('x\nx', 'x')).toEqual({ added: 0, removed: 1 });
  });
});

describe('revisionSummary', () => {
  it('says what changed in one line', () => {
    expect(revisionSummary(undefined, 'a\nb\nc')).toBe('First revision · 3 lines');
    expect(revisionSummary('a', 'a')).toBe('No change');
    expect(revisionSummary('a\nb', 'a\nc\nd')).toBe('+2 −1 lines');
    expect(revisionSummary('a\nb', 'a\nc', { changes: 3, breaking: 1 })).toBe('+1 −1 lines · 3 changes, 1 breaking');
    expect(revisionSummary('a\nb', 'b\na', { changes: 0, breaking: 0 })).toBe('Lines reordered · no change to the contract');
  });
});
