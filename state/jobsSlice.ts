import type { StateCreator } from 'zustand';
import type { DocumentFormat } from '@/lib/analysis/documentFormat';
import type { CodegenOutcome } from '@/lib/codegen/codegenOutcome';
import type { CodegenOptions, LanguageId } from '@/lib/codegen/languages';
import type { DocsExportFile, DocsExportFormat } from '@/lib/docs/exportDocs';
import type { Perspective } from '@/lib/convert/perspectives';
import type { AssistAnswer } from '@/workers/assistClient';
import type { JobOutcome } from '@/workers/jobClient';
import type { AssistRequest, ConvertedCheck, LabCheckRequest, LabCheckResponse, TextJobResult } from '@/workers/protocol';
import { withWorkspaceTexts } from './assistWorkspace';
import { activeFile } from './filesSlice';
import type { StudioServices } from './services';
import type { StudioState } from './studioState';

/** The active file's text written for a file, with the (file, version) it was prepared from. */
export interface PreparedSave {
  fileId: string;
  version: number;
  text: string;
  fileName: string;
  format: DocumentFormat;
}

/** A conversion of a file's text at one version; applying it checks the file is still at that version. */
/** The parser's verdict on a converted text, as the Convert dialog lists it. */
export type ConversionCheck = ConvertedCheck;

export type ConversionAnswer =
  | { state: 'failed'; message: string }
  | {
      state: 'ready';
      fileId: string;
      version: number;
      original: string;
      text: string;
      format: DocumentFormat;
      warnings: string[];
      /** The parser's verdict on the converted text (what the editor would show after Apply); absent if not checked. */
      check?: ConversionCheck;
    };

export interface ConversionRequest {
  target: string;
  perspective: Perspective;
  outputFormat: DocumentFormat;
}

/**
 * Actions that run a job in a worker. Each one captures what it acts on (file id, version, text)
 * before it awaits, and acts on that file when the answer comes, whatever is active by then.
 */
export interface JobsSlice {
  /** The active file's text for saving in `format` (its own when absent); null when it failed (the user was told). */
  prepareSave: (format?: DocumentFormat) => Promise<PreparedSave | null>;
  /** YAML ↔ JSON of the active file, applied as one undoable edit. */
  swapFormat: () => Promise<void>;
  /** Format Document: the worker rewrites `text` (the caller checks its editor model did not change meanwhile). */
  reformat: (text: string) => Promise<JobOutcome<TextJobResult>>;
  /** The active file converted to another AsyncAPI version; null when superseded by a newer request. */
  convertActive: (request: ConversionRequest) => Promise<ConversionAnswer | null>;
  /** Replaces the converted file's text, unless it changed since the conversion; says so either way. */
  applyConversion: (answer: Extract<ConversionAnswer, { state: 'ready' }>, target: string) => boolean;
  /** The documentation of the active file's last valid version; null when there is none or it failed (told). */
  exportDocs: (format: DocsExportFormat) => Promise<DocsExportFile | null>;
  generateCode: (documentJson: string, language: LanguageId, options: CodegenOptions, version: number) => Promise<JobOutcome<CodegenOutcome>>;
  checkExample: (request: Omit<LabCheckRequest, 'type' | 'id'>) => Promise<JobOutcome<LabCheckResponse>>;
  assist: (request: Omit<AssistRequest, 'type' | 'id'>) => Promise<AssistAnswer>;
}

/** A whole-text change made in bulk: the text before it is kept as a revision first (local history). */
function replaceInBulk(get: () => StudioState, fileId: string, version: number, text: string): boolean {
  if (get().files[fileId]?.version !== version) return false;
  void get().snapshot('before-bulk', fileId);
  return get().replaceFileText(fileId, version, text);
}

