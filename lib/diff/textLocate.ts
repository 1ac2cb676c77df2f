import { getLocationForJsonPath, parseWithPointers } from '@stoplight/yaml';
import type { JsonPath, Locate, SourceRange } from '@/lib/analysis/sourceMap';

/**
 * A Locate over a text as written (YAML or JSON), for the sides the parser did not accept and for
 * a 2.x text whose upgrade is what gets compared. Ranges are 1-based, like Monaco.
 */
export function textLocate(text: string): Locate {
  const parsed = parseWithPointers<unknown>(text, { json: false });
  return (path: JsonPath): SourceRange | undefined => {
    const location = getLocationForJsonPath(parsed, path.map(String), false);
    if (!location) return undefined;
    const { start, end } = location.range;
    return { startLine: start.line + 1, startColumn: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 };
  };
}
