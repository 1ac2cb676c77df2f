import { JSONPath } from 'jsonpath-plus';
import { parse } from 'nimma/parser';
import type { NimmaSyntaxError } from 'nimma/parser';
import { pointerTokens } from '@/lib/jsonPointer/jsonPointer';

/** A value a JSONPath expression selected, and where it sits. */
export interface PathMatch {
  path: Array<string | number>;
  value: unknown;
}

// nimma (Spectral's engine) reads `@null`, `@string`… inside filters as type tests; jsonpath-plus's evaluator does not.
const TYPE_TESTS: Record<string, string> = {
  null: '(@ === null)',
  string: "(typeof @ === 'string')",
  number: "(typeof @ === 'number')",
  boolean: "(typeof @ === 'boolean')",
};

function adaptFilters(expression: string): string {
  return expression.replace(/@(null|string|number|boolean)(?![\w(])/g, (_, type: string) => TYPE_TESTS[type] ?? _);
}

function isContainer(value: unknown): value is Record<string, unknown> | unknown[] {
  return typeof value === 'object' && value !== null;
}

/** jsonpath-plus answers with JSON pointers; array indices come back as numbers, as Spectral gives them. */
function pathFromPointer(pointer: string, root: unknown): Array<string | number> {
  const path: Array<string | number> = [];
  let node: unknown = root;
  for (const segment of pointerTokens(pointer)) {
    const index = Array.isArray(node) && /^\d+$/.test(segment) ? Number(segment) : segment;
    path.push(index);
    node = isContainer(node) ? (node as Record<string | number, unknown>)[index] : undefined;
  }
  return path;
}

interface JsonPathAll {
  pointer: string;
  value: unknown;
}

/**
 * Every value the expression selects. Filters run in jsonpath-plus's own expression evaluator
 * (`eval: 'safe'`), never through `eval`/`Function`; a filter that throws on one value skips that value.
 */
export function queryJsonPath(data: unknown, expression: string): PathMatch[] {
  if (expression === '$') return [{ path: [], value: data }];
  if (!isContainer(data)) return [];
  const found = JSONPath({
    path: adaptFilters(expression),
    json: data,
    resultType: 'all',
    eval: 'safe',
    ignoreEvalErrors: true,
    wrap: true,
  }) as JsonPathAll[];
  return found.map((match) => ({ path: pathFromPointer(match.pointer, data), value: match.value }));
}

interface SafeScriptClass {
  new (code: string): unknown;
}

// The evaluator jsonpath-plus uses for `eval: 'safe'`; building one parses the filter (jsep), running nothing.
const SafeScript = (JSONPath.prototype as unknown as { safeVm: { Script: SafeScriptClass } }).safeVm.Script;

/** jsonpath-plus's own spelling of a filter before it parses it: `@.x` → `_$_v.x`, `@property` → `_$_property`. */
function asEvaluatorCode(filter: string): string {
  return adaptFilters(filter)
    .replaceAll('@parentProperty', '_$_parentProperty')
    .replaceAll('@parent', '_$_parent')
    .replaceAll('@property', '_$_property')
    .replaceAll('@root', '_$_root')
    .replaceAll('@path', '_$_path')
    .replace(/@([.\s)[])/g, '_$_v$1')
    .replace(/@$/, '_$_v');
}

export interface JsonPathProblem {
  message: string;
  /** 0-based offset in the expression, when known. */
  offset?: number;
}

/** Whether the studio can run the expression: Spectral's JSONPath grammar (nimma's parser), and filters its evaluator reads. */
export function checkJsonPath(expression: string): JsonPathProblem | undefined {
  let nodes: ReturnType<typeof parse>;
  try {
    nodes = parse(expression);
  } catch (error) {
    const syntax = error as NimmaSyntaxError;
    return { message: `Invalid JSONPath "${expression}": ${syntax.message}`, offset: syntax.location?.start.offset };
  }
  for (const node of nodes) {
    if (!node.type.includes('Script') || typeof node.value !== 'string') continue;
    try {
      new SafeScript(asEvaluatorCode(node.value));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return { message: `The filter "${node.value}" in "${expression}" cannot be evaluated safely: ${reason}`, offset: expression.indexOf(node.value) };
    }
  }
  return undefined;
}