export const createJobsSlice =
  (services: StudioServices): StateCreator<StudioState, [['zustand/subscribeWithSelector', never]], [], JobsSlice> =>
  (_set, get) => ({
    prepareSave: async (format) => {
      const { id: fileId, version, text, format: current } = activeFile(get());
      const wanted = format ?? current;
      const outcome = await services.convert.prepareSave(version, { text, format: wanted });
      const { notify } = get();
      if (outcome.kind === 'superseded') return null;
      if (outcome.kind === 'failed') {
        notify('error', `The document was not saved: ${outcome.reason}`);
        return null;
      }
      if (!outcome.result.ok) {
        notify('error', `The document was not saved as ${wanted.toUpperCase()}: ${outcome.result.message}`);
        return null;
      }
      for (const warning of outcome.result.warnings ?? []) notify('warning', warning);
      void get().snapshot('saved', fileId);
      return { fileId, version, text: outcome.result.text, fileName: outcome.result.fileName, format: outcome.result.format };
    },
    swapFormat: async () => {
      const { id: fileId, version, text, format } = activeFile(get());
      const to = format === 'json' ? 'yaml' : 'json';
      const outcome = await services.convert.swapFormat(version, { text, to });
      const { notify } = get();
      if (outcome.kind === 'superseded') return;
      if (outcome.kind === 'failed' || !outcome.result.ok) {
        const reason = outcome.kind === 'failed' ? outcome.reason : outcome.result.ok ? '' : outcome.result.message;
        notify('error', `The document was not converted to ${to.toUpperCase()}: ${reason}`);
        return;
      }
      if (!replaceInBulk(get, fileId, version, outcome.result.text)) {
        notify('warning', 'The document changed meanwhile; its format was not switched. Try again.');
        return;
      }
      const notes = outcome.result.warnings.length > 0 ? ` ${outcome.result.warnings.join(' ')}` : '';
      notify(outcome.result.warnings.length > 0 ? 'warning' : 'info', `Now written as ${to.toUpperCase()}${to === 'json' ? ' (YAML comments are not kept)' : ''}. Undo brings the previous text back.${notes}`);
    },
    reformat: (text) => {
      // Format Document rewrites the whole text in the editor: keep the text before it.
      void get().snapshot('before-bulk');
      return services.convert.reformat(activeFile(get()).version, { text });
    },
    convertActive: async ({ target, perspective, outputFormat }) => {
      const { id: fileId, version, text } = activeFile(get());
      const outcome = await services.convert.convert(version, { text, target, perspective, outputFormat });
      if (outcome.kind === 'superseded') return null;
      if (outcome.kind === 'failed') return { state: 'failed', message: outcome.reason };
      if (!outcome.result.ok) return { state: 'failed', message: outcome.result.message };
      const { text: converted, format, warnings, check } = outcome.result;
      return { state: 'ready', fileId, version, original: text, text: converted, format, warnings, check };
    },
    applyConversion: (answer, target) => {
      const { notify } = get();
      if (!replaceInBulk(get, answer.fileId, answer.version, answer.text)) {
        notify('warning', 'The document changed while it was being converted; nothing was applied. Convert again.');
        return false;
      }
      notify('info', `Converted to AsyncAPI ${target}. Undo (Ctrl/Cmd+Z in the editor) brings the previous text back.`);
      return true;
    },
    exportDocs: async (format) => {
      const s = get();
      const lastValid = s.analyses[s.activeId]?.lastValid;
      const documentJson = lastValid?.views.documentJson;
      if (!lastValid || !documentJson) return null;
      const outcome = await services.docsExport.exportDocs(lastValid.version, documentJson, format);
      if (outcome.kind === 'done') return outcome.result;
      if (outcome.kind === 'failed') get().notify('error', `The documentation could not be exported: ${outcome.reason}`);
      return null;
    },
    generateCode: (documentJson, language, options, version) => services.codegen.generate({ version, documentJson, language, options }),
    checkExample: (request) => services.lab.check(request),
    assist: (request) => services.assist.request(withWorkspaceTexts(get(), request)),
  });
