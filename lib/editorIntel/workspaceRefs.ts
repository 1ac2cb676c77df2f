import { formatPointer } from '@/lib/jsonPointer/jsonPointer';
import type { SourceRange } from '@/lib/analysis/sourceMap';
import { scanRefs } from '@/lib/workspace/refScan';
import type { RefOccurrence } from '@/lib/workspace/refScan';
import { pointerKeys, resolveRef } from '@/lib/workspace/workspacePath';
import { definitionOf } from './refs';
import { yamlKeyAt } from './yamlContext';

/** The document under the cursor and the texts of other workspace files the request may need (by path). */
export interface WorkspaceTexts {
  documentPath: string;
  files: Readonly<Record<string, string>>;
}

/** A place in a workspace file; `file` absent: the document itself. */
export type FileRange = SourceRange & { file?: string };

/** A spot a $ref can point at: a file and a JSON pointer inside it ('' = the whole file). */
interface Target {
  path: string;
  pointer: string;
}

const contains = (r: SourceRange, line: number, column: number) =>
  line >= r.startLine && line <= r.endLine && (line !== r.startLine || column >= r.startColumn) && (line !== r.endLine || column <= r.endColumn);

/** A scanned ref's value without the quotes scanRefs may include in its range. */
function refOnCursor(text: string, line: number, column: number): RefOccurrence | undefined {
  return scanRefs(text).find((ref) => contains(ref.range, line, column));
}

function targetOf(from: string, value: string): Target | undefined {
  const target = resolveRef(from, value);
  if (target.kind === 'local') return { path: from, pointer: target.pointer };
  if (target.kind === 'file') return { path: target.path, pointer: target.pointer };
  return undefined;
}

function textOf(ws: WorkspaceTexts, text: string, path: string): string | undefined {
  return path === ws.documentPath ? text : ws.files[path];
}

const inFile = (ws: WorkspaceTexts, path: string, range: SourceRange): FileRange => (path === ws.documentPath ? range : { ...range, file: path });

/** Go to definition on any $ref (local or to another workspace file): where its target is written. */
export function definitionAcross(text: string, line: number, column: number, ws: WorkspaceTexts): FileRange | null {
  const ref = refOnCursor(text, line, column);
  const target = ref && targetOf(ws.documentPath, ref.value);
  if (!target) return null;
  const targetText = textOf(ws, text, target.path);
  if (targetText === undefined) return null;
  const range = target.pointer === '' ? { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 } : definitionOf(targetText, `#${target.pointer}`);
  return range ? inFile(ws, target.path, range) : null;
}

/** The target a cursor stands for: the $ref under it, or the key it is on (in this file). */
function cursorTarget(text: string, line: number, column: number, ws: WorkspaceTexts): Target | undefined {
  const ref = refOnCursor(text, line, column);
  if (ref) return targetOf(ws.documentPath, ref.value);
  const keys = yamlKeyAt(text, line, column);
  return keys ? { path: ws.documentPath, pointer: formatPointer(keys) } : undefined;
}

const reaches = (found: Target, target: Target) => found.path === target.path && (found.pointer === target.pointer || found.pointer.startsWith(`${target.pointer}/`));

/** Every $ref, in this document and the given files, that leads to `target` or into it. */
function refsTo(text: string, ws: WorkspaceTexts, target: Target): Array<{ path: string; ref: RefOccurrence; found: Target }> {
  const out: Array<{ path: string; ref: RefOccurrence; found: Target }> = [];
  const all: Array<[string, string]> = [[ws.documentPath, text], ...Object.entries(ws.files).filter(([path]) => path !== ws.documentPath)];
  for (const [path, body] of all) {
    for (const ref of scanRefs(body)) {
      const found = targetOf(path, ref.value);
      if (found && reaches(found, target)) out.push({ path, ref, found });
    }
  }
  return out;
}

/** Find references across files: every $ref to what the cursor is on (a definition's key or a $ref). */
export function referencesAcross(text: string, line: number, column: number, ws: WorkspaceTexts): FileRange[] {
  const target = cursorTarget(text, line, column, ws);
  if (!target || target.pointer === '') return [];
  return refsTo(text, ws, target).map(({ path, ref }) => inFile(ws, path, ref.range));
}

/** The ref as written, with one key of its pointer renamed (keys before and after kept). */
function renamedRef(value: string, at: number, newName: string): string {
  const hash = value.indexOf('#');
  const keys = pointerKeys(value.slice(hash + 1));
  keys[at] = newName;
  return `${value.slice(0, hash + 1)}${formatPointer(keys)}`;
}

/**
 * Renaming what the cursor's key names, across files: a component (`components.<section>.<name>` of a
 * document) or an entry at the top of a shared file (`commentLiked` in common/messages.yaml). Edits the key and
 * the matching key of every $ref to it or into it, in every given file. Null when the cursor is on no such key.
 */
export function renameAcross(text: string, line: number, column: number, newName: string, ws: WorkspaceTexts): Array<FileRange & { text: string }> | null {
  const keys = yamlKeyAt(text, line, column);
  if (!keys || !/^[\w.-]+$/.test(newName)) return null;
  const component = keys.length === 3 && keys[0] === 'components';
  const topOfSharedFile = keys.length === 1 && !/^\s*["']?asyncapi["']?\s*:/m.test(text);
  if (!component && !topOfSharedFile) return null;
  const oldName = keys[keys.length - 1]!;
  const content = text.split('\n')[line - 1] ?? '';
  const keyColumn = content.indexOf(oldName) + 1;
  const edits: Array<FileRange & { text: string }> = [{ startLine: line, startColumn: keyColumn, endLine: line, endColumn: keyColumn + oldName.length, text: newName }];
  const target = { path: ws.documentPath, pointer: formatPointer(keys) };
  for (const { path, ref } of refsTo(text, ws, target)) {
    const body = textOf(ws, text, path)!;
    const lines = body.split('\n');
    const written = (lines[ref.range.startLine - 1] ?? '').slice(ref.range.startColumn - 1, ref.range.endColumn - 1);
    const quote = written[0] === '"' || written[0] === "'" ? written[0] : '';
    const renamed = renamedRef(ref.value, keys.length - 1, newName);
    edits.push({ ...inFile(ws, path, ref.range), text: quote === '"' ? JSON.stringify(renamed) : `${quote}${renamed}${quote}` });
  }
  return edits;
}
