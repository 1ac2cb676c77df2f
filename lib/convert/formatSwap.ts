import { detectFormat } from '@/lib/analysis/documentFormat';
import type { DocumentFormat } from '@/lib/analysis/documentFormat';
import * as jsYaml from 'js-yaml';
import { CORE_SCHEMA, YAMLException, dump, load } from 'js-yaml';
import type { Type } from 'js-yaml';
import { parseDocument } from 'yaml';
import { messageOf } from '@/lib/errors/messageOf';
import { MAX_WRITTEN_CHARS, megabytes, sharedUses, writtenSize } from './writeLimits';
import { jsonErrorAt } from '@/lib/analysis/jsonErrorAt';

export type TextFormat = DocumentFormat;

export type SwapErrorCode = 'empty' | 'invalid-yaml' | 'invalid-json' | 'not-serializable' | 'too-large';

export type SwapResult =
  | {
      ok: true;
      text: string;
      /** What the user should know about the result (aliases written out in full). */
      warnings?: string[];
    }
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

/**
 * Refuses to write a value whose text would pass MAX_WRITTEN_CHARS, measured before any text is made:
 * YAML aliases (a 489-byte "alias bomb" is 134 MB of JSON) are counted once per use without expanding them.
 */
export function refuseOversized(value: unknown): Extract<SwapResult, { ok: false }> | undefined {
  let size: number;
  try {
    size = writtenSize(value);
  } catch (error) {
    return notSerializable(reasonOf(error));
  }
  if (size <= MAX_WRITTEN_CHARS) return undefined;
  const aliases = sharedUses(value) > 0;
  return {
    ok: false,
    code: 'too-large',
    message:
      `The result would be more than ${megabytes(MAX_WRITTEN_CHARS)}` +
      (aliases ? ', because the YAML aliases in this document would each be written out in full' : '') +
      `. The studio writes at most ${megabytes(MAX_WRITTEN_CHARS)}, so nothing was changed.` +
      (aliases ? ' Format Document keeps the aliases as they are.' : ''),
  };
}

/** A warning for a result that copies shared (aliased) values, which the text no longer shows as shared. */
export function aliasWarning(value: unknown, why: string): string[] {
  const uses = sharedUses(value);
  if (uses === 0) return [];
  return [`${uses} YAML ${uses === 1 ? 'alias was' : 'aliases were'} written out in full (${why}): each use is now a copy.`];
}

/** 2-space JSON with a final newline; key order is the order the YAML mapping was written in. */
export function stringifyJson(value: unknown): SwapResult {
  const oversized = refuseOversized(value);
  if (oversized) return oversized;
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
  const oversized = refuseOversized(value);
  if (oversized) return oversized;
  try {
    return { ok: true, text: dump(value, { indent: 2, lineWidth: -1, noRefs: true, skipInvalid: true }) };
  } catch (error) {
    return notSerializable(reasonOf(error));
  }
}

export function yamlToJson(text: string): SwapResult {
  const loaded = loadYaml(text);
  if (!loaded.ok) return loaded;
  const written = stringifyJson(loaded.value);
  return written.ok ? { ...written, warnings: aliasWarning(loaded.value, 'JSON has no anchors') } : written;
}

/**
 * Format Document for YAML: re-indents (2 spaces, sequences indented) through the `yaml` package's
 * document model, so comments, anchors and aliases, key order, quoting and block scalars stay as written
 * and an alias is never expanded. Text that is JSON is rewritten as block YAML from its data (it has no
 * comments or anchors to keep).
 */
export function reformatYaml(text: string): SwapResult {
  if (text.trim() === '') return emptyError();
  if (detectFormat(text) === 'json') {
    const loaded = loadJson(text);
    if (loaded.ok) return stringifyYaml(loaded.value);
  }
  const document = parseDocument(text, { prettyErrors: true });
  const [error] = document.errors;
  if (error) {
    const reason = (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
    const position = error.linePos?.[0];
    return {
      ok: false,
      code: 'invalid-yaml',
      message: `The YAML could not be read: ${reason}${position ? where(position.line - 1, position.col - 1) : ''}.`,
      ...(position ? { line: position.line, column: position.col } : {}),
    };
  }
  const formatted = document.toString({ indent: 2, indentSeq: true, lineWidth: 0 });
  if (formatted.length > MAX_WRITTEN_CHARS) {
    return { ok: false, code: 'too-large', message: `The formatted text would be more than ${megabytes(MAX_WRITTEN_CHARS)}; nothing was changed.` };
  }
  return { ok: true, text: formatted };
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
