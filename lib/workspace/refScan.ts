import type { SourceRange } from '@/lib/analysis/sourceMap';

/** A `$ref` as written in a file's text: its value and where the value sits (1-based, like Monaco). */
export interface RefOccurrence {
  value: string;
  range: SourceRange;
}

function readQuoted(text: string, start: number): { raw: string; value: string; end: number } | undefined {
  const quote = text[start];
  let i = start + 1;
  while (i < text.length && text[i] !== '\n') {
    if (quote === '"' && text[i] === '\\') {
      i += 2;
      continue;
    }
    if (text[i] === quote) {
      if (quote === "'" && text[i + 1] === "'") {
        i += 2;
        continue;
      }
      const raw = text.slice(start, i + 1);
      let value: string;
      try {
        value = quote === '"' ? (JSON.parse(raw) as string) : raw.slice(1, -1).replace(/''/g, "'");
      } catch {
        value = raw.slice(1, -1);
      }
      return { raw, value, end: i + 1 };
    }
    i += 1;
  }
  return undefined;
}

function readPlain(text: string, start: number): { value: string; end: number } {
  let end = start;
  while (end < text.length && !'\n,}]'.includes(text[end]!)) {
    // ' #' starts a YAML comment.
    if (text[end] === '#' && /\s/.test(text[end - 1] ?? '')) break;
    end += 1;
  }
  const value = text.slice(start, end).trimEnd();
  return { value, end: start + value.length };
}

/**
 * Every `$ref` key in a YAML or JSON text with its string value, in text order. A text scan, not a parse:
 * it only places refs the analysis already knows from the loaded value (see matchRefs), so the analysed
 * document is not parsed a second time with positions. Refs on comment lines are skipped.
 */
export function scanRefs(text: string): RefOccurrence[] {
  const found: RefOccurrence[] = [];
  const key = /(["']?)\$ref\1[ \t]*:[ \t]*/g;
  let line = 1;
  let lineStart = 0;
  let counted = 0;
  for (let match = key.exec(text); match !== null; match = key.exec(text)) {
    for (let i = text.indexOf('\n', counted); i !== -1 && i < match.index; i = text.indexOf('\n', i + 1)) {
      line += 1;
      lineStart = i + 1;
    }
    counted = match.index;
    if (/^\s*#/.test(text.slice(lineStart, match.index))) continue;
    const valueStart = match.index + match[0].length;
    const first = text[valueStart];
    const read = first === '"' || first === "'" ? readQuoted(text, valueStart) : readPlain(text, valueStart);
    if (!read || read.value === '') continue;
    found.push({
      value: read.value,
      range: { startLine: line, startColumn: valueStart - lineStart + 1, endLine: line, endColumn: read.end - lineStart + 1 },
    });
  }
  return found;
}

/**
 * Places refs known from a loaded value (in document order) on their occurrences in the text: the n-th ref
 * with a given value goes to the n-th occurrence of that value. Unplaced refs get undefined.
 */
export function matchRefs(occurrences: ReadonlyArray<RefOccurrence>, values: ReadonlyArray<string>): Array<SourceRange | undefined> {
  const queues = new Map<string, SourceRange[]>();
  for (const occurrence of occurrences) {
    const queue = queues.get(occurrence.value);
    if (queue) queue.push(occurrence.range);
    else queues.set(occurrence.value, [occurrence.range]);
  }
  const used = new Map<string, number>();
  return values.map((value) => {
    const queue = queues.get(value);
    const index = used.get(value) ?? 0;
    used.set(value, index + 1);
    return queue?.[Math.min(index, queue.length - 1)];
  });
}
