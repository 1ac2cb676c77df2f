import { parseWithPointers } from '@stoplight/json';

/**
 * The 1-based line and column of the first syntax error in a JSON text, as the AsyncAPI parser's own JSON
 * reader finds it; undefined when the text reads. (The engine's `JSON.parse` message is no help: Node 20's V8
 * names no position for most errors, newer ones say "line L column C", others "position N".)
 */
export function jsonErrorAt(text: string): { line: number; column: number } | undefined {
  const first = parseWithPointers(text).diagnostics[0];
  if (!first) return undefined;
  return { line: first.range.start.line + 1, column: first.range.start.character + 1 };
}
