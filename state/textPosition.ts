/**
 * The 0-based UTF-16 offset of a 1-based (line, column) in `text`, as Monaco counts them (a line ends at
 * `\n`; `\r\n` counts as one line end). Past the end of a line or of the text, the nearest end.
 */
export function offsetOfPosition(text: string, line: number, column: number): number {
  let start = 0;
  for (let l = 1; l < line; l++) {
    const end = text.indexOf('\n', start);
    if (end === -1) return text.length;
    start = end + 1;
  }
  const end = text.indexOf('\n', start);
  const lineEnd = end === -1 ? text.length : end > start && text[end - 1] === '\r' ? end - 1 : end;
  return Math.min(start + Math.max(column, 1) - 1, lineEnd);
}
