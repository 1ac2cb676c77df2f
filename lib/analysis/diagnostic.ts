import type { SourceRange } from './sourceMap';

export type Severity = 'error' | 'warning' | 'info' | 'hint';

/** Who produced a problem: the AsyncAPI parser (and the studio's own checks), the rule catalogue, or the user's ruleset. */
export type DiagnosticSource = 'parser' | 'rules' | 'custom';

/** Another place that matters to a problem, e.g. the `$ref` that pulls a broken definition in. */
export interface RelatedLocation {
  /** Workspace path of the file; absent: the same file as the problem. */
  file?: string;
  range: SourceRange;
  message: string;
}

/** One problem in the document, as plain data (it crosses the worker boundary). Lines are 1-based. */
export interface Diagnostic {
  severity: Severity;
  message: string;
  /** The rule or check that produced it, e.g. 'yaml-syntax' or the parser's rule code. */
  code: string;
  range: SourceRange;
  /** JSON path of the offending value, when known. */
  path?: ReadonlyArray<string | number>;
  /** Workspace path of the file the problem is in; absent: the analysed document itself. */
  file?: string;
  /** Absent means 'parser'. */
  source?: DiagnosticSource;
  related?: RelatedLocation[];
  /** Facts a quick fix needs, e.g. { origin, host, url } of an external $ref that was not fetched. */
  data?: Readonly<Record<string, string>>;
}

export interface SeverityCounts {
  error: number;
  warning: number;
  info: number;
  hint: number;
}

export function countBySeverity(diagnostics: ReadonlyArray<Diagnostic>): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const d of diagnostics) counts[d.severity] += 1;
  return counts;
}

/** A range covering one whole line (used when a check knows only the line). */
export function lineRange(line: number, text?: string): SourceRange {
  const safeLine = Math.max(1, line);
  let endColumn = 1;
  if (text !== undefined) {
    const content = nthLine(text, safeLine);
    endColumn = Math.min(content.length, 2000) + 1;
  }
  return { startLine: safeLine, startColumn: 1, endLine: safeLine, endColumn: Math.max(endColumn, 2) };
}

/** The text of a 1-based line without scanning the whole document into an array. */
export function nthLine(text: string, line: number): string {
  let start = 0;
  for (let i = 1; i < line; i++) {
    const next = text.indexOf('\n', start);
    if (next === -1) return '';
    start = next + 1;
  }
  const end = text.indexOf('\n', start);
  return text.slice(start, end === -1 ? undefined : end).replace(/\r$/, '');
}

/** 1-based line and column of a character offset. */
export function positionAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const limit = Math.min(offset, text.length);
  for (let i = text.indexOf('\n'); i !== -1 && i < limit; i = text.indexOf('\n', i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return { line, column: limit - lineStart + 1 };
}

/** Most serious first. */
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2, hint: 3 };

export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.sort(
    (a, b) => a.range.startLine - b.range.startLine || SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || a.range.startColumn - b.range.startColumn,
  );
}
