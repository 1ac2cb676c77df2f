import { safeHref } from './safeMarkdown';

/**
 * Markdown written from a document's values. Every value is untrusted: fields that are not Markdown
 * (ids, names, addresses, defaults, formats…) become escaped text or code; fields that are Markdown
 * (descriptions) keep their formatting with raw HTML and unsafe links neutralised. The result stays
 * inert in a viewer that renders raw HTML and does not filter link schemes.
 */

// ASCII punctuation that can start inline syntax (emphasis, code, links, entities, strikethrough, ATX
// closing). `|` is left to `tableRow`, which escapes every pipe of a cell once.
const INLINE_SYNTAX = /[\\`*_[\]>#!&~]/g;

/**
 * A value shown as plain text: line breaks folded, every Markdown-active character backslash-escaped.
 * `<` becomes `&lt;` rather than `\<`, and `://` becomes `\://`: a viewer that links bare URLs while it
 * parses (markdown-it's linkify) may swallow the backslash into the URL and leave what follows it live.
 */
export function escapeText(text: string): string {
  return fold(text).replace(INLINE_SYNTAX, '\\$&').replace(/</g, '&lt;').replace(/:\/\//g, '\\://');
}

/** Inline code whose fence is longer than any backtick run inside it. */
export function inlineCode(text: string): string {
  const value = fold(text);
  if (value === '') return '';
  const fence = '`'.repeat(longestRun(value, '`') + 1);
  const pad = value.startsWith('`') || value.endsWith('`') || /^ .* $/.test(value) ? ' ' : '';
  return `${fence}${pad}${value}${pad}${fence}`;
}

/** A fenced code block (as lines) whose fence no line inside can close. */
export function codeBlock(text: string, language = ''): string[] {
  const fence = '`'.repeat(Math.max(3, longestRun(text, '`') + 1));
  return [`${fence}${language.replace(/[^\w+.-]/g, '')}`, ...text.replace(/\r\n?/g, '\n').split('\n'), fence];
}

/** A link whose target passed the same filter as the HTML export's links; otherwise the label alone. */
export function markdownLink(label: string, url: string): string {
  const href = safeHref(url);
  if (!href) return escapeText(label);
  // Angle-bracket destination: no `<`, `>` or whitespace inside; `\` and `&` escaped so that neither a
  // backslash escape nor an entity (`&#58;`) can spell a different scheme once the viewer decodes it.
  const target = href.replace(/[<>\s]/g, encodeURIComponent).replace(/[\\&]/g, '\\$&');
  return `[${escapeText(label)}](<${target}>)`;
}

/** One table row; every pipe in a cell is escaped (GFM splits cells on pipes, even inside code spans). */
export function tableRow(cells: string[]): string {
  return `| ${cells.map((cell) => fold(cell).replace(/\|/g, '\\|')).join(' | ')} |`;
}

/**
 * A description (CommonMark) with raw HTML neutralised, for a block of its own.
 *
 * How: outside code, every `<` becomes `&lt;` (so no HTML tag, comment or block can start; viewers show
 * it as `<`), except autolinks to http(s)/mailto; the destination of every `](` and `]:` (inline links,
 * images, reference definitions) must pass the export's URL filter, or the link is broken (its `(` or
 * `:` written as an entity). Fenced code blocks are written anew at the left margin with a fence nothing
 * inside can close; code spans count as code only on one line and without a `|`, and every other
 * backtick becomes `&#96;`, so the viewer finds exactly the code this function found. Images become links to the image (nothing loads from another host when the file is
 * viewed). Everything else (emphasis, lists, tables, safe links) is kept as the author wrote it.
 */
export function neutraliseMarkdown(source: string): string {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const out: string[] = [];
  let text: string[] = [];
  const flushText = (): void => {
    if (text.length > 0) out.push(neutraliseInline(text.join('\n')));
    text = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const open = /^( {0,3})(`{3,}|~{3,})(.*)$/.exec(line);
    // A backtick fence's info string may not hold a backtick (CommonMark): such a line is not a fence.
    if (!open || (open[2]!.startsWith('`') && open[3]!.includes('`'))) {
      text.push(line);
      continue;
    }
    flushText();
    const [, indent = '', marker = '```', info = ''] = open;
    const close = new RegExp(`^ {0,3}${marker[0] === '`' ? '`' : '~'}{${marker.length},}[ \\t]*$`);
    const code: string[] = [];
    for (i++; i < lines.length && !close.test(lines[i] ?? ''); i++) {
      code.push((lines[i] ?? '').replace(new RegExp(`^ {0,${indent.length}}`), ''));
    }
    out.push('', ...codeBlock(code.join('\n'), info.trim().split(/\s+/)[0] ?? ''), '');
  }
  flushText();
  return out.join('\n').replace(/^\n+|\n+$/g, '');
}

const SAFE_AUTOLINK = /<(?:https?:\/\/|mailto:)[^\s<>\u0000-\u001f]*>/iy;

/** Inline neutralising of text with no fenced code (see `neutraliseMarkdown`); line breaks are kept. */
export function neutraliseInline(source: string): string {
  const s = breakUnsafeDestinations(source);
  let out = '';
  let i = 0;
  // Inside a bare URL (from `://` to the next space) a linkifying viewer may take a backslash or a backtick
  // into the link: there no escape or code span is trusted, and what follows is neutralised as text.
  let inUrl = false;
  while (i < s.length) {
    const c = s[i]!;
    if (/\s/.test(c)) inUrl = false;
    else if (c === ':' && s.startsWith('//', i + 1)) inUrl = true;
    if (c === '\\' && (s[i + 1] === '<' || s[i + 1] === '`')) {
      // An escaped `<` or backtick is text: written as its entity, which nothing can separate or pair.
      out += s[i + 1] === '<' ? '&lt;' : '&#96;';
      i += 2;
    } else if (c === '\\' && !inUrl) {
      out += s.slice(i, i + 2);
      i += 2;
    } else if (c === '`') {
      const run = runLength(s, i, '`');
      const end = inUrl ? -1 : codeSpanEnd(s, i, run);
      if (end !== -1 && !s.slice(i, end).includes('|')) {
        out += s.slice(i, end);
        i = end;
      } else {
        // Not code to this function, so no code to the viewer either: every other backtick is an entity,
        // and the viewer cannot pair backticks differently (across lines, or split by a table's pipes).
        out += '&#96;'.repeat(run);
        i += run;
      }
    } else if (c === '!' && s[i + 1] === '[') {
      // Images would load from another host when the file is viewed: the HTML export keeps only their
      // text, this one a link to them (`&#33;[alt](url)` is a `!` and a link).
      out += '&#33;';
      i += 1;
    } else if (c === '<') {
      SAFE_AUTOLINK.lastIndex = i;
      const autolink = SAFE_AUTOLINK.exec(s);
      out += autolink ? autolink[0] : '&lt;';
      i += autolink ? autolink[0].length : 1;
    } else {
      out += c;
      i += 1;
    }
  }
  return out;
}

/**
 * Writes the `(` or `:` after every `]` whose destination is not allowed as an entity, wherever it stands
 * (even in what looks like code: a viewer may read a reference definition there), so no link or link
 * definition starts there. Over-eager at worst: `&#40;` shown inside code.
 */
function breakUnsafeDestinations(text: string): string {
  return text.replace(/\]([(:])/g, (match: string, opener: string, offset: number) =>
    destinationAllowed(text, offset + 2) ? match : `]${opener === '(' ? '&#40;' : '&#58;'}`,
  );
}

function destinationAllowed(text: string, from: number): boolean {
  const rest = /^[ \t]*\n?[ \t]*(\S*)/.exec(text.slice(from, from + 2048));
  const destination = rest?.[1] ?? '';
  // Only the part before a path, query or fragment can hold a scheme.
  const head = (/^[^/?#]*/.exec(destination)?.[0] ?? '').replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  // A backslash escape or an entity (`&#58;`, `&colon;`) could spell a scheme once decoded.
  if (/[\\&]/.test(head)) return false;
  const colon = head.indexOf(':');
  if (colon === -1) return true;
  const scheme = head.slice(0, colon).replace(/^<+/, '');
  return /^(https?|mailto)$/i.test(scheme);
}

/** The index just past the code span opened by `run` backticks at `start` and closed on the same line, or -1. */
function codeSpanEnd(s: string, start: number, run: number): number {
  const lineEnd = s.indexOf('\n', start) === -1 ? s.length : s.indexOf('\n', start);
  for (let j = s.indexOf('`', start + run); j !== -1 && j < lineEnd; ) {
    const length = runLength(s, j, '`');
    if (length === run) return j + length;
    j = s.indexOf('`', j + length);
  }
  return -1;
}

function runLength(s: string, at: number, char: string): number {
  let end = at;
  while (s[end] === char) end += 1;
  return end - at;
}

function longestRun(text: string, char: string): number {
  let longest = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === char) {
      const length = runLength(text, i, char);
      longest = Math.max(longest, length);
      i += length;
    }
  }
  return longest;
}

function fold(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}
