import type { LanguageId } from './languages';

/**
 * Document values written into generated source as string literals, escaped for each language's lexer.
 * Beyond quotes and backslashes, every control, format (bidi overrides, BOM), line- and paragraph-separator
 * character is written as an escape, so no value can end a literal, a line or a comment, or hide code.
 */

/** Characters that are never written raw: controls (incl. NEL), format characters, separators, lone surrogates. */
const UNSAFE = /^[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]$/u;

const hex = (n: number, width: number) => n.toString(16).toUpperCase().padStart(width, '0');
const isSurrogate = (cp: number) => cp >= 0xd800 && cp <= 0xdfff;
/** A code point as UTF-16 units, for languages whose `\u` escape takes four hex digits. */
const units = (cp: number) => (cp > 0xffff ? [0xd800 + ((cp - 0x10000) >> 10), 0xdc00 + ((cp - 0x10000) & 0x3ff)] : [cp]);
const u4 = (cp: number) => units(cp).map((u) => `\\u${hex(u, 4)}`).join('');

interface Escaper {
  quote: string;
  /** Fixed replacements (quotes, backslash, common controls, template markers). */
  table: Record<string, string>;
  /** Any other unsafe code point. */
  other: (cp: number) => string;
}

const COMMON = { '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

const ESCAPERS: Record<LanguageId, Escaper> = {
  typescript: { quote: '"', table: { ...COMMON, '"': '\\"' }, other: (cp) => (cp > 0xffff ? `\\u{${hex(cp, 4)}}` : `\\u${hex(cp, 4)}`) },
  // Java translates \uXXXX before lexing (\u0022 would end the literal), so ASCII controls use octal escapes;
  // the \u escapes left are of non-ASCII characters, which stand harmlessly in a literal once translated.
  java: { quote: '"', table: { ...COMMON, '"': '\\"' }, other: (cp) => (cp < 0x80 ? `\\${cp.toString(8).padStart(3, '0')}` : u4(cp)) },
  // Kotlin interpolates `$name` and `${…}` inside "…".
  kotlin: { quote: '"', table: { ...COMMON, '"': '\\"', $: '\\$' }, other: u4 },
  csharp: { quote: '"', table: { ...COMMON, '"': '\\"', '\0': '\\0' }, other: u4 },
  python: {
    quote: '"',
    table: { ...COMMON, '"': '\\"' },
    other: (cp) => (cp < 0x100 ? `\\x${hex(cp, 2)}` : cp > 0xffff ? `\\U${hex(cp, 8)}` : `\\u${hex(cp, 4)}`),
  },
  // Go and Rust source is UTF-8: a lone surrogate has no escape there and becomes U+FFFD.
  go: {
    quote: '"',
    table: { ...COMMON, '"': '\\"' },
    other: (cp) => (isSurrogate(cp) ? '\\uFFFD' : cp < 0x80 ? `\\x${hex(cp, 2)}` : cp > 0xffff ? `\\U${hex(cp, 8)}` : `\\u${hex(cp, 4)}`),
  },
  rust: { quote: '"', table: { ...COMMON, '"': '\\"', '\0': '\\0' }, other: (cp) => `\\u{${hex(isSurrogate(cp) ? 0xfffd : cp, 4)}}` },
};

/** The value's characters escaped for the inside of a double-quoted literal (without the quotes). */
export function escapeString(language: LanguageId, value: string): string {
  const { table, other } = ESCAPERS[language];
  let out = '';
  // Iterating a string yields code points, and lone surrogates as themselves.
  for (const ch of value) {
    const fixed = table[ch];
    if (fixed !== undefined) out += fixed;
    else if (UNSAFE.test(ch)) out += other(ch.codePointAt(0)!);
    else out += ch;
  }
  return out;
}

/** The value as a double-quoted string literal of the language. */
export function stringLiteral(language: LanguageId, value: string): string {
  const { quote } = ESCAPERS[language];
  return `${quote}${escapeString(language, value)}${quote}`;
}

/** A finite number as source text every one of the languages reads as a number, or undefined. */
export function numberText(value: unknown): string | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : undefined;
}

/**
 * A JSON value (an enum or const value) as a literal: strings quoted, finite numbers as themselves (Modelina
 * types an enum by its values' JS types), booleans as `booleans` says, anything else (objects, null,
 * infinities) as its JSON text in a string literal.
 */
export function valueLiteral(language: LanguageId, value: unknown, booleans: 'bare' | 'string' = 'bare'): string | number {
  if (typeof value === 'string') return stringLiteral(language, value);
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'boolean') return booleans === 'bare' ? String(value) : stringLiteral(language, String(value));
  if (typeof value === 'number') return stringLiteral(language, String(value));
  return stringLiteral(language, JSON.stringify(value) ?? String(value));
}
