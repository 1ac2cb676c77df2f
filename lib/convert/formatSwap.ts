import { detectFormat } from '@/lib/analysis/documentFormat';
import type { DocumentFormat } from '@/lib/analysis/documentFormat';
import * as jsYaml from 'js-yaml';
import { CORE_SCHEMA, YAMLException, dump, load } from 'js-yaml';
import type { Type } from 'js-yaml';
import { messageOf } from '@/lib/errors/messageOf';
import { jsonErrorAt } from '@/lib/analysis/jsonErrorAt';

export type TextFormat = DocumentFormat;

export type SwapErrorCode = 'empty' | 'invalid-yaml' | 'invalid-json' | 'not-serializable';

export type SwapResult =
  | { ok: true; text: string }
  | {
      ok: false;
      code: SwapErrorCode;
      message: string;
      /** 1-based position of the syntax error, when the reader reported one. */
      line?: number;
      column?: number;
    };

export type LoadResult =
  | { ok: true; value: unknown }
  | Extract<SwapResult, { ok: false }>;

/*
 * YAML 1.2 core types plus merge keys (`<<`). Timestamps stay strings, as the AsyncAPI parser
 * reads them, so a date-like value is never rewritten as an ISO instant on its way to JSON.
 */
// js-yaml 4 exports its built-in `types` at runtime; @types/js-yaml does not declare them.
const { merge } = (jsYaml as unknown as { types: { merge: Type } }).types;
const readSchema = CORE_SCHEMA.extend({ implicit: [merge] });

/**
 * Guesses the format from the first meaningful character: JSON documents start with `{` or `[`.
 * @remarks A YAML document written in flow style (`{asyncapi: 3.0.0}`) is reported as JSON;
 * `loadDocument` falls back to YAML when such text is not valid JSON.
 */
/** The studio's one rule for telling JSON from YAML, re-exported for the converters' callers. */
export { detectFormat };

export function loadYaml(text: string): LoadResult {
  if (text.trim() === '') return emptyError();
  try {
    const value = load(text, { schema: readSchema });
    return value === undefined ? emptyError() : { ok: true, value };
  } catch (error) {
    if (error instanceof YAMLException) {
      return {
        ok: false,
        code: 'invalid-yaml',
        message: `The YAML could not be read: ${error.reason}${where(error.mark?.line, error.mark?.column)}.`,
        ...(error.mark ? { line: error.mark.line + 1, column: error.mark.column + 1 } : {}),
      };
    }
    return { ok: false, code: 'invalid-yaml', message: `The YAML could not be read: ${reasonOf(error)}.` };
  }
}

export function loadJson(text: string): LoadResult {
  if (text.trim() === '') return emptyError();
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return {
      ok: false,
      code: 'invalid-json',
      message: `The JSON could not be read: ${reasonOf(error)}.`,
      ...jsonErrorAt(text),
    };
  }
}

/** Reads text in whichever format it is written in (see `detectFormat`). */
export function loadDocument(text: string): LoadResult & { format?: TextFormat } {
  if (detectFormat(text) === 'json') {
    const json = loadJson(text);
    if (json.ok) return { ...json, format: 'json' };
    const yaml = loadYaml(text);
    return yaml.ok ? { ...yaml, format: 'yaml' } : json;
  }
  const yaml = loadYaml(text);
  return yaml.ok ? { ...yaml, format: 'yaml' } : yaml;
}

/** 2-space JSON with a final newline; key order is the order the YAML mapping was written in. */
export function stringifyJson(value: unknown): SwapResult {
  try {
    const text = JSON.stringify(value, null, 2);
    if (text === undefined) return notSerializable('the document has no value');
    return { ok: true, text: `${text}\n` };
  } catch (error) {
    return notSerializable(reasonOf(error));
  }
}

/** 2-space YAML, long strings kept on one line, shared values written out rather than as anchors. */
export function stringifyYaml(value: unknown): SwapResult {
  try {
    return { ok: true, text: dump(value, { indent: 2, lineWidth: -1, noRefs: true, skipInvalid: true }) };
  } catch (error) {
    return notSerializable(reasonOf(error));
  }
}

export function yamlToJson(text: string): SwapResult {
  const loaded = loadYaml(text);
  return loaded.ok ? stringifyJson(loaded.value) : loaded;
}

export function jsonToYaml(text: string): SwapResult {
  const loaded = loadJson(text);
  return loaded.ok ? stringifyYaml(loaded.value) : loaded;
}

function emptyError(): Extract<SwapResult, { ok: false }> {
  return { ok: false, code: 'empty', message: 'The document is empty.' };
}

function notSerializable(detail: string): Extract<SwapResult, { ok: false }> {
  return {
    ok: false,
    code: 'not-serializable',
    message: `The document could not be written out (${detail}). A YAML alias that refers to itself cannot be expressed in JSON.`,
  };
}

function where(line: number | undefined, column: number | undefined): string {
  return line === undefined ? '' : ` (line ${line + 1}, column ${(column ?? 0) + 1})`;
}

function reasonOf(error: unknown): string {
  const text = messageOf(error);
  // Engines end some messages with a period; the callers add their own.
  return text.replace(/\.$/, '');
}
