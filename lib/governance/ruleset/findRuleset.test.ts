import { describe, expect, it } from 'vitest';
import { findRuleset } from './findRuleset';

describe('which ruleset applies to a document', () => {
  const workspace = ['.spectral.yaml', 'apis/orders/asyncapi.yaml', 'apis/orders/.spectral.json', 'apis/users/asyncapi.yaml', 'apis/users/v2/asyncapi.yaml', 'asyncapi.yaml'];

  it('takes the one in the document\'s folder, else the nearest folder above', () => {
    expect(findRuleset('apis/orders/asyncapi.yaml', workspace)).toBe('apis/orders/.spectral.json');
    expect(findRuleset('apis/users/v2/asyncapi.yaml', workspace)).toBe('.spectral.yaml');
    expect(findRuleset('asyncapi.yaml', workspace)).toBe('.spectral.yaml');
  });

  it('prefers .spectral.yaml over .yml over .json in one folder, and finds none when there is none', () => {
    expect(findRuleset('a/doc.yaml', ['a/.spectral.json', 'a/.spectral.yml', 'a/.spectral.yaml'])).toBe('a/.spectral.yaml');
    expect(findRuleset('a/doc.yaml', ['a/.spectral.json', 'a/.spectral.yml'])).toBe('a/.spectral.yml');
    expect(findRuleset('a/doc.yaml', ['b/.spectral.yaml', 'a/doc.yaml'])).toBeUndefined();
  });
});
