import type { AnalysisOutcome } from '@/lib/analysis/analyzeDocument';
import type { Diagnostic } from '@/lib/analysis/diagnostic';
import type { DocumentFormat } from '@/lib/analysis/documentFormat';
import type { ViewName } from '@/lib/analysis/derivedViews';
import type { LabSchema } from '@/lib/messageLab/createValidator';
import type { ExampleCheck } from '@/lib/messageLab/checkExample';
import type { Suggestion } from '@/lib/editorIntel/yamlAssist';
import type { SourceRange } from '@/lib/analysis/sourceMap';
import type { DocsExportFile, DocsExportFormat } from '@/lib/docs/exportDocs';
import type { CodegenOptions, LanguageId } from '@/lib/codegen/languages';
import type { CodegenOutcome } from '@/lib/codegen/codegenOutcome';
import type { CompareOutcome } from '@/lib/diff/compareTexts';
import type { CustomRulesetText, GovernanceOutcome } from '@/lib/governance/runGovernance';
import type { RuleSettings } from '@/lib/governance/effectiveRules';
import type { WorkspaceFacts, WorkspaceFileEntry } from '@/lib/workspace/types';
import type { BundleFormat, BundleResult } from '@/lib/workspace/bundle';
import type { LiveCheckInput, ReceivedVerdict } from '@/lib/live/validateReceived';
import type { EditJob, EditJobResult } from '@/lib/edit/editJobs';
import type { GraphLayout, LayoutInput } from '@/lib/graph/elkLayout';

/** Every message to and from the studio's workers. Both sides import these types; nothing else is posted. */

/** Every job names the document version its text belongs to; every answer repeats it. */
export interface Versioned {
  id: number;
  version: number;
}

/** Analysis jobs name the workspace file they are for; results are kept per (file, version). */
export interface FileJob {
  fileId: string;
}

export interface SyntaxRequest extends Versioned, FileJob {
  type: 'syntax';
  text: string;
}

export interface AnalyzeRequest extends Versioned, FileJob {
  type: 'analyze';
  text: string;
  /** Derived views the open panels need; others are not built. */
  wanted: ViewName[];
  /** Origins whose external $refs the user allowed the worker to fetch. */
  allowedOrigins: string[];
  /** The workspace the document belongs to; absent: a lone document, whose file refs are refused. */
  workspace?: AnalysisWorkspace;
}

/**
 * The files a document's relative $refs may read. The worker keeps the texts it was sent, by path and version,
 * so `files` lists every workspace file but carries `text` only for versions the worker may not hold; when it
 * lacks one it answers `analyze-needs-files` instead of a result.
 */
export interface AnalysisWorkspace {
  /** Workspace path of the analysed document (its text is the request's `text`). */
  documentPath: string;
  files: WorkspaceFileEntry[];
}

export interface SyntaxSummary {
  format: DocumentFormat;
  specVersion?: string;
  /**
   * `syntax`: the text does not read (YAML/JSON errors, a guard refused it), the diagnostics say why.
   * `structure`: it reads; the diagnostics are the version's JSON Schema errors (none when it passes).
   */
  stage: 'syntax' | 'structure';
  diagnostics: Diagnostic[];
}

export interface SyntaxResponse extends Versioned, FileJob {
  type: 'syntax-result';
  result: SyntaxSummary;
}

export interface AnalyzeResponse extends Versioned, FileJob {
  type: 'analyze-result';
  result: AnalysisOutcome;
  /** Milliseconds the worker spent, for the benchmark and the status tooltip. */
  elapsedMs: number;
  /** For a request with a workspace: the files the document depends on. */
  workspace?: WorkspaceFacts;
}

/** The worker lacks the current text of these workspace files: send the same request again with their texts. */
export interface AnalyzeNeedsFilesResponse extends Versioned, FileJob {
  type: 'analyze-needs-files';
  paths: string[];
}

/** The job itself threw (a bug or a library failure): an ordinary answer, not a crash. */
export interface JobErrorResponse extends Versioned {
  type: 'job-error';
  message: string;
}

/** Posted once by every worker when its modules have loaded; job time limits count from here. */
export interface ReadyMessage {
  type: 'ready';
}

export const READY: ReadyMessage = { type: 'ready' };

