import type { AnalysisOutcome } from '@/lib/analysis/analyzeDocument';
import type { Diagnostic } from '@/lib/analysis/diagnostic';
import type { DocumentFormat } from '@/lib/analysis/documentFormat';
import type { ViewName } from '@/lib/analysis/derivedViews';
import type { DocsExportFile, DocsExportFormat } from '@/lib/docs/exportDocs';

/** Every message to and from the studio's workers. Both sides import these types; nothing else is posted. */

/** Every job names the document version its text belongs to; every answer repeats it. */
export interface Versioned {
  id: number;
  version: number;
}

export interface SyntaxRequest extends Versioned {
  type: 'syntax';
  text: string;
}

export interface AnalyzeRequest extends Versioned {
  type: 'analyze';
  text: string;
  /** Derived views the open panels need; others are not built. */
  wanted: ViewName[];
  /** Origins whose external $refs the user allowed the worker to fetch. */
  allowedOrigins: string[];
}

export interface SyntaxSummary {
  format: DocumentFormat;
  specVersion?: string;
  diagnostics: Diagnostic[];
}

export interface SyntaxResponse extends Versioned {
  type: 'syntax-result';
  result: SyntaxSummary;
}

export interface AnalyzeResponse extends Versioned {
  type: 'analyze-result';
  result: AnalysisOutcome;
  /** Milliseconds the worker spent, for the benchmark and the status tooltip. */
  elapsedMs: number;
}

/** The job itself threw (a bug or a library failure): an ordinary answer, not a crash. */
export interface JobErrorResponse extends Versioned {
  type: 'job-error';
  message: string;
}

export type SyntaxWorkerRequest = SyntaxRequest;
export type SyntaxWorkerResponse = SyntaxResponse | JobErrorResponse;
export type AnalysisWorkerRequest = AnalyzeRequest;
export type AnalysisWorkerResponse = AnalyzeResponse | JobErrorResponse;

/** Documentation export of the last valid version, from the analysis worker's `stringify(document)`. */
export interface DocsExportRequest extends Versioned {
  type: 'export-docs';
  documentJson: string;
  format: DocsExportFormat;
}

export interface DocsExportResponse extends Versioned {
  type: 'export-docs-result';
  file: DocsExportFile;
}

export type DocsExportWorkerRequest = DocsExportRequest;
export type DocsExportWorkerResponse = DocsExportResponse | JobErrorResponse;
