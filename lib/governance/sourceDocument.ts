import { getLocationForJsonPath, parseWithPointers } from '@stoplight/yaml';
import type { YamlParserResult } from '@stoplight/yaml';
import { nthLine } from '@/lib/analysis/diagnostic';
import type { JsonPath, Locate, SourceRange } from '@/lib/analysis/sourceMap';

/** A YAML or JSON text read with the positions of its values. */
export interface SourceDocument {
  text: string;
  data: unknown;
  /** Where a path's value (or, when absent, its closest written parent) starts: one line, 1-based. */
  locate: Locate;
  /** YAML/JSON syntax errors (1-based lines); rules do not run on a text that has any. */
  syntaxErrors: Array<{ line: number; column: number; message: string }>;
}

/** The first line of a range: a missing `description` under `info` marks the `info:` line, not the whole block. */
function firstLine(text: string, range: { start: { line: number; character: number }; end: { line: number; character: number } }): SourceRange {
  const line = range.start.line + 1;
  const startColumn = range.start.character + 1;
  const endColumn = range.end.line === range.start.line ? range.end.character + 1 : nthLine(text, line).length + 1;
  return { startLine: line, startColumn, endLine: line, endColumn: Math.max(endColumn, startColumn + 1) };
}

/**
 * Reads a document the way Spectral does (@stoplight/yaml, which also reads JSON), keeping the AST for
 * positions. Duplicate keys are reported by the parser pass, not here.
 */
export function readSource(text: string): SourceDocument {
  const parsed: YamlParserResult<unknown> = parseWithPointers(text, { ignoreDuplicateKeys: true, mergeKeys: true, preserveKeyOrder: false, attachComments: false });
  const syntaxErrors = parsed.diagnostics
    .filter((d) => d.severity === 0)
    .map((d) => ({ line: d.range.start.line + 1, column: d.range.start.character + 1, message: d.message }));
  const locate = (path: JsonPath): SourceRange | undefined => {
    const location = getLocationForJsonPath(parsed, [...path], true);
    return location ? firstLine(text, location.range) : undefined;
  };
  return { text, data: parsed.data, locate, syntaxErrors };
}
