import type { Diagnostic, Severity } from './diagnostic';

/** Monaco's MarkerSeverity values (monaco.MarkerSeverity), kept here so this module needs no Monaco import. */
export const MARKER_SEVERITY: Record<Severity, number> = { hint: 1, info: 2, warning: 4, error: 8 };

export interface MarkerData {
  severity: number;
  message: string;
  source: string;
  code: string;
  startLineNumber: number;
  startColumn: number;
  endLineNumber: number;
  endColumn: number;
}

/** Diagnostics (1-based) to Monaco marker data (also 1-based); the one place this mapping lives. */
export function toMarkers(diagnostics: ReadonlyArray<Diagnostic>): MarkerData[] {
  return diagnostics.map((d) => ({
    severity: MARKER_SEVERITY[d.severity],
    message: d.message,
    source: 'AsyncAPI',
    code: d.code,
    startLineNumber: d.range.startLine,
    startColumn: d.range.startColumn,
    endLineNumber: d.range.endLine,
    endColumn: d.range.endColumn,
  }));
}
