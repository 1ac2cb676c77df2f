import type { Diagnostic, Severity } from '@/lib/analysis/diagnostic';
import type { JsonPath } from '@/lib/analysis/sourceMap';
import type { SourceDocument } from '../sourceDocument';

/** Codes of the problems a ruleset file can have; each is a row at its line in the ruleset. */
export type RulesetProblemCode =
  | 'ruleset-syntax'
  | 'ruleset-invalid'
  | 'ruleset-unknown-rule'
  | 'ruleset-unknown-function'
  | 'ruleset-function-options'
  | 'ruleset-invalid-jsonpath'
  | 'ruleset-unknown-format'
  | 'ruleset-unknown-alias'
  | 'ruleset-unsupported';

/** Collects problems in a ruleset file, placed where the offending value is written. */
export class RulesetProblems {
  readonly diagnostics: Diagnostic[] = [];

  constructor(
    private readonly file: string,
    readonly source: SourceDocument,
  ) {}

  add(at: JsonPath, code: RulesetProblemCode, message: string, severity: Severity = 'error'): void {
    const range = this.source.locate(at) ?? { startLine: 1, startColumn: 1, endLine: 1, endColumn: 2 };
    this.diagnostics.push({ severity, code, message, range, path: [...at], file: this.file, source: 'custom' });
  }

  lineOf(at: JsonPath): number {
    return this.source.locate(at)?.startLine ?? 1;
  }
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
