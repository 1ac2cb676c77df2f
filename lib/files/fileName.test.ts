import { describe, expect, it } from 'vitest';
import { fileNameFor, slugFromTitle } from './fileName';

describe('file names from the document title', () => {
  it('slugs a plain title', () => {
    expect(fileNameFor('Parcel Tracking Events', 'yaml')).toBe('parcel-tracking-events.yaml');
    expect(fileNameFor('Streetlights Kafka API', 'json')).toBe('streetlights-kafka-api.json');
  });

  it('folds accents and collapses punctuation and spaces', () => {
    expect(slugFromTitle('  Café  Órders — v2 (beta)! ')).toBe('cafe-orders-v2-beta');
  });

  it('keeps letters of other scripts', () => {
    expect(slugFromTitle('注文 イベント')).toBe('注文-イベント');
  });

  it('strips characters file systems reject', () => {
    expect(slugFromTitle('a/b\\c:d*e?f"g<h>i|j')).toBe('a-b-c-d-e-f-g-h-i-j');
  });

  it('falls back when there is no usable title', () => {
    expect(slugFromTitle(undefined)).toBe('asyncapi');
    expect(slugFromTitle('')).toBe('asyncapi');
    expect(slugFromTitle('!!!')).toBe('asyncapi');
  });

  it('bounds long titles without a trailing dash', () => {
    const slug = slugFromTitle(`${'word '.repeat(40)}`);
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith('-')).toBe(false);
  });
});
