import { declaredVersion, loadSpecSchema } from '@/lib/editorIntel/specSchemas';
import { completeYaml, hoverYaml } from '@/lib/editorIntel/yamlAssist';
import { READY } from './protocol';
import type { AssistWorkerRequest, AssistWorkerResponse } from './protocol';

// Completion and hover for YAML documents, driven by the JSON Schema of the document's own AsyncAPI version.
const post = (message: AssistWorkerResponse) => self.postMessage(message);

self.onmessage = async (event: MessageEvent<AssistWorkerRequest>) => {
  const { id, version, op, text, line, column } = event.data;
  try {
    const schema = await loadSpecSchema(declaredVersion(text));
    if (op === 'complete') post({ type: 'assist-result', id, version, suggestions: completeYaml(schema, text, line, column) });
    else post({ type: 'assist-result', id, version, suggestions: [], hover: hoverYaml(schema, text, line, column) });
  } catch (error) {
    post({ type: 'job-error', id, version, message: error instanceof Error ? error.message : String(error) });
  }
};

self.postMessage(READY);
