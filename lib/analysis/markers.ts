import type { Diagnostic, Severity } from './diagnostic';

/** Monaco's MarkerSeverity values (monaco.MarkerSeverity), kept here so this module needs no Monaco import. */
export const MARKER_SEVERITY: Record<Severity, number> = { hint: 1, info: 2, warning: 4, error: 8 };

/** Monaco's IRelatedInformation; `R` is its Uri type (this module imports no Monaco). */
export interface RelatedMarkerData<R> {
  resource: R;
  message: string;
  startLineNumber: number;
  startColumn: number;
  endLineNumber: number;
  endColumn: number;
}

export interface MarkerData<R = unknown> {
  severity: number;
  message: string;
  source: string;
  code: string;
  startLineNumber: number;
  startColumn: number;
  endLineNumber: number;
  endColumn: number;
  relatedInformation?: RelatedMarkerData<R>[];
}

/**
 * Diagnostics (1-based) to Monaco marker data (also 1-based); the one place this mapping lives.
 * Given the model's `resource`, a problem's related locations in the same file (e.g. the `$ref`s that use a
 * broken component) become the marker's related information.
 */
export function toMarkers<R>(diagnostics: ReadonlyArray<Diagnostic>, resource?: R): MarkerData<R>[] {
  return diagnostics.map((d) => {
    const marker: MarkerData<R> = {
      severity: MARKER_SEVERITY[d.severity],
      message: d.message,
      source: 'AsyncAPI',
      code: d.code,
      startLineNumber: d.range.startLine,
      startColumn: d.range.startColumn,
      endLineNumber: d.range.endLine,
      endColumn: d.range.endColumn,
    };
    const related = resource === undefined ? [] : (d.related ?? []).filter((r) => r.file === undefined);
    if (related.length > 0) {
      marker.relatedInformation = related.map((r) => ({
        resource: resource!,
        message: r.message,
        startLineNumber: r.range.startLine,
        startColumn: r.range.startColumn,
        endLineNumber: r.range.endLine,
        endColumn: r.range.endColumn,
      }));
    }
    return marker;
  });
}
