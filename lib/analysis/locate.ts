import type { JsonPath, Locate, SourceRange } from './sourceMap';

/** The part of Spectral's parsed document that knows where each JSON path sits in the text. */
export interface RangeSource {
  getRangeForJsonPath(path: Array<string | number>, closest?: boolean):
    | { start: { line: number; character: number }; end: { line: number; character: number } }
    | undefined;
}

/** Builds a Locate over the parser's source document (its ranges are 0-based; ours are 1-based). */
export function createLocate(source: RangeSource): Locate {
  return (path: JsonPath): SourceRange | undefined => {
    const range = source.getRangeForJsonPath([...path], false);
    if (!range) return undefined;
    return {
      startLine: range.start.line + 1,
      startColumn: range.start.character + 1,
      endLine: range.end.line + 1,
      endColumn: range.end.character + 1,
    };
  };
}
