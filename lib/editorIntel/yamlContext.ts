/** Where the cursor is in a block-style YAML document, as far as completion and hover need to know. */
export type YamlContext =
  | { kind: 'key'; parentPath: string[]; prefix: string }
  | { kind: 'value'; path: string[]; prefix: string }
  | { kind: 'none' };

interface LineShape {
  indent: number;
  key?: string;
}

// "  - name: value" → indent counts the dash as indentation, as YAML nesting does.
const KEY_LINE = /^(\s*)(-\s+)?("[^"]*"|'[^']*'|[^\s:#'"][^:#]*?)\s*:(\s|$)/;

function unquote(key: string): string {
  return /^["'].*["']$/.test(key) ? key.slice(1, -1) : key;
}

function shapeOf(line: string): LineShape | null {
  if (line.trim() === '' || line.trimStart().startsWith('#')) return null;
  const match = KEY_LINE.exec(line);
  if (match) return { indent: match[1]!.length + (match[2]?.length ?? 0), key: unquote(match[3]!.trim()) };
  const dash = /^(\s*)-\s/.exec(line);
  return { indent: dash ? dash[1]!.length : line.length - line.trimStart().length };
}

/** The chain of keys that encloses a line indented by `indent`, found by walking up through lesser indents. */
function enclosingPath(lines: string[], fromLine: number, indent: number): string[] {
  const path: string[] = [];
  let limit = indent;
  for (let i = fromLine; i >= 0 && limit > 0; i--) {
    const shape = shapeOf(lines[i]!);
    if (!shape || shape.indent >= limit) continue;
    if (shape.key !== undefined) path.unshift(shape.key);
    limit = shape.indent;
  }
  return path;
}

/**
 * Reads the context at a 1-based line and column from the text up to (at least) that line.
 * Handles block YAML, the form AsyncAPI documents are written in; flow collections get no context.
 */
export function yamlContextAt(text: string, line: number, column: number): YamlContext {
  const lines = text.split('\n');
  const current = (lines[line - 1] ?? '').slice(0, column - 1);
  if (/[{}[\]]/.test(current) || current.trimStart().startsWith('#')) return { kind: 'none' };
  const keyOnly = /^(\s*)(-\s+)?([\w$.-]*)$/.exec(current);
  if (keyOnly) {
    const indent = keyOnly[1]!.length + (keyOnly[2]?.length ?? 0);
    return { kind: 'key', parentPath: enclosingPath(lines, line - 2, indent), prefix: keyOnly[3]! };
  }
  const keyValue = /^(\s*)(-\s+)?("[^"]*"|'[^']*'|[^\s:#'"][^:#]*?)\s*:\s+(.*)$/.exec(current);
  if (keyValue) {
    const indent = keyValue[1]!.length + (keyValue[2]?.length ?? 0);
    const parent = enclosingPath(lines, line - 2, indent);
    return { kind: 'value', path: [...parent, unquote(keyValue[3]!.trim())], prefix: keyValue[4]!.replace(/^["']/, '') };
  }
  return { kind: 'none' };
}

/** The key under the cursor and its path, for hover. */
export function yamlKeyAt(text: string, line: number, column: number): string[] | null {
  const lines = text.split('\n');
  const content = lines[line - 1] ?? '';
  const match = KEY_LINE.exec(content);
  if (!match) return null;
  const start = match[1]!.length + (match[2]?.length ?? 0);
  const end = start + match[3]!.length;
  if (column - 1 < start || column - 1 > end) return null;
  return [...enclosingPath(lines, line - 2, start), unquote(match[3]!.trim())];
}
