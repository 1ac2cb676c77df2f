import type { Diagnostic as ParserDiagnostic, Parser } from '@asyncapi/parser';
import type { Diagnostic, Severity } from './diagnostic';
import { sortDiagnostics } from './diagnostic';
import type { DocumentFormat } from './documentFormat';
import { buildViews } from './derivedViews';
import type { DerivedViews, ViewContext, ViewName } from './derivedViews';
import { createLocate } from './locate';
import type { RangeSource } from './locate';
import { checkSyntax, protoKeyProblem } from './syntaxCheck';
import { explainParserCrashes } from './parserCrash';
import { collectRefSites, placeAtDefinitions } from './refSites';
import { REFUSED_REF_CODE, forgetReadRefs, refusedRefHost, refusedRefMessage } from './refGuard';

export interface AnalysisOutcome {
  format: DocumentFormat;
  /** The `asyncapi` field, when readable. */
  specVersion?: string;
  /** Which pass produced the verdict: the cheap syntax/guard pass, or the full parser. */
  stage: 'syntax' | 'parser';
  diagnostics: Diagnostic[];
  /** True when the parser produced a document (no error-severity diagnostics). */
  valid: boolean;
  views: DerivedViews;
}

const severities: Severity[] = ['error', 'warning', 'info', 'hint'];

/**
 * Where the parser is told the text comes from. With a source, the parser maps a problem found through a
 * `$ref` back to where the referenced value is written and reports it once; without one it reports it
 * once per use, at line 1. Relative refs resolve against it (and the ref guard refuses to read them).
 */
export const DOCUMENT_SOURCE = '/asyncapi.yaml';

/** Parser diagnostics are 0-based (line and character); ours are 1-based, like Monaco. */
export function fromParserDiagnostic(d: ParserDiagnostic, documentSource?: string): Diagnostic {
  const start = d.range?.start ?? { line: 0, character: 0 };
  const end = d.range?.end ?? start;
  const sameSpot = end.line === start.line && end.character <= start.character;
  const refused = d.code === 'invalid-ref' ? refusedRefMessage(d.message) : undefined;
  const diagnostic: Diagnostic = {
    severity: severities[d.severity] ?? 'error',
    message: refused ?? d.message,
    code: refused !== undefined ? REFUSED_REF_CODE : String(d.code ?? 'asyncapi'),
    path: d.path as Array<string | number>,
    range: {
      startLine: start.line + 1,
      startColumn: start.character + 1,
      endLine: end.line + 1,
      endColumn: sameSpot ? start.character + 2 : end.character + 1,
    },
  };
  const host = refused !== undefined ? refusedRefHost(d.message) : undefined;
  if (host) diagnostic.data = host;
  // A problem inside a document this one references (e.g. a fetched schema): its range is in that file.
  if (documentSource !== undefined && d.source && d.source !== documentSource) diagnostic.file = d.source;
  return diagnostic;
}

interface ParsedText {
  text: string;
  outcome: Omit<AnalysisOutcome, 'views'>;
  context?: Omit<ViewContext, 'text'>;
}

// The last parse per parser: opening a panel asks for new views of the same text, which needs no new parse
// (a 300-channel document takes seconds to parse, its graph well under one).
const lastParse = new WeakMap<Parser, ParsedText>();

async function parseText(parser: Parser, text: string): Promise<ParsedText> {
  const cached = lastParse.get(parser);
  if (cached?.text === text) return cached;
  const syntax = checkSyntax(text);
  if (!syntax.ok) {
    const outcome = { format: syntax.format, specVersion: syntax.specVersion, stage: 'syntax' as const, diagnostics: syntax.diagnostics, valid: false };
    return { text, outcome };
  }
  forgetReadRefs(parser);
  const output = await parser.parse(text, { applyTraits: true, source: DOCUMENT_SOURCE });
  const locate = output.extras ? createLocate(output.extras.document as unknown as RangeSource) : undefined;
  let diagnostics = output.diagnostics.map((d) => fromParserDiagnostic(d, DOCUMENT_SOURCE));
  const document = output.document;
  const context = document && locate ? { document, locate } : undefined;
  const refSites = collectRefSites(syntax.value);
  diagnostics = explainParserCrashes(explainProtoKey(text, diagnostics), { text, value: syntax.value, refSites, previousText: cached?.text });
  if (locate) diagnostics = placeAtDefinitions(diagnostics, refSites, locate);
  sortDiagnostics(diagnostics);
  const outcome = { format: syntax.format, specVersion: syntax.specVersion, stage: 'parser' as const, diagnostics, valid: document !== undefined };
  const parsed = { text, outcome, context };
  lastParse.set(parser, parsed);
  return parsed;
}

/** The parser's crash on a `__proto__` key (its internal Immer stack) becomes a problem at the key's line. */
function explainProtoKey(text: string, diagnostics: Diagnostic[]): Diagnostic[] {
  if (!diagnostics.some((d) => d.code === 'uncaught-error')) return diagnostics;
  const problem = protoKeyProblem(text);
  return problem ? diagnostics.map((d) => (d.code === 'uncaught-error' ? problem : d)) : diagnostics;
}

/** The full analysis of one text: guards and syntax first, then @asyncapi/parser with every schema parser. */
export async function analyzeDocument(
  parser: Parser,
  text: string,
  wanted: ReadonlyArray<ViewName> = [],
): Promise<AnalysisOutcome> {
  const { outcome, context } = await parseText(parser, text);
  const views: DerivedViews = context ? buildViews({ ...context, text }, wanted) : {};
  return { ...outcome, views };
}
