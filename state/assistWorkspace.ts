import { scanRefs } from '@/lib/workspace/refScan';
import { resolveRef } from '@/lib/workspace/workspacePath';
import type { AssistRequest } from '@/workers/protocol';
import { usesWorkspace } from './analysisSelectors';
import { activeFile } from './filesSlice';
import type { StudioState } from './studioState';

/** What one references or rename request may copy to the worker; a larger workspace is searched in part. */
const MAX_CHARS = 50 * 1024 * 1024;

const fileName = (path: string) => path.slice(path.lastIndexOf('/') + 1);

/**
 * The workspace texts a navigation request needs, attached to it: for go to definition the file the $ref on
 * the cursor's line points at; for references and rename every file that may hold a $ref to the active file
 * (or to the file the cursor's $ref points at). A text scan of one line and `includes`, never a parse.
 */
export function withWorkspaceTexts(s: StudioState, request: Omit<AssistRequest, 'type' | 'id'>): Omit<AssistRequest, 'type' | 'id'> {
  if (!usesWorkspace(s) || (request.op !== 'definition' && request.op !== 'references' && request.op !== 'rename')) return request;
  const file = activeFile(s);
  const lineText = request.text.split('\n', request.line)[request.line - 1] ?? '';
  const targets = new Set<string>();
  for (const ref of scanRefs(lineText)) {
    const target = resolveRef(file.path, ref.value);
    if (target.kind === 'file') targets.add(target.path);
  }
  const files: Record<string, string> = {};
  const byPath = new Map(Object.values(s.files).map((f) => [f.path, f.text]));
  for (const path of targets) {
    const text = byPath.get(path);
    if (text !== undefined) files[path] = text;
  }
  if (request.op !== 'definition') {
    const names = [file.path, ...targets].map(fileName);
    let budget = MAX_CHARS;
    for (const [path, text] of byPath) {
      if (path === file.path || files[path] !== undefined || !text.includes('$ref') || !names.some((n) => text.includes(n))) continue;
      if (text.length > budget) continue;
      budget -= text.length;
      files[path] = text;
    }
  }
  return { ...request, workspace: { documentPath: file.path, files } };
}
