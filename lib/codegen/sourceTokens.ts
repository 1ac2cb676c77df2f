import type { LanguageId } from './languages';

/**
 * A small lexer for generated source: splits it into code, comments and string literals (decoded by the
 * language's own escape rules), and throws on what would not lex (an unterminated literal, an unknown
 * escape, a string form the generators never write). Tests and the e2e spec use it to prove that document
 * values sit only inside literals, for the languages with no compiler on the machine (C#, Kotlin) as well.
 * Plain code with no imports but a type, so Playwright's loader takes it too.
 */

export interface SourceToken {
  kind: 'code' | 'comment' | 'string';
  text: string;
  /** A string literal's value. */
  value?: string;
}

interface Rules {
  lineComment: string;
  blockComments: boolean;
  nestedComments: boolean;
  /** Quote characters that open an escaped string (or char) literal. */
  quotes: string;
  /** Go's backquoted raw strings. */
  rawBackquote: boolean;
  escapes: (source: string, at: number) => [string, number];
}

const HEX = /^[0-9A-Fa-f]+$/;

function hexAt(source: string, at: number, length: number): number {
  const digits = source.slice(at, at + length);
  if (digits.length !== length || !HEX.test(digits)) throw new Error(`bad hex escape at ${at}`);
  return parseInt(digits, 16);
}

/** Escapes by their letter; `at` is just after the backslash. Returns the decoded text and where it ends. */
function escapeReader(simple: Record<string, string>, extra: Partial<Record<'u4' | 'uBrace' | 'x2' | 'U8' | 'octal3' | 'octal1to3', true>>) {
  return (source: string, at: number): [string, number] => {
    const c = source[at];
    if (c !== undefined && c in simple) return [simple[c]!, at + 1];
    if (c === 'u' && extra.uBrace && source[at + 1] === '{') {
      const end = source.indexOf('}', at);
      if (end < 0) throw new Error(`bad \\u{} escape at ${at}`);
      return [String.fromCodePoint(hexAt(source, at + 2, end - at - 2)), end + 1];
    }
    if (c === 'u' && extra.u4) return [String.fromCharCode(hexAt(source, at + 1, 4)), at + 5];
    if (c === 'U' && extra.U8) return [String.fromCodePoint(hexAt(source, at + 1, 8)), at + 9];
    if (c === 'x' && extra.x2) return [String.fromCharCode(hexAt(source, at + 1, 2)), at + 3];
    if (c !== undefined && /[0-7]/.test(c) && (extra.octal3 || extra.octal1to3)) {
      const digits = /^[0-7]{1,3}/.exec(source.slice(at))![0];
      if (extra.octal3 && digits.length !== 3) throw new Error(`bad octal escape at ${at}`);
      return [String.fromCharCode(parseInt(digits, 8)), at + digits.length];
    }
    throw new Error(`unknown escape \\${c ?? ''} at ${at}`);
  };
}

const BASIC = { n: '\n', r: '\r', t: '\t', '\\': '\\', '"': '"', "'": "'" };

const RULES: Record<LanguageId, Rules> = {
  typescript: { lineComment: '//', blockComments: true, nestedComments: false, quotes: `"'`, rawBackquote: false, escapes: escapeReader({ ...BASIC, b: '\b', f: '\f', v: '\v', '0': '\0' }, { u4: true, uBrace: true, x2: true }) },
  java: { lineComment: '//', blockComments: true, nestedComments: false, quotes: `"'`, rawBackquote: false, escapes: escapeReader({ ...BASIC, b: '\b', f: '\f', s: ' ' }, { octal1to3: true }) },
  kotlin: { lineComment: '//', blockComments: true, nestedComments: true, quotes: `"'`, rawBackquote: false, escapes: escapeReader({ ...BASIC, b: '\b', $: '$' }, { u4: true }) },
  csharp: { lineComment: '//', blockComments: true, nestedComments: false, quotes: `"'`, rawBackquote: false, escapes: escapeReader({ ...BASIC, '0': '\0', a: '\x07', b: '\b', f: '\f', v: '\v' }, { u4: true, U8: true }) },
  python: { lineComment: '#', blockComments: false, nestedComments: false, quotes: `"'`, rawBackquote: false, escapes: escapeReader({ ...BASIC, a: '\x07', b: '\b', f: '\f', v: '\v', '\n': '' }, { u4: true, U8: true, x2: true, octal1to3: true }) },
  go: { lineComment: '//', blockComments: true, nestedComments: false, quotes: `"'`, rawBackquote: true, escapes: escapeReader({ ...BASIC, a: '\x07', b: '\b', f: '\f', v: '\v' }, { u4: true, U8: true, x2: true, octal3: true }) },
  rust: { lineComment: '//', blockComments: true, nestedComments: true, quotes: '"', rawBackquote: false, escapes: escapeReader({ ...BASIC, '0': '\0' }, { uBrace: true, x2: true }) },
};

