import yaml from 'js-yaml';
import type { Diagnostic } from './diagnostic';
import { lineRange, positionAt } from './diagnostic';
import { detectFormat } from './documentFormat';
import { jsonErrorAt } from './jsonErrorAt';
import type { DocumentFormat } from './documentFormat';
import { LIMITS } from './limits';
import { findRefCycles, looksBinary, measureDepth, measureExpandedSize } from './structureGuards';

export type SyntaxCheck =
  | { ok: true; format: DocumentFormat; value: unknown; specVersion?: string }
  | { ok: false; format: DocumentFormat; diagnostics: Diagnostic[]; specVersion?: string };

function fail(format: DocumentFormat, diagnostic: Diagnostic): SyntaxCheck {
  return { ok: false, format, diagnostics: [diagnostic] };
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

interface YamlErrorLike {
  name?: string;
  reason?: string;
  message?: string;
  mark?: { line: number; column: number };
}

function yamlError(text: string, error: YamlErrorLike): Diagnostic {
  // js-yaml marks an error at the very end of the text one line past the last when no newline ends it.
  const lastLine = positionAt(text, text.length).line;
  const line = Math.min((error.mark?.line ?? 0) + 1, lastLine);
  const column = (error.mark?.column ?? 0) + 1;
  const range = lineRange(line, text);
  return {
    severity: 'error',
    code: 'yaml-syntax',
    message: `YAML syntax error: ${error.reason ?? error.message ?? 'unreadable YAML'}`,
    range: { ...range, startColumn: Math.min(column, range.endColumn - 1) || 1 },
  };
}

function jsonError(text: string, error: Error): Diagnostic {
  const { line, column } = jsonErrorAt(text) ?? { line: 1, column: 1 };
  const range = lineRange(line, text);
  const reason = error.message.replace(/ in JSON at position \d+.*$/, '').replace(/^JSON\.parse: /, '');
  return {
    severity: 'error',
    code: 'json-syntax',
    message: `JSON syntax error: ${reason}`,
    range: { ...range, startColumn: Math.min(column, range.endColumn - 1) || 1 },
  };
}

/**
 * A duplicated key is no syntax error to @asyncapi/parser: it reads on (the last one wins, as js-yaml's `json`
 * mode does) and reports each duplicate itself, at its line. Any other YAML error stops here.
 */
function readYaml(text: string): unknown {
  const options = { json: false, maxDepth: LIMITS.maxDepth } as yaml.LoadOptions;
  try {
    return yaml.load(text, options);
  } catch (error) {
    if (!/duplicated mapping key/.test((error as YamlErrorLike).reason ?? '')) throw error;
    return yaml.load(text, { ...options, json: true } as yaml.LoadOptions);
  }
}

function stackOverflow(error: unknown): boolean {
  return error instanceof RangeError && /call stack/i.test(error.message);
}

/** 1-based line of the first occurrence of a string, or 1. */
function lineOf(text: string, needle: string): number {
  const at = text.indexOf(needle);
  return at === -1 ? 1 : positionAt(text, at).line;
}

function readSpecVersion(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const v = (value as Record<string, unknown>).asyncapi;
  return typeof v === 'string' ? v : undefined;
}

/**
 * The fast first pass: is the text readable YAML/JSON, and is it safe to hand to the full parser?
 * Cheap bounds (size, binary bytes, depth, alias expansion, bare $ref cycles) run before the parser,
 * because @asyncapi/parser exhausts memory or never returns on such input.
 */
export function checkSyntax(text: string): SyntaxCheck {
  const format = detectFormat(text);
  const bytes = text.length;
  if (text.trim() === '') {
    return fail(format, {
      severity: 'error',
      code: 'empty-document',
      message: 'The document is empty. Type or paste an AsyncAPI document, or start from a template.',
      range: lineRange(1),
    });
  }
  if (bytes > LIMITS.maxAnalysedBytes) {
    return fail(format, {
      severity: 'error',
      code: 'too-large',
      message: `The document is ${megabytes(bytes)}; the studio analyses documents up to ${megabytes(LIMITS.maxAnalysedBytes)}. Your text is kept; analysis resumes when it is smaller.`,
      range: lineRange(1),
    });
  }
  if (looksBinary(text)) {
    return fail(format, {
      severity: 'error',
      code: 'binary-content',
      message: 'This looks like binary data, not a YAML or JSON document.',
      range: lineRange(1),
    });
  }

  let value: unknown;
  try {
    value = format === 'json' ? JSON.parse(text) : readYaml(text);
  } catch (error) {
    if (stackOverflow(error) || /exceeded maxDepth/.test((error as YamlErrorLike).reason ?? '')) {
      return fail(format, {
        severity: 'error',
        code: 'too-deep',
        message: `The document nests too deeply to read (more than ${LIMITS.maxDepth} levels).`,
        range: lineRange(1),
      });
    }
    if (format === 'json') {
      return fail(format, jsonError(text, error as Error));
    }
    return fail(format, yamlError(text, error as YamlErrorLike));
  }
  const specVersion = readSpecVersion(value);

  const depth = measureDepth(value);
  if (depth > LIMITS.maxDepth) {
    return {
      ...fail(format, {
        severity: 'error',
        code: 'too-deep',
        message: `The document nests more than ${LIMITS.maxDepth} levels deep; the studio does not analyse it.`,
        range: lineRange(1),
      }),
      specVersion,
    };
  }
  if (format === 'yaml' && measureExpandedSize(value) > LIMITS.maxExpandedNodes) {
    return {
      ...fail(format, {
        severity: 'error',
        code: 'alias-bomb',
        message: `YAML aliases in this document expand to more than ${LIMITS.maxExpandedNodes.toLocaleString('en')} values (an "alias bomb"); the studio does not analyse it.`,
        range: lineRange(lineOf(text, '*'), text),
      }),
      specVersion,
    };
  }
  const cycles = findRefCycles(value);
  if (cycles.length > 0) {
    const diagnostics = cycles.map((cycle): Diagnostic => {
      const line = lineOf(text, cycle[cycle.length - 1] ?? '$ref');
      return {
        severity: 'error',
        code: 'ref-cycle',
        message: `Circular $ref with nothing in between: ${[...cycle, cycle[0]].join(' → ')}. It can never resolve to a value.`,
        range: lineRange(line, text),
      };
    });
    return { ok: false, format, diagnostics, specVersion };
  }
  return { ok: true, format, value, specVersion };
}


const PROTO_KEY = /^(\s*(?:-\s+)?)(["']?)__proto__\2\s*:|"__proto__"\s*:/;

/**
 * A plain-language problem for a `__proto__` key, at its line: JavaScript tools (@asyncapi/parser among
 * them, whose Immer copy then throws its internal stack) treat such a key as an object's prototype.
 * Undefined when the text has no such key.
 */
export function protoKeyProblem(text: string): Diagnostic | undefined {
  const lines = text.split('\n');
  const index = lines.findIndex((line) => PROTO_KEY.test(line));
  if (index === -1) return undefined;
  const line = lines[index] ?? '';
  const key = /["']?__proto__["']?/.exec(line);
  const column = (key?.index ?? 0) + 1;
  return {
    severity: 'error',
    code: 'proto-key',
    message:
      'A key named "__proto__" cannot be analysed: JavaScript tools, the AsyncAPI parser among them, read it as an ' +
      "object's prototype instead of a field. Rename or remove the key.",
    range: { startLine: index + 1, startColumn: column, endLine: index + 1, endColumn: column + (key?.[0].length ?? 1) },
  };
}
