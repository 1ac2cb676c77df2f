import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, normalizeOrigin, readSettings } from './settings';

describe('settings read from storage', () => {
  it('falls back to the defaults for anything missing or broken', () => {
    expect(readSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(readSettings({ theme: 'neon', editorFontSize: 'big', analysisDelayMs: -5, shownSeverities: { info: false } })).toEqual({
      ...DEFAULT_SETTINGS,
      analysisDelayMs: 50,
      shownSeverities: { error: true, warning: true, info: false, hint: true },
    });
  });

  it('keeps only https origins, normalised and without duplicates', () => {
    expect(readSettings({ allowedRefOrigins: ['schemas.example.com', 'https://schemas.example.com/x/y.json', 'http://plain.example', 'javascript:alert(1)', 7] }).allowedRefOrigins).toEqual([
      'https://schemas.example.com',
    ]);
    expect(normalizeOrigin('https://a.example:8443/path')).toBe('https://a.example:8443');
    expect(normalizeOrigin('')).toBeNull();
  });
});