export type SyntaxWorkerRequest = SyntaxRequest;
export type SyntaxWorkerResponse = SyntaxResponse | JobErrorResponse;
export type AnalysisWorkerRequest = AnalyzeRequest;
export type AnalysisWorkerResponse = AnalyzeResponse | AnalyzeNeedsFilesResponse | JobErrorResponse;

/** The message lab: check example payload and headers text against a message's schemas. */
export interface LabCheckRequest extends Versioned {
  type: 'lab-check';
  payloadText: string;
  headersText: string;
  payloadSchema?: LabSchema;
  headersSchema?: LabSchema;
}

export interface LabCheckResponse extends Versioned {
  type: 'lab-result';
  payload: ExampleCheck;
  headers: ExampleCheck;
}

/** The Try panel: a batch of live messages, each checked against its channel's candidate messages (validateReceived). */
export interface LiveCheckRequest extends Versioned {
  type: 'live-check';
  batch: LiveCheckInput;
}

export interface LiveCheckResponse extends Versioned {
  type: 'live-check-result';
  verdicts: ReceivedVerdict[];
}

export type LabWorkerRequest = LabCheckRequest | LiveCheckRequest;
export type LabWorkerResponse = LabCheckResponse | LiveCheckResponse | JobErrorResponse;

/** Editor assistance for YAML documents: completion and hover from the spec's JSON Schema. */
export interface AssistRequest extends Versioned {
  type: 'assist';
  op: 'complete' | 'hover' | 'definition' | 'references' | 'rename' | 'rename-location';
  /** For rename: the component's new name. */
  newName?: string;
  /** The document; for completion only from its start to the end of the cursor's line. */
  text: string;
  line: number;
  column: number;
  /** The document's workspace path and the texts of the other files navigation may need (by path). */
  workspace?: { documentPath: string; files: Record<string, string> };
}

export interface AssistResponse extends Versioned {
  type: 'assist-result';
  suggestions: Suggestion[];
  hover?: string;
  /** `file`: the workspace path of another file (absent: the document itself). */
  locations?: Array<SourceRange & { file?: string }>;
  /**
   * For rename: the edits, or none when the cursor is not on a component's key or a $ref to one (`file`: in another
   * workspace file). For rename-location: one entry, the component's name under the cursor and its range (what the
   * rename box starts with), or none.
   */
  edits?: Array<{ range: SourceRange; text: string; file?: string }>;
}

export type AssistWorkerRequest = AssistRequest;
export type AssistWorkerResponse = AssistResponse | JobErrorResponse;

/* The convert worker: version upgrades, YAML↔JSON, YAML re-format and file preparation. */
export type TextFormatName = DocumentFormat;

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

/** Re-indents YAML (Format Document), keeping comments, anchors and aliases. */
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

/** The parser's verdict on a converted text, before it is applied: what the editor would show after Apply. */
export interface ConvertedCheck {
  /** True when the parser accepts the converted document (no error). */
  valid: boolean;
  /** Its errors and warnings, lines in the converted text, sorted by line. */
  problems: Diagnostic[];
}

export type TextJobResult =
  | { ok: true; text: string; format: TextFormatName; warnings: string[]; /** Convert jobs only. */ check?: ConvertedCheck }
  | { ok: false; message: string };

export type SaveJobResult =
  | { ok: true; text: string; fileName: string; format: TextFormatName; /** E.g. YAML aliases written out in full. */ warnings?: string[] }
  | { ok: false; message: string };

export interface TextJobResponse extends Versioned {
  type: 'text-result';
  job: 'convert' | 'format-swap' | 'reformat';
  result: TextJobResult;
}

export interface PrepareSaveResponse extends Versioned {
  type: 'prepare-save-result';
  result: SaveJobResult;
}

/** Files zipped at their workspace paths (the whole workspace, or the files changed since the folder was read). */
export interface ZipRequest extends Versioned {
  type: 'zip';
  files: Array<{ path: string; text: string }>;
}

export interface ZipResponse extends Versioned {
  type: 'zip-result';
  result: { ok: true; bytes: Uint8Array } | { ok: false; message: string };
}

export type ConvertWorkerRequest = ConvertRequest | FormatSwapRequest | ReformatRequest | PrepareSaveRequest | BundleRequest | ZipRequest;
export type ConvertWorkerResponse = TextJobResponse | PrepareSaveResponse | BundleResponse | ZipResponse | JobErrorResponse;

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

