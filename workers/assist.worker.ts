import { declaredVersion, loadSpecSchema } from '@/lib/editorIntel/specSchemas';
import { definitionOf, pointerAt, previewOf, refAt, referencesTo, renameEdits } from '@/lib/editorIntel/refs';
import { completeYaml, hoverYaml } from '@/lib/editorIntel/yamlAssist';
import { READY } from './protocol';
import type { AssistWorkerRequest, AssistWorkerResponse } from './protocol';

// Completion and hover for YAML documents, driven by the JSON Schema of the document's own AsyncAPI version.
const post = (message: AssistWorkerResponse) => self.postMessage(message);

self.onmessage = async (event: MessageEvent<AssistWorkerRequest>) => {
  const { id, version, op, text, line, column } = event.data;
  try {
    if (op === 'rename') {
      post({ type: 'assist-result', id, version, suggestions: [], edits: renameEdits(text, line, column, event.data.newName ?? '') ?? [] });
      return;
    }
    if (op === 'definition' || op === 'references') {
      const pointer = op === 'definition' ? refAt(text, line, column)?.pointer : pointerAt(text, line, column);
      const target = pointer && op === 'definition' ? definitionOf(text, pointer) : null;
      const locations = !pointer ? [] : op === 'definition' ? (target ? [target] : []) : referencesTo(text, pointer);
      post({ type: 'assist-result', id, version, suggestions: [], locations });
      return;
    }
    const ref = op === 'hover' ? refAt(text, line, column) : null;
    if (ref) {
      const preview = previewOf(text, ref.pointer);
      const hover = preview ? `**${ref.pointer}**\n\n\`\`\`yaml\n${preview}\n\`\`\`` : `**${ref.pointer}** points at nothing in this document.`;
      post({ type: 'assist-result', id, version, suggestions: [], hover });
      return;
    }
    const schema = await loadSpecSchema(declaredVersion(text));
    if (op === 'complete') post({ type: 'assist-result', id, version, suggestions: completeYaml(schema, text, line, column) });
    else post({ type: 'assist-result', id, version, suggestions: [], hover: hoverYaml(schema, text, line, column) });
  } catch (error) {
    post({ type: 'job-error', id, version, message: error instanceof Error ? error.message : String(error) });
  }
};

self.postMessage(READY);
