import { describe, expect, it } from 'vitest';
import { choiceLabel, displayValue, isDeletable, isRenamable, nameOf, openableAncestors, parseJsonInput } from './fieldDisplay';

describe('how the inspector names and shows values', () => {
  it('shows scalars as typed and structures as JSON; absent and null as empty', () => {
    expect(displayValue({ value: 'a' })).toBe('a');
    expect(displayValue({ value: 3 })).toBe('3');
    expect(displayValue({ value: null })).toBe('');
    expect(displayValue({ value: undefined })).toBe('');
    expect(displayValue({ value: ['x'] })).toBe('[\n  "x"\n]');
  });

  it('names objects by their key and choices by their section', () => {
    expect(nameOf('/channels/a~1b')).toBe('a/b');
    expect(choiceLabel('/components/schemas/Payload')).toBe('schemas/Payload');
    expect(choiceLabel('/channels/lights/messages/on')).toBe('lights › on');
    expect(choiceLabel('/channels/lights')).toBe('lights');
    expect(openableAncestors('/channels/a~1b/bindings/kafka')).toEqual(['/channels/a~1b', '/channels/a~1b/bindings']);
  });

  it('offers rename for named objects and delete for any entry below a section', () => {
    expect(isRenamable('/channels/x')).toBe(true);
    expect(isRenamable('/components/messages/M')).toBe(true);
    expect(isRenamable('/channels/x/messages/m')).toBe(true);
    expect(isRenamable('/channels/x/bindings')).toBe(false);
    expect(isDeletable('/info/contact')).toBe(false);
    expect(isDeletable('/channels')).toBe(false);
    expect(isDeletable('/channels/x/bindings')).toBe(true);
  });

  it('reads JSON input, empty as removal', () => {
    expect(parseJsonInput('["a"]')).toEqual({ ok: true, value: ['a'] });
    expect(parseJsonInput('  ')).toEqual({ ok: true, value: undefined });
    expect(parseJsonInput('[a')).toMatchObject({ ok: false });
  });
});
