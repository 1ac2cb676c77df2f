import { getLocationForJsonPath, parseWithPointers } from '@stoplight/yaml';
import type { Diagnostic } from './diagnostic';
import { lineRange } from './diagnostic';
import type { RefSite } from './refSites';
import type { JsonPath, SourceRange } from './sourceMap';

/** The code @asyncapi/parser gives a problem that is really its own crash (its message carries the stack). */
const PARSER_CRASH = 'uncaught-error';

interface CrashContext {
  text: string;
  /** The document as plain data (the syntax check's reading). */
  value: unknown;
  refSites: ReadonlyArray<RefSite>;
  /** The text analysed just before, if any: where it differs is the line being typed. */
  previousText?: string;
}

interface Suspect {
  path: JsonPath;
  code: string;
  message: string;
}

function describe(value: unknown): string {
  if (value === null || value === undefined || value === '') return 'has no value yet';
  return `is ${Array.isArray(value) ? 'a list' : typeof value === 'object' ? 'a mapping' : `the ${typeof value} ${JSON.stringify(value)}`}, not text`;
}

/** Half-typed values that the parser (3.6) throws on instead of reporting. */
function suspectsOf({ value, refSites }: CrashContext): Suspect[] {
  const suspects: Suspect[] = [];
  const root = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  const version = root.asyncapi;
  if ('asyncapi' in root && (typeof version !== 'string' || version.trim() === '')) {
    suspects.push({ path: ['asyncapi'], code: 'asyncapi-version-missing', message: `"asyncapi" ${describe(version)}: write the AsyncAPI version, e.g. 3.1.0.` });
  }
  for (const site of refSites) {
    if (typeof site.ref === 'string' && site.ref.trim() !== '') continue;
    suspects.push({
      path: [...site.path, '$ref'],
      code: 'incomplete-ref',
      message: `"$ref" ${describe(site.ref)}: write a reference, e.g. '#/components/messages/name'.`,
    });
  }
  return suspects;
}

/** The first line where two texts differ (1-based), or undefined when they are equal. */
function firstChangedLine(before: string, after: string): number | undefined {
  if (before === after) return undefined;
  let i = 0;
  const limit = Math.min(before.length, after.length);
  while (i < limit && before.charCodeAt(i) === after.charCodeAt(i)) i++;
  let line = 1;
  for (let at = after.indexOf('\n'); at !== -1 && at < i; at = after.indexOf('\n', at + 1)) line++;
  return line;
}

function crashReason(message: string): string {
  // "…. Name: TypeError, message: Cannot read properties of null (reading 'startsWith'), stack: TypeError: …"
  const match = /Name: ([^,]*), message: ([^]*?), stack: /.exec(message);
  return match ? `${match[1]}: ${match[2]}` : message.split('\n')[0]!;
}

/**
 * Replaces the parser's crash report (an error at line 1 whose message is a stack trace) with plain-language
 * problems at the half-typed values that caused it, or, when none is recognised, at the line being typed.
 */
export function explainParserCrashes(diagnostics: Diagnostic[], context: CrashContext): Diagnostic[] {
  if (!diagnostics.some((d) => d.code === PARSER_CRASH)) return diagnostics;
  const kept = diagnostics.filter((d) => d.code !== PARSER_CRASH);
  const suspects = suspectsOf(context);
  if (suspects.length > 0) {
    const parsed = parseWithPointers(context.text, { json: false });
    for (const suspect of suspects) {
      const location = getLocationForJsonPath(parsed, [...suspect.path], true);
      const range: SourceRange = location
        ? { startLine: location.range.start.line + 1, startColumn: location.range.start.character + 1, endLine: location.range.end.line + 1, endColumn: location.range.end.character + 1 }
        : lineRange(1, context.text);
      kept.push({ severity: 'error', code: suspect.code, message: suspect.message, path: suspect.path, range: widen(range, context.text) });
    }
    return kept;
  }
  const crash = diagnostics.find((d) => d.code === PARSER_CRASH)!;
  const line = (context.previousText !== undefined && firstChangedLine(context.previousText, context.text)) || 1;
  kept.push({
    severity: 'error',
    code: 'parser-crash',
    message: `The parser could not read the document as it is now (${crashReason(crash.message)}). Finish the value you are typing, or undo the last change.`,
    range: lineRange(line, context.text),
  });
  return kept;
}

/** An empty range (a key with no value yet) is widened to its line, so a squiggle shows. */
function widen(range: SourceRange, text: string): SourceRange {
  if (range.startLine !== range.endLine || range.endColumn > range.startColumn) return range;
  return lineRange(range.startLine, text);
}
