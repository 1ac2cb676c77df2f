import { describe, expect, it } from 'vitest';
import { convert } from '@asyncapi/converter';
import type { AsyncAPIConvertVersion } from '@asyncapi/converter';

import { conversionTargets, converterVersions, defaultConversionTarget, perspectiveMatters } from './versions';

const minimal = (asyncapi: string) => ({ asyncapi, info: { title: 'Versions', version: '1.0.0' }, channels: {} });

describe('converterVersions', () => {
  it('is exactly the converter chain: each step converts to the next', () => {
    for (let i = 0; i + 1 < converterVersions.length; i += 1) {
      const next = converterVersions[i + 1] as AsyncAPIConvertVersion;
      expect(convert(minimal(converterVersions[i]!), next)).toMatchObject({ asyncapi: next });
    }
  });

  it('has nothing beyond its newest entry or before its oldest', () => {
    expect(() => convert(minimal('3.1.0'), '3.2.0' as AsyncAPIConvertVersion)).toThrow('Cannot convert from 3.1.0 to 3.2.0');
    expect(() => convert(minimal('0.9.0'), '3.0.0')).toThrow('Cannot convert from 0.9.0');
  });
});

describe('conversionTargets', () => {
  it.each([
    ['1.0.0', ['2.6.0', '3.0.0', '3.1.0']],
    ['2.0.0', ['2.6.0', '3.0.0', '3.1.0']],
    ['2.5.0', ['2.6.0', '3.0.0', '3.1.0']],
    ['2.6.0', ['3.0.0', '3.1.0']],
    ['3.0.0', ['3.1.0']],
    ['3.1.0', []],
    ['4.0.0', []],
    ['not a version', []],
  ])('from %s', (from, targets) => {
    expect(conversionTargets(from)).toEqual(targets);
  });

  it('preselects the newest version, else nothing', () => {
    expect(defaultConversionTarget('2.0.0')).toBe('3.1.0');
    expect(defaultConversionTarget('1.2.0')).toBe('3.1.0');
    expect(defaultConversionTarget('3.0.0')).toBe('3.1.0');
    expect(defaultConversionTarget('3.1.0')).toBeUndefined();
  });

  it('asks for a perspective only when crossing from 2.x (or 1.x) to 3.x', () => {
    expect(perspectiveMatters('2.6.0', '3.0.0')).toBe(true);
    expect(perspectiveMatters('1.2.0', '3.1.0')).toBe(true);
    expect(perspectiveMatters('2.0.0', '2.6.0')).toBe(false);
    expect(perspectiveMatters('3.0.0', '3.1.0')).toBe(false);
  });
});
