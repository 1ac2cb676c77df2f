import type { SourceRange } from './sourceMap';

/** Where a path was found: the range of its deepest key (or list item) found, and how many segments that was. */
export interface PathPlace {
  range: SourceRange;
  depth: number;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Line {
  indent: number;
  content: string;
}

function readLine(raw: string, startColumn?: number): Line | undefined {
  const indent = startColumn ?? raw.length - raw.trimStart().length;
  const content = raw.slice(indent).trimEnd();
  // Comments, and JSON's lone brackets, hold no key.
  if (content === '' || content.startsWith('#') || /^[[\]{}],?$/.test(content)) return undefined;
  return { indent, content };
}

/** A sequence item's content column: after `-` and the spaces that follow it. */
function itemColumn(raw: string, indent: number): number {
  let column = indent + 1;
  while (raw[column] === ' ') column += 1;
  return column;
}

/**
 * The line and columns of a JSON path's key in block-style YAML or pretty-printed JSON, found by indentation
 * alone, without parsing: the fast pass places its few problems this way (a parse with positions costs more than
 * the whole pass). Flow collections, and list items in JSON, are not followed: the deepest key found answers.
 */
export function placePath(text: string, path: ReadonlyArray<string | number>): PathPlace | undefined {
  const lines = text.split('\n');
  let from = 0;
  let parentIndent = -1;
  // Under a key, its list may sit at the key's own indentation (`key:` then `- item`); under a list item, not.
  let compactList = false;
  // The first line of a list item starts after its `- `.
  let firstColumn: number | undefined;
  let found: PathPlace | undefined;
  let lastKey: { line: number; end: number } | undefined;
  for (const segment of path) {
    let childIndent: number | undefined;
    let index = -1;
    let hit: { line: number; column: number; length: number; indent: number; item: boolean } | undefined;
    const key = new RegExp(`^(["']?)${escape(String(segment))}\\1\\s*:(\\s|$)`);
    const wantsItem = typeof segment === 'number' || /^\d+$/.test(String(segment));
    for (let i = from; i < lines.length && !hit; i++) {
      const line = readLine(lines[i]!, i === from ? firstColumn : undefined);
      if (!line) continue;
      const isItem = line.content === '-' || line.content.startsWith('- ');
      if (line.indent < parentIndent || (line.indent === parentIndent && !(compactList && isItem))) break;
      childIndent ??= line.indent;
      if (line.indent !== childIndent) continue;
      if (wantsItem && isItem && ++index === Number(segment)) hit = { line: i, column: line.indent, length: 1, indent: line.indent, item: true };
      else if (!wantsItem && key.test(line.content)) {
        const quoted = /^["']/.test(line.content) ? 1 : 0;
        hit = { line: i, column: line.indent + quoted, length: String(segment).length, indent: line.indent, item: false };
      }
    }
    if (!hit) break;
    found = {
      range: { startLine: hit.line + 1, startColumn: hit.column + 1, endLine: hit.line + 1, endColumn: hit.column + 1 + hit.length },
      depth: (found?.depth ?? 0) + 1,
    };
    lastKey = hit.item ? undefined : { line: hit.line, end: hit.column + hit.length };
    parentIndent = hit.indent;
    compactList = !hit.item;
    from = hit.item ? hit.line : hit.line + 1;
    firstColumn = hit.item ? itemColumn(lines[hit.line]!, hit.indent) : undefined;
  }
  if (found && lastKey && found.depth === path.length) {
    return { ...found, range: valueRange(lines[lastKey.line]!, lastKey.line + 1, lastKey.end) ?? found.range };
  }
  return found;
}

/**
 * A scalar written on its key's line (`action: publish`, `"action": "publish",`): its range, as the parser gives
 * for a problem with a value (quick fixes replace exactly that). Blocks, collections, anchors and tags: none.
 */
function valueRange(raw: string, line: number, keyEnd: number): SourceRange | undefined {
  const colon = raw.indexOf(':', keyEnd);
  if (colon < 0) return undefined;
  const rest = raw.slice(colon + 1);
  const value = rest
    .replace(/\s+#.*$/, '')
    .trim()
    .replace(/,$/, '');
  if (value === '' || /^[|>[{&*!]/.test(value)) return undefined;
  const start = colon + 1 + rest.indexOf(value);
  return { startLine: line, startColumn: start + 1, endLine: line, endColumn: start + 1 + value.length };
}
