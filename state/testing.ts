import type { AnalysisOutcome } from '@/lib/analysis/analyzeDocument';
import type { Diagnostic } from '@/lib/analysis/diagnostic';
import { activeFile, workspaceDocuments } from './filesSlice';
import type { StudioStore } from './store';

/** Small vocabulary for state tests (STYLE 26): read the active file, answer as the workers would. */
export const active = (store: StudioStore) => activeFile(store.getState());
export const textsOf = (store: StudioStore) => workspaceDocuments(store.getState()).map((d) => d.text);
export const pathsOf = (store: StudioStore) => workspaceDocuments(store.getState()).map((d) => d.path);

export function outcome(diagnostics: Diagnostic[] = [], valid = diagnostics.length === 0): AnalysisOutcome {
  return { format: 'yaml', specVersion: '3.0.0', stage: 'parser', diagnostics, valid, views: { documentJson: valid ? '{}' : undefined } };
}

/** The analysis worker's answer for a file at a version (the active file at its current version by default). */
export function answerAnalysis(store: StudioStore, result: AnalysisOutcome, at: { fileId?: string; version?: number } = {}): void {
  const fileId = at.fileId ?? store.getState().activeId;
  const version = at.version ?? store.getState().files[fileId]!.version;
  store.getState().receiveAnalysis({ type: 'analyze-result', id: 1, fileId, version, result, elapsedMs: 1 });
}

/** The fast pass's answer: by default the text does not read (`syntax`); `structure` for schema errors of a text that does. */
export function answerSyntax(store: StudioStore, diagnostics: Diagnostic[], at: { fileId?: string; version?: number; stage?: 'syntax' | 'structure' } = {}): void {
  const fileId = at.fileId ?? store.getState().activeId;
  const version = at.version ?? store.getState().files[fileId]!.version;
  store.getState().receiveSyntax({ type: 'syntax-result', id: 1, fileId, version, result: { format: 'yaml', stage: at.stage ?? 'syntax', diagnostics } });
}