/** Java reads `\uXXXX` before anything else (where the backslash is not itself escaped): so does this. */
function translateJavaUnicodeEscapes(source: string): string {
  return source.replace(/(\\+)u+([0-9A-Fa-f]{4})/g, (match, slashes: string, digits: string) =>
    slashes.length % 2 === 1 ? slashes.slice(1) + String.fromCharCode(parseInt(digits, 16)) : match,
  );
}

/** The source as code, comments and string literals; throws where it would not lex. */
export function tokenize(language: LanguageId, source: string): SourceToken[] {
  const rules = RULES[language];
  const text = language === 'java' ? translateJavaUnicodeEscapes(source) : source;
  const tokens: SourceToken[] = [];
  let code = '';
  const flush = () => {
    if (code) tokens.push({ kind: 'code', text: code });
    code = '';
  };
  let i = 0;
  while (i < text.length) {
    const rest = text.startsWith.bind(text);
    if (rest(rules.lineComment, i)) {
      flush();
      const end = text.slice(i).search(/[\r\n]/);
      const stop = end < 0 ? text.length : i + end;
      tokens.push({ kind: 'comment', text: text.slice(i, stop) });
      i = stop;
    } else if (rules.blockComments && rest('/*', i)) {
      flush();
      let depth = 0;
      let j = i;
      do {
        if (text.startsWith('/*', j) && (depth === 0 || rules.nestedComments)) {
          depth++;
          j += 2;
        } else if (text.startsWith('*/', j)) {
          depth--;
          j += 2;
        } else if (j >= text.length) throw new Error(`unterminated comment at ${i}`);
        else j++;
      } while (depth > 0);
      tokens.push({ kind: 'comment', text: text.slice(i, j) });
      i = j;
    } else if (rules.rawBackquote && text[i] === '`') {
      flush();
      const end = text.indexOf('`', i + 1);
      if (end < 0) throw new Error(`unterminated raw string at ${i}`);
      tokens.push({ kind: 'string', text: text.slice(i, end + 1), value: text.slice(i + 1, end) });
      i = end + 1;
    } else if (text[i] === '`' || (rules.quotes.includes(text[i]!) && text.startsWith(text[i]!.repeat(3), i))) {
      // Template literals, triple-quoted and raw strings: the generators write none.
      throw new Error(`unexpected string form at ${i}: ${text.slice(i, i + 20)}`);
    } else if (rules.quotes.includes(text[i]!)) {
      if (language === 'python' && /[A-Za-z]$/.test(code)) throw new Error(`prefixed Python string at ${i}`);
      flush();
      const quote = text[i]!;
      let value = '';
      let j = i + 1;
      for (;;) {
        const c = text[j];
        if (c === undefined || c === '\n' || c === '\r') throw new Error(`unterminated string at ${i}`);
        if (c === quote) break;
        // A Kotlin template runs code inside the literal.
        if (language === 'kotlin' && c === '$' && /[A-Za-z_{`]/.test(text[j + 1] ?? '')) throw new Error(`string template at ${j}`);
        if (c === '\\') {
          const [decoded, next] = rules.escapes(text, j + 1);
          value += decoded;
          j = next;
        } else {
          value += c;
          j++;
        }
      }
      tokens.push({ kind: 'string', text: text.slice(i, j + 1), value });
      i = j + 1;
    } else {
      code += text[i];
      i++;
    }
  }
  flush();
  return tokens;
}

/** Code text a document value could only have put there by breaking out of a literal. */
export const PAYLOAD_CALLS = ['__import__(', 'makedirs(', 'mkdir(', 'Mkdir(', 'CreateDirectory(', 'create_dir(', 'mkdirSync(', 'import('];

/** What a test or spec asserts about one generated file. */
export interface LiteralReport {
  /** Decoded string literals. */
  literals: string[];
  /** Payload calls found outside string literals (in code or comments). */
  outsideLiterals: string[];
}

export function literalReport(language: LanguageId, source: string): LiteralReport {
  const tokens = tokenize(language, source);
  const literals = tokens.filter((t) => t.kind === 'string').map((t) => t.value!);
  const outside = tokens.filter((t) => t.kind !== 'string').map((t) => t.text).join('\n');
  return { literals, outsideLiterals: PAYLOAD_CALLS.filter((call) => outside.includes(call)) };
}