/** Code generation: typed models of the document's message payloads and schemas, in one language. */
export interface CodegenRequest extends Versioned {
  type: 'codegen';
  /** The analysis worker's `stringify(document)` of the last valid version. */
  documentJson: string;
  language: LanguageId;
  options: CodegenOptions;
}

export interface CodegenResponse extends Versioned {
  type: 'codegen-result';
  result: CodegenOutcome;
  elapsedMs: number;
}

export type CodegenWorkerRequest = CodegenRequest;
export type CodegenWorkerResponse = CodegenResponse | JobErrorResponse;

/** Comparison of two texts (issue 20): changes classified by direction, a changelog and a version suggestion. */
export interface CompareRequest extends Versioned {
  type: 'compare';
  /** The base (a revision, another file) and the document compared with it, usually the active one. */
  oldText: string;
  newText: string;
  oldLabel?: string;
  newLabel?: string;
  /** Origins whose external $refs the user allowed the worker to fetch. */
  allowedOrigins: string[];
}

export interface CompareResponse extends Versioned {
  type: 'compare-result';
  result: CompareOutcome;
  elapsedMs: number;
}

export type CompareWorkerRequest = CompareRequest;
export type CompareWorkerResponse = CompareResponse | JobErrorResponse;

/** Governance: the rule catalogue and the workspace's ruleset over one document, a pass after (and apart from) the parser's. */
export interface GovernanceRequest extends Versioned {
  type: 'governance';
  /** The document's text (YAML or JSON). */
  text: string;
  /** Workspace path of the document, written into each problem's `file`. */
  file?: string;
  /** The workspace's per-rule choices: a severity, or 'off'. */
  settings: RuleSettings;
  /** The `.spectral.yaml`/`.spectral.json` that applies to the document, if any. */
  customRuleset?: CustomRulesetText;
}

export interface GovernanceResponse extends Versioned {
  type: 'governance-result';
  result: GovernanceOutcome;
  elapsedMs: number;
}

export type GovernanceWorkerRequest = GovernanceRequest;
export type GovernanceWorkerResponse = GovernanceResponse | JobErrorResponse;

/** The example check: every message example against its schemas, on one document text, apart from the parser's pass. */
export interface ExamplesRequest extends Versioned {
  type: 'examples';
  text: string;
  /** Origins whose http(s) $refs may be read (as for the analysis). */
  allowedOrigins: string[];
  /**
   * For a document analysed in its workspace: its path and the files its $refs reach (as the analysis found
   * them), each with its text; other paths read as absent. Absent: a lone document.
   */
  workspace?: AnalysisWorkspace;
}

export interface ExamplesResponse extends Versioned {
  type: 'examples-result';
  diagnostics: Diagnostic[];
  elapsedMs: number;
}

export type ExamplesWorkerRequest = ExamplesRequest;
export type ExamplesWorkerResponse = ExamplesResponse | JobErrorResponse;

/** A document with its external $refs pulled in, as one file (lib/workspace/bundle.ts); for a worker the lead picks. */
export interface BundleRequest extends Versioned {
  type: 'bundle';
  documentPath: string;
  /** Every workspace file the document may reach, with its text. */
  files: Array<{ path: string; text: string }>;
  format: BundleFormat;
}

export interface BundleResponse extends Versioned {
  type: 'bundle-result';
  result: BundleResult;
}

/** Visual editing (issue 18): plans, forms, field checks, references and the guide (lib/edit/editJobs). */
export interface EditRequest extends Versioned {
  type: 'edit';
  job: EditJob;
}

export interface EditResponse extends Versioned {
  type: 'edit-result';
  result: EditJobResult;
}

export type EditWorkerRequest = EditRequest;
export type EditWorkerResponse = EditResponse | JobErrorResponse;

/** The visualizer's layout (issue 16 item 6, issue 15 item 6): its own worker and time limit, apart from the analysis. */
export interface LayoutRequest extends Versioned {
  type: 'layout';
  input: LayoutInput;
  /** A first picture in milliseconds (lib/graph/quickLayout.ts) instead of ELK's. */
  quick?: boolean;
}

export interface LayoutResponse extends Versioned {
  type: 'layout-result';
  layout: GraphLayout;
  elapsedMs: number;
}

export type LayoutWorkerRequest = LayoutRequest;
export type LayoutWorkerResponse = LayoutResponse | JobErrorResponse;
