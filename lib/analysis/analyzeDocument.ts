import type { Diagnostic as ParserDiagnostic, Parser } from '@asyncapi/parser';
import type { Diagnostic, Severity } from './diagnostic';
import { lineRange, positionAt, sortDiagnostics } from './diagnostic';
import type { DocumentFormat } from './documentFormat';
import { buildViews } from './derivedViews';
import type { DerivedViews, ViewContext, ViewName } from './derivedViews';
import { createLocate } from './locate';
import type { RangeSource } from './locate';
import { checkSyntax, protoKeyProblem } from './syntaxCheck';
import { exampleDiagnostics } from '@/lib/messageLab/exampleDiagnostics';
import { refGuardOf } from './refGuard';
import type { BlockedRef } from './refGuard';

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

/** Parser diagnostics are 0-based (line and character); ours are 1-based, like Monaco. */
export function fromParserDiagnostic(d: ParserDiagnostic): Diagnostic {
  const start = d.range?.start ?? { line: 0, character: 0 };
  const end = d.range?.end ?? start;
  const sameSpot = end.line === start.line && end.character <= start.character;
  return {
    severity: severities[d.severity] ?? 'error',
    message: d.message,
    code: String(d.code ?? 'asyncapi'),
    path: d.path as Array<string | number>,
    range: {
      startLine: start.line + 1,
      startColumn: start.character + 1,
      endLine: end.line + 1,
      endColumn: sameSpot ? start.character + 2 : end.character + 1,
    },
  };
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
  refGuardOf(parser)?.take();
  const output = await parser.parse(text, { applyTraits: true });
  const blocked = (refGuardOf(parser)?.take() ?? []).map((ref) => blockedRefDiagnostic(text, ref));
  const diagnostics = explainParserCrash(text, [...output.diagnostics.map(fromParserDiagnostic), ...blocked]);
  const document = output.document;
  const context =
    document && output.extras ? { document, locate: createLocate(output.extras.document as unknown as RangeSource) } : undefined;
  if (context) diagnostics.push(...exampleDiagnostics(context.document, context.locate));
  sortDiagnostics(diagnostics);
  const outcome = { format: syntax.format, specVersion: syntax.specVersion, stage: 'parser' as const, diagnostics, valid: document !== undefined && blocked.length === 0 };
  const parsed = { text, outcome, context };
  lastParse.set(parser, parsed);
  return parsed;
}

/** The parser's crash on a `__proto__` key (its internal stack, at Ln 1) becomes a problem at the key's line. */
function explainParserCrash(text: string, diagnostics: Diagnostic[]): Diagnostic[] {
  if (!diagnostics.some((d) => d.code === 'uncaught-error')) return diagnostics;
  const problem = protoKeyProblem(text);
  return problem ? diagnostics.map((d) => (d.code === 'uncaught-error' ? problem : d)) : diagnostics;
}

/** A refused external $ref, at the line that names it (the URI as written, else its host). */
function blockedRefDiagnostic(text: string, ref: BlockedRef): Diagnostic {
  const written = ref.uri.replace(/^file:\/\//, '');
  let at = text.indexOf(ref.uri);
  if (at === -1) at = text.indexOf(written);
  if (at === -1) {
    try {
      at = text.indexOf(new URL(ref.uri).host || written);
    } catch {
      at = -1;
    }
  }
  const line = at === -1 ? 1 : positionAt(text, at).line;
  return { severity: 'error', code: 'external-ref-not-fetched', message: ref.message, range: lineRange(line, text), ...(ref.data ? { data: ref.data } : {}) };
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
