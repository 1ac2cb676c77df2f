import { SEVERITY_RANK } from '@/lib/analysis/diagnostic';
import type { Diagnostic, Severity } from '@/lib/analysis/diagnostic';

/** What the problems list shows: the severities the user keeps on, and a text to search for. */
export interface ProblemFilter {
  shown: Readonly<Record<Severity, boolean>>;
  query: string;
}

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'hint'];

/** The workspace path of the file a problem is in (the analysed document when the problem names none). */
export function fileOf(diagnostic: Diagnostic, activePath: string): string {
  return diagnostic.file ?? activePath;
}

export function filterProblems(diagnostics: readonly Diagnostic[], filter: ProblemFilter, activePath: string): Diagnostic[] {
  const query = filter.query.trim().toLowerCase();
  return diagnostics.filter((d) => {
    if (!filter.shown[d.severity]) return false;
    if (!query) return true;
    return [d.message, d.code, fileOf(d, activePath)].some((text) => text.toLowerCase().includes(query));
  });
}

/**
 * The list's order: errors first, then warnings, infos and hints, each in the order given (by line). An error
 * of a large document otherwise sat among hundreds of warnings, or past the rows the list shows.
 */
export function bySeverity(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
}

export interface ProblemGroup {
  file: string;
  problems: Diagnostic[];
}

/** Problems by file, the active document first, then the others by path; each keeps its order. */
export function groupByFile(diagnostics: readonly Diagnostic[], activePath: string): ProblemGroup[] {
  const groups = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    const file = fileOf(d, activePath);
    groups.set(file, [...(groups.get(file) ?? []), d]);
  }
  return [...groups.entries()]
    .map(([file, problems]) => ({ file, problems }))
    .sort((a, b) => (a.file === activePath ? -1 : b.file === activePath ? 1 : a.file.localeCompare(b.file)));
}

const before = (a: { line: number; column: number }, b: { line: number; column: number }) => a.line < b.line || (a.line === b.line && a.column < b.column);

/**
 * The next (or previous) problem of the active document from the cursor, wrapping around at the end,
 * as VS Code's F8 / Shift+F8 go.
 */
export function nextProblem(
  diagnostics: readonly Diagnostic[],
  activePath: string,
  cursor: { line: number; column: number },
  direction: 1 | -1,
): Diagnostic | undefined {
  const here = diagnostics
    .filter((d) => fileOf(d, activePath) === activePath)
    .map((d) => ({ d, at: { line: d.range.startLine, column: d.range.startColumn } }))
    .sort((a, b) => a.at.line - b.at.line || a.at.column - b.at.column);
  if (here.length === 0) return undefined;
  if (direction === 1) return (here.find((p) => before(cursor, p.at)) ?? here[0])!.d;
  return ([...here].reverse().find((p) => before(p.at, cursor)) ?? here[here.length - 1])!.d;
}
