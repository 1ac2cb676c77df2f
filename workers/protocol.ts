import type { AnalysisOutcome } from '@/lib/analysis/analyzeDocument';
import type { Diagnostic } from '@/lib/analysis/diagnostic';
import type { DocumentFormat } from '@/lib/analysis/documentFormat';
import type { ViewName } from '@/lib/analysis/derivedViews';

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

/* The convert worker: version upgrades, YAML↔JSON, YAML re-format and file preparation. */
export type TextFormatName = 'yaml' | 'json';

export interface ConvertRequest extends Versioned {
  type: 'convert';
  text: string;
  target: string;
  perspective: 'application' | 'client';
  /** Write the result in this format (the source's format when absent). */
  outputFormat?: TextFormatName;
}

export interface FormatSwapRequest extends Versioned {
  type: 'format-swap';
  text: string;
  to: TextFormatName;
}

/** Rewrites YAML from its data (Format Document); comments are not kept. */
export interface ReformatRequest extends Versioned {
  type: 'reformat';
  text: string;
}

/** The text to write to a file in `format`, and a file name from the document's title. */
export interface PrepareSaveRequest extends Versioned {
  type: 'prepare-save';
  text: string;
  format: TextFormatName;
}

export type TextJobResult = { ok: true; text: string; format: TextFormatName; warnings: string[] } | { ok: false; message: string };

export type SaveJobResult = { ok: true; text: string; fileName: string; format: TextFormatName } | { ok: false; message: string };

export interface TextJobResponse extends Versioned {
  type: 'text-result';
  job: 'convert' | 'format-swap' | 'reformat';
  result: TextJobResult;
}

export interface PrepareSaveResponse extends Versioned {
  type: 'prepare-save-result';
  result: SaveJobResult;
}

export type ConvertWorkerRequest = ConvertRequest | FormatSwapRequest | ReformatRequest | PrepareSaveRequest;
export type ConvertWorkerResponse = TextJobResponse | PrepareSaveResponse | JobErrorResponse;
