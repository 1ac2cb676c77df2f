import { convertDocument } from '@/lib/convert/convertDocument';
import { detectFormat, jsonToYaml, loadDocument, reformatYaml, yamlToJson } from '@/lib/convert/formatSwap';
import type { SwapResult } from '@/lib/convert/formatSwap';
import { fileNameFor } from '@/lib/files/fileName';
import { bundleDocument } from '@/lib/workspace/bundle';
import { WorkspaceFileStore } from '@/lib/workspace/fileStore';
import { zipWorkspace } from '@/lib/workspace/zipWorkspace';
import { messageOf } from '@/lib/errors/messageOf';
import type {
  ConvertRequest,
  ConvertWorkerRequest,
  ConvertWorkerResponse,
  PrepareSaveRequest,
  SaveJobResult,
  TextFormatName,
  TextJobResult,
} from './protocol';

/** The convert worker's whole job: one request in, one answer out (a throw becomes the worker's job-error). */
export function handleConvertRequest(request: ConvertWorkerRequest): ConvertWorkerResponse {
  const { id, version } = request;
  switch (request.type) {
    case 'convert':
      return { type: 'text-result', job: 'convert', id, version, result: convert(request) };
    case 'format-swap':
      return { type: 'text-result', job: 'format-swap', id, version, result: swapTo(request.text, request.to) };
    case 'reformat':
      return { type: 'text-result', job: 'reformat', id, version, result: reformat(request.text) };
    case 'prepare-save':
      return { type: 'prepare-save-result', id, version, result: prepareSave(request) };
    case 'bundle':
      return { type: 'bundle-result', id, version, result: bundleDocument({ documentPath: request.documentPath, reader: WorkspaceFileStore.fromTexts(Object.fromEntries(request.files.map((f) => [f.path, f.text]))), format: request.format }) };
    case 'zip':
      return { type: 'zip-result', id, version, result: zip(request.files) };
  }
}

function zip(files: Array<{ path: string; text: string }>): { ok: true; bytes: Uint8Array } | { ok: false; message: string } {
  try {
    return { ok: true, bytes: zipWorkspace(files) };
  } catch (error) {
    return { ok: false, message: messageOf(error) };
  }
}

function convert(request: ConvertRequest): TextJobResult {
  const converted = convertDocument(request.text, request.target, { perspective: request.perspective });
  if (!converted.ok) return { ok: false, message: converted.message };
  const wanted = request.outputFormat ?? converted.format;
  if (wanted === converted.format) return { ok: true, text: converted.text, format: wanted, warnings: converted.warnings };
  const swapped = swapTo(converted.text, wanted);
  return swapped.ok ? { ...swapped, warnings: converted.warnings } : swapped;
}

/** Writes the document in `to`; text already in that format comes back unchanged. */
function swapTo(text: string, to: TextFormatName): TextJobResult {
  const from = sourceFormat(text);
  if (from === to) return { ok: true, text, format: to, warnings: [] };
  return fromSwap(to === 'json' ? yamlToJson(text) : jsonToYaml(text), to);
}

function reformat(text: string): TextJobResult {
  return fromSwap(reformatYaml(text), 'yaml');
}

function prepareSave(request: PrepareSaveRequest): SaveJobResult {
  const loaded = loadDocument(request.text);
  const fileName = fileNameFor(loaded.ok ? titleOf(loaded.value) : undefined, request.format);
  // Text already in the wanted format is saved byte for byte, even when it does not read yet.
  if (sourceFormat(request.text) === request.format) return { ok: true, text: request.text, fileName, format: request.format };
  const swapped = swapTo(request.text, request.format);
  if (!swapped.ok) return swapped;
  return { ok: true, text: swapped.text, fileName, format: request.format, ...(swapped.warnings.length > 0 ? { warnings: swapped.warnings } : {}) };
}

/** JSON-looking text that only reads as YAML (flow style) counts as YAML. */
function sourceFormat(text: string): TextFormatName {
  if (detectFormat(text) === 'yaml') return 'yaml';
  return loadDocument(text).format ?? 'json';
}

function fromSwap(result: SwapResult, format: TextFormatName): TextJobResult {
  return result.ok ? { ok: true, text: result.text, format, warnings: result.warnings ?? [] } : { ok: false, message: result.message };
}

function titleOf(document: unknown): string | undefined {
  if (typeof document !== 'object' || document === null) return undefined;
  const info = (document as { info?: unknown }).info;
  if (typeof info !== 'object' || info === null) return undefined;
  const title = (info as { title?: unknown }).title;
  return typeof title === 'string' ? title : undefined;
}
