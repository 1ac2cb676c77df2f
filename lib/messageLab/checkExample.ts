import { getLocationForJsonPath, parseWithPointers } from '@stoplight/yaml';
import { createValidator } from './createValidator';
import type { LabSchema } from './createValidator';
import type { Violation } from './violation';

/** A violation placed in the example's text (1-based), so the lab can underline it. */
export interface PlacedViolation extends Violation {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export type ExampleCheck =
  | { state: 'empty' }
  | { state: 'unreadable'; message: string; line: number }
  | { state: 'checked'; violations: PlacedViolation[] };

/** Reads example text (JSON or YAML — YAML reads both) and validates it against the schema. */
export function checkExample(text: string, schema: LabSchema | undefined): ExampleCheck {
  if (text.trim() === '') return { state: 'empty' };
  const parsed = parseWithPointers<unknown>(text, { json: true, mergeKeys: true });
  const syntaxError = parsed.diagnostics.find((d) => d.severity === 0);
  if (syntaxError) return { state: 'unreadable', message: syntaxError.message, line: syntaxError.range.start.line + 1 };
  if (!schema) return { state: 'checked', violations: [] };
  const violations = createValidator(schema)(parsed.data).map((violation): PlacedViolation => {
    // A missing property has no place of its own: point at the object that lacks it.
    const location = getLocationForJsonPath(parsed, violation.path, true) ?? getLocationForJsonPath(parsed, [], true);
    const start = location?.range.start ?? { line: 0, character: 0 };
    const end = location?.range.end ?? start;
    return { ...violation, line: start.line + 1, column: start.character + 1, endLine: end.line + 1, endColumn: Math.max(end.character + 1, start.character + 2) };
  });
  return { state: 'checked', violations };
}
