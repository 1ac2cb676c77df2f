import type { Diagnostic } from '@/lib/analysis/diagnostic';
import { ORIGINS_INPUT, workspaceStamp } from '@/workers/analysisClient';
import type { WorkspaceInputFile } from '@/workers/analysisClient';
import type { FileAnalysis } from './analysisSlice';
import { isAsyncApiFile } from './folderSlice';
import type { StudioFile } from './filesSlice';
import type { StudioState } from './studioState';

type PathEntry = Pick<WorkspaceInputFile, 'id' | 'version' | 'skipped'>;

// Rebuilt only when the files or the folder change (not per selector call).
const indexes = new WeakMap<object, { folder: StudioState['folder']; byPath: Map<string, PathEntry> }>();

function pathIndex(s: Pick<StudioState, 'files' | 'folder'>): Map<string, PathEntry> {
  const known = indexes.get(s.files);
  if (known && known.folder === s.folder) return known.byPath;
  const byPath = new Map<string, PathEntry>();
  for (const skipped of s.folder?.skipped ?? []) byPath.set(skipped.path, { version: 0, skipped: { reason: skipped.reason, size: skipped.size } });
  for (const file of Object.values(s.files)) byPath.set(file.path, { id: file.id, version: file.version });
  indexes.set(s.files, { folder: s.folder, byPath });
  return byPath;
}

/** What a workspace path holds now, in the stamps the analysis client records. */
export function currentStamp(s: Pick<StudioState, 'files' | 'folder'>, path: string): string {
  return workspaceStamp(pathIndex(s).get(path));
}

/** The workspace files as the analysis worker reads them (texts by reference: nothing is copied here). */
export function workspaceInputFiles(s: Pick<StudioState, 'files' | 'folder'>): WorkspaceInputFile[] {
  const files: WorkspaceInputFile[] = Object.values(s.files).map((f) => ({ id: f.id, path: f.path, version: f.version, text: f.text }));
  for (const skipped of s.folder?.skipped ?? []) files.push({ path: skipped.path, version: 0, skipped: { reason: skipped.reason, size: skipped.size } });
  return files;
}

/** A document is analysed against its workspace once there is one (a folder, or more than one file). */
export function usesWorkspace(s: Pick<StudioState, 'files' | 'folder'>): boolean {
  return s.folder !== null || Object.keys(s.files).length > 1;
}

/**
 * Whether a file's analysis describes the workspace as it is now: its own version, and every file its $refs
 * reached (and the allowed origins, when it reaches remote refs) unchanged since.
 */
export function isAnalysisCurrent(s: StudioState, id: string): boolean {
  const file = s.files[id];
  const analysis = s.analyses[id]?.analysis;
  if (!file || analysis?.version !== file.version) return false;
  const inputs = analysis.workspace?.inputs;
  if (!inputs) return true;
  for (const [path, stamp] of Object.entries(inputs)) {
    const now = path === ORIGINS_INPUT ? s.settings.allowedRefOrigins.join(' ') : currentStamp(s, path);
    if (now !== stamp) return false;
  }
  return true;
}

/** Files whose last analysis reached `path` through their $refs. */
export function dependentsOf(s: Pick<StudioState, 'analyses' | 'files'>, path: string): string[] {
  return Object.entries(s.analyses)
    .filter(([id, a]) => id in s.files && a.analysis?.workspace?.dependencies.includes(path))
    .map(([id]) => id);
}

/**
 * A file that is not an AsyncAPI document but part of one (a messages or schemas file): analysed through the
 * documents that reference it, never on its own (the parser would only say "not an AsyncAPI document").
 */
export function isFragment(s: Pick<StudioState, 'analyses' | 'files'>, file: StudioFile): boolean {
  if (isAsyncApiFile(file)) return false;
  return file.inFolder === true || dependentsOf(s, file.path).length > 0;
}

function keyOf(d: Diagnostic): string {
  const r = d.range;
  return `${d.severity}|${d.code}|${r.startLine}:${r.startColumn}-${r.endLine}:${r.endColumn}|${d.message}`;
}

/** The lists that make up a file's problems: its own, and from each current analysis of a document using it. */
function contributions(s: StudioState, file: StudioFile, own: Diagnostic[]): Diagnostic[][] {
  const lists = [own];
  const stamp = workspaceStamp({ id: file.id, version: file.version });
  for (const [id, a] of Object.entries(s.analyses)) {
    if (id === file.id) continue;
    const analysis = a.analysis;
    if (!analysis?.workspace || analysis.workspace.inputs[file.path] !== stamp || analysis.version !== s.files[id]?.version) continue;
    if (analysis.outcome.diagnostics.some((d) => d.file === file.path)) lists.push(analysis.outcome.diagnostics);
  }
  return lists;
}

let memo: { lists: Diagnostic[][]; path: string; merged: Diagnostic[] } | null = null;

/**
 * A file's problems: its own diagnostics (`own`, which may name other files too), plus what the current
 * analyses of the documents that use it said about it, without duplicates. Returns `own` itself when nothing
 * is added, and the same array while its inputs are the same (a selector's result must be stable).
 */
export function withDependentsDiagnostics(s: StudioState, file: StudioFile, own: Diagnostic[]): Diagnostic[] {
  const lists = contributions(s, file, own);
  if (lists.length === 1) return own;
  if (memo && memo.path === file.path && memo.lists.length === lists.length && memo.lists.every((l, i) => l === lists[i])) return memo.merged;
  const seen = new Set(own.filter((d) => d.file === undefined || d.file === file.path).map(keyOf));
  const merged = [...own];
  for (const list of lists.slice(1)) {
    for (const d of list) {
      if (d.file !== file.path) continue;
      const key = keyOf(d);
      if (seen.has(key)) continue;
      seen.add(key);
      merged.push(d);
    }
  }
  memo = { lists, path: file.path, merged };
  return merged;
}

const markerMemo = new WeakMap<Diagnostic[], { path: string; inFile: Diagnostic[] }>();

/** The problems located in the file itself (its markers): another file's rows stay in the problems list only. */
export function inFile(diagnostics: Diagnostic[], path: string): Diagnostic[] {
  if (diagnostics.every((d) => d.file === undefined || d.file === path)) return diagnostics;
  const known = markerMemo.get(diagnostics);
  if (known?.path === path) return known.inFile;
  const result = diagnostics.filter((d) => d.file === undefined || d.file === path);
  markerMemo.set(diagnostics, { path, inFile: result });
  return result;
}

export type FileVerdict = 'valid' | 'invalid' | 'failed' | 'fragment' | 'unknown';

function verdictOf(analysis: FileAnalysis | undefined, version: number): FileVerdict {
  if (analysis?.failure?.version === version) return 'failed';
  if (analysis?.analysis?.version !== version) return 'unknown';
  return analysis.analysis.outcome.diagnostics.some((d) => d.severity === 'error') ? 'invalid' : 'valid';
}

/** A tree item's mark: the verdict of the file's analysis at its current version. */
export const selectFileVerdict = (id: string) => (s: StudioState): FileVerdict => {
  const file = s.files[id];
  if (!file) return 'unknown';
  if (!isAsyncApiFile(file) && file.inFolder) return 'fragment';
  return verdictOf(s.analyses[id], file.version);
};
