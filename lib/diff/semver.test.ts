import { describe, expect, it } from 'vitest';
import { bumpFor, suggestVersion } from './semver';

const counts = (breaking: number, nonBreaking: number, annotation: number) => ({ breaking, 'non-breaking': nonBreaking, annotation });
const BREAKING = counts(2, 1, 1);
const ADDITIVE = counts(0, 3, 1);
const DOCS = counts(0, 0, 4);
const NOTHING = counts(0, 0, 0);

describe('bumpFor', () => {
  it('takes the strongest class', () => {
    expect([BREAKING, ADDITIVE, DOCS, NOTHING].map(bumpFor)).toEqual(['major', 'minor', 'patch', 'none']);
  });
});

describe('suggestVersion', () => {
  it.each([
    [BREAKING, '1.4.2', '2.0.0'],
    [ADDITIVE, '1.4.2', '1.5.0'],
    [DOCS, '1.4.2', '1.4.3'],
    [NOTHING, '1.4.2', '1.4.2'],
    [BREAKING, 'v1.4.2', 'v2.0.0'],
    [BREAKING, 'v2', 'v3'],
    [ADDITIVE, 'v2', 'v2.1'],
    [DOCS, '1.2', '1.2.1'],
    [BREAKING, '1.0.0+build.7', '2.0.0'],
  ])('%j on %s suggests %s', (c, current, next) => {
    expect(suggestVersion(c, current).next).toBe(next);
  });

  it('follows the 0.x convention and says so', () => {
    const breaking = suggestVersion(BREAKING, '0.3.1');
    expect(breaking).toMatchObject({ bump: 'major', next: '0.4.0' });
    expect(breaking.note).toMatch(/0\.x/);
    expect(suggestVersion(ADDITIVE, '0.3.1').next).toBe('0.3.2');
  });

  it('releases a pre-release instead of skipping past it', () => {
    expect(suggestVersion(BREAKING, '2.0.0-rc.1')).toMatchObject({ next: '2.0.0' });
  });

  it('names the bump but no number for versions that are not semver', () => {
    for (const current of ['latest', '2024-05-01', '2024.05.01', 'alpha']) {
      const suggestion = suggestVersion(BREAKING, current);
      expect(suggestion.next).toBeUndefined();
      expect(suggestion.bump).toBe('major');
      expect(suggestion.note).toContain(current);
    }
    expect(suggestVersion(BREAKING, undefined).note).toMatch(/no info\.version/);
  });

  it('tells whether the new document already bumps enough', () => {
    expect(suggestVersion(BREAKING, '1.4.2', '1.5.0').declaredIsEnough).toBe(false);
    expect(suggestVersion(BREAKING, '1.4.2', '2.0.0').declaredIsEnough).toBe(true);
    expect(suggestVersion(ADDITIVE, '1.4.2', '3.0.0').declaredIsEnough).toBe(true);
    expect(suggestVersion(ADDITIVE, '1.4.2', '1.4.2').declaredIsEnough).toBe(false);
    expect(suggestVersion(BREAKING, '0.3.1', '0.4.0').declaredIsEnough).toBe(true);
    expect(suggestVersion(BREAKING, 'latest', '2.0.0').declaredIsEnough).toBeUndefined();
  });
});
