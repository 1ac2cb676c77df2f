import { declaredVersion, loadSpecSchema } from '@/lib/editorIntel/specSchemas';
import { definitionOf, pointerAt, refAt, refHover, referencesTo, renameEdits, renameTargetAt } from '@/lib/editorIntel/refs';
import { completeYaml, hoverYaml } from '@/lib/editorIntel/yamlAssist';
import { definitionAcross, referencesAcross, renameAcross } from '@/lib/editorIntel/workspaceRefs';
import type { AssistWorkerRequest, AssistWorkerResponse } from './protocol';
import { serveJobs } from './serveJobs';

// Completion and hover for YAML documents, driven by the JSON Schema of the document's own AsyncAPI version.
serveJobs<AssistWorkerRequest, AssistWorkerResponse>(async (request) => {
  const { id, version, op, text, line, column, workspace } = request;
  if (op === 'rename-location') {
    const target = renameTargetAt(text, line, column);
    return { type: 'assist-result', id, version, suggestions: [], edits: target ? [{ range: target.range, text: target.name }] : [] };
  }
  if (workspace && (op === 'definition' || op === 'references' || op === 'rename')) {
    // Across the workspace's files: refs to ./other.yaml#/x resolve against the document's path.
    if (op === 'rename') {
      const edits = renameAcross(text, line, column, request.newName ?? '', workspace) ?? [];
      return { type: 'assist-result', id, version, suggestions: [], edits: edits.map(({ text: replacement, file, ...range }) => ({ range, text: replacement, ...(file ? { file } : {}) })) };
    }
    const target = op === 'definition' ? definitionAcross(text, line, column, workspace) : null;
    const locations = op === 'definition' ? (target ? [target] : []) : referencesAcross(text, line, column, workspace);
    return { type: 'assist-result', id, version, suggestions: [], locations };
  }
  if (op === 'rename') {
    return { type: 'assist-result', id, version, suggestions: [], edits: renameEdits(text, line, column, request.newName ?? '') ?? [] };
  }
  if (op === 'definition' || op === 'references') {
    const pointer = op === 'definition' ? refAt(text, line, column)?.pointer : pointerAt(text, line, column);
    const target = pointer && op === 'definition' ? definitionOf(text, pointer) : null;
    const locations = !pointer ? [] : op === 'definition' ? (target ? [target] : []) : referencesTo(text, pointer);
    return { type: 'assist-result', id, version, suggestions: [], locations };
  }
  const ref = op === 'hover' ? refAt(text, line, column) : null;
  if (ref) return { type: 'assist-result', id, version, suggestions: [], hover: refHover(text, ref.pointer) };
  const schema = await loadSpecSchema(declaredVersion(text));
  if (op === 'complete') return { type: 'assist-result', id, version, suggestions: completeYaml(schema, text, line, column) };
  return { type: 'assist-result', id, version, suggestions: [], hover: hoverYaml(schema, text, line, column) };
});
