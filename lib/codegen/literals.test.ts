import { describe, expect, it } from 'vitest';
import { HOSTILE_PROPERTY_NAMES, HOSTILE_STRINGS } from './hostileDocument';
import { LANGUAGES } from './languages';
import { escapeString, stringLiteral, valueLiteral } from './literals';
import { tokenize } from './sourceTokens';

const VALUES = [...HOSTILE_STRINGS, ...HOSTILE_PROPERTY_NAMES, '', '\u202Eevil\u202C', '\uFEFFbom', 'a\u0007\u007Fb'];

describe.each(LANGUAGES.map((l) => l.id))('%s string literals', (language) => {
  it('lex as one literal that decodes to the value, with no raw control, format or separator character', () => {
    for (const value of VALUES) {
      const literal = stringLiteral(language, value);
      // (Java's token text is the literal after its \u translation, so only kind and value are compared.)
      expect(tokenize(language, literal).map((t) => [t.kind, t.value]), JSON.stringify(value)).toEqual([['string', value]]);
      expect(literal).not.toMatch(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u);
    }
  });

  it('keep a lone surrogate only where the language has strings of UTF-16 units', () => {
    const [token] = tokenize(language, stringLiteral(language, 'a\uD800b'));
    expect(token!.value).toBe(language === 'go' || language === 'rust' ? 'a\uFFFDb' : 'a\uD800b');
  });
});

describe('language specifics', () => {
  it('Java: ASCII controls as octal escapes, never \\u (which Java translates before it lexes)', () => {
    expect(stringLiteral('java', '"\n\0')).toBe('"\\"\\n\\000"');
    expect(escapeString('java', 'x\u2028')).toBe('x\\u2028');
    expect(stringLiteral('java', '\\u0022')).toBe('"\\\\u0022"');
  });

  it('Kotlin: `$` is escaped, so no template runs', () => {
    expect(stringLiteral('kotlin', '${x}$y')).toBe('"\\${x}\\$y"');
  });

  it('enum values: numbers stay numbers, objects and null are their JSON text', () => {
    expect(valueLiteral('java', 5)).toBe(5);
    expect(valueLiteral('typescript', true, 'string')).toBe('"true"');
    expect(valueLiteral('go', true)).toBe('true');
    expect(valueLiteral('python', { k: 'a"b' })).toBe('"{\\"k\\":\\"a\\\\\\"b\\"}"');
    expect(valueLiteral('csharp', Number.POSITIVE_INFINITY)).toBe('"Infinity"');
  });
});
