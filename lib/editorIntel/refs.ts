import { getLocationForJsonPath, parseWithPointers } from '@stoplight/yaml';
import type { SourceRange } from '@/lib/analysis/sourceMap';
import { yamlKeyAt } from './yamlContext';
import { codeBlock, inlineCode } from '@/lib/docs/markdownText';
import { formatPointer, refTokens } from '@/lib/jsonPointer/jsonPointer';

const REF_ON_LINE = /(["']?\$ref["']?\s*:\s*["']?)(#[^"'\s,}]*)/;

/** The local $ref under the cursor (1-based), if any. */
export function refAt(text: string, line: number, column: number): { pointer: string; range: SourceRange } | null {
  const content = text.split('\n')[line - 1] ?? '';
  const match = REF_ON_LINE.exec(content);
  if (!match) return null;
  const start = match.index + match[1]!.length;
  const end = start + match[2]!.length;
  if (column - 1 < match.index || column - 1 > end) return null;
  return { pointer: match[2]!, range: { startLine: line, startColumn: start + 1, endLine: line, endColumn: end + 1 } };
}

/** Where a local JSON pointer's key is written in the text, or null when it leads nowhere. */
export function definitionOf(text: string, pointer: string): SourceRange | null {
  const path = refTokens(pointer);
  if (path === null) return null;
  if (path.length === 0) return { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 };
  const parsed = parseWithPointers(text, { json: false });
  const location = getLocationForJsonPath(parsed, path, false);
  if (!location) return null;
  // The value of a block mapping starts below its key: show the key itself.
  const lines = text.split('\n');
  const key = path[path.length - 1]!;
  for (let l = location.range.start.line; l >= Math.max(0, location.range.start.line - 2); l--) {
    const column = (lines[l] ?? '').indexOf(key);
    if (column !== -1 && /\s*["']?:/.test((lines[l] ?? '').slice(column + key.length))) {
      return { startLine: l + 1, startColumn: column + 1, endLine: l + 1, endColumn: column + key.length + 1 };
    }
  }
  const { start, end } = location.range;
  return { startLine: start.line + 1, startColumn: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 };
}

/** Every $ref to the pointer (or into it), with its place. */
export function referencesTo(text: string, pointer: string): SourceRange[] {
  const found: SourceRange[] = [];
  text.split('\n').forEach((content, index) => {
    const match = REF_ON_LINE.exec(content);
    if (!match) return;
    const target = match[2]!;
    if (target !== pointer && !target.startsWith(`${pointer}/`)) return;
    const start = match.index + match[1]!.length;
    found.push({ startLine: index + 1, startColumn: start + 1, endLine: index + 1, endColumn: start + target.length + 1 });
  });
  return found;
}

/** The pointer a cursor stands for: a $ref's target, or the definition whose key is under the cursor. */
export function pointerAt(text: string, line: number, column: number): string | null {
  const ref = refAt(text, line, column);
  if (ref) return ref.pointer;
  const path = yamlKeyAt(text, line, column);
  return path ? `#${formatPointer(path)}` : null;
}

/**
 * The hover of a $ref, as Markdown: the pointer and the first lines of its target are document text, so
 * both are code, with fences longer than any backtick run in them (a line of ``` cannot end the block).
 */
export function refHover(text: string, pointer: string): string {
  const preview = previewOf(text, pointer);
  if (!preview) return `${inlineCode(pointer)} points at nothing in this document.`;
  return [inlineCode(pointer), '', ...codeBlock(preview, 'yaml')].join('\n');
}

/** The first lines of what a $ref points at, for a hover. */
export function previewOf(text: string, pointer: string, maxLines = 12): string | null {
  const target = definitionOf(text, pointer);
  if (!target) return null;
  const lines = text.split('\n');
  const first = lines[target.startLine - 1] ?? '';
  const indent = first.length - first.trimStart().length;
  const body = [first];
  for (let l = target.startLine; l < lines.length && body.length < maxLines; l++) {
    const content = lines[l]!;
    if (content.trim() !== '' && content.length - content.trimStart().length <= indent) break;
    body.push(content);
  }
  return body.map((b) => b.slice(indent)).join('\n');
}

/** A component that a rename applies to: its name, where the cursor names it, and its pointer. */
export interface RenameTarget {
  /** `#/components/<kind>/<name>`. */
  pointer: string;
  name: string;
  /** Where the name is under the cursor: the key itself, or the name's segment of a `$ref`. */
  range: SourceRange;
}

const COMPONENT_REF = /^#\/components\/[^/]+\/([^/]+)/;

/**
 * The component a rename at the cursor applies to: the component whose key is under the cursor, or the one
 * a `$ref` under the cursor points at (or into). Null anywhere else.
 */
export function renameTargetAt(text: string, line: number, column: number): RenameTarget | null {
  const ref = refAt(text, line, column);
  if (ref) {
    const match = COMPONENT_REF.exec(ref.pointer);
    if (!match) return null;
    const pointer = match[0];
    const start = ref.range.startColumn + pointer.length - match[1]!.length;
    const name = refTokens(pointer)?.[2];
    if (name === undefined) return null;
    return { pointer, name, range: { startLine: line, startColumn: start, endLine: line, endColumn: start + match[1]!.length } };
  }
  const path = yamlKeyAt(text, line, column);
  if (!path || path.length !== 3 || path[0] !== 'components') return null;
  const name = path[2]!;
  const content = text.split('\n')[line - 1] ?? '';
  const keyColumn = content.indexOf(name) + 1;
  return { pointer: `#${formatPointer(path)}`, name, range: { startLine: line, startColumn: keyColumn, endLine: line, endColumn: keyColumn + name.length } };
}

/**
 * Renaming a component, from its key or from any `$ref` to it: the key itself and the name's segment of
 * every $ref to it (or into it). Null when the cursor is on neither, or the new name is not a plain name.
 */
export function renameEdits(text: string, line: number, column: number, newName: string): Array<{ range: SourceRange; text: string }> | null {
  const target = renameTargetAt(text, line, column);
  if (!target || !/^[\w.-]+$/.test(newName)) return null;
  const { pointer } = target;
  // As written in the $refs (escaped), which is what the edits measure.
  const written = pointer.slice(pointer.lastIndexOf('/') + 1);
  const definition = definitionOf(text, pointer);
  // Renaming a $ref to a component that does not exist would only move the dangling $refs: nothing to rename.
  if (!definition) return null;
  const edits = [{ range: definition, text: newName }];
  for (const ref of referencesTo(text, pointer)) {
    // Only the component's own segment changes; `#/components/x/old/payload` keeps its tail.
    const start = ref.startColumn + pointer.length - written.length;
    edits.push({ range: { startLine: ref.startLine, startColumn: start, endLine: ref.startLine, endColumn: start + written.length }, text: newName });
  }
  return edits;
}
