import type { Parser } from '@asyncapi/parser';
import type { AnalysisOutcome } from '@/lib/analysis/analyzeDocument';
import type { Diagnostic } from '@/lib/analysis/diagnostic';
import { buildViews } from '@/lib/analysis/derivedViews';
import type { DerivedViews, ViewContext, ViewName } from '@/lib/analysis/derivedViews';
import { createLocate } from '@/lib/analysis/locate';
import type { RangeSource } from '@/lib/analysis/locate';
import { checkSyntax } from '@/lib/analysis/syntaxCheck';
import { findCrossFileCycles } from './crossFileCycles';
import { linkAcrossFiles, parserDiagnosticPlacer, placeRefusal, sortAcrossFiles } from './crossFileDiagnostics';
import { buildRefClosure } from './refClosure';
import type { RefClosure } from './refClosure';
import type { RemoteReader } from './remoteRefs';
import type { WorkspaceFacts, WorkspaceReader } from './types';
import { createWorkspaceResolvers } from './workspaceResolvers';
import { toParserUri } from './workspacePath';

export interface WorkspaceAnalysisInput {
  /** Workspace path of the analysed document; its text is `text`, whatever the reader holds for that path. */
  documentPath: string;
  text: string;
  reader: WorkspaceReader;
  wanted?: ReadonlyArray<ViewName>;
  /** The user's allow list for http(s) $refs (the page's own origin included, in the worker). */
  isOriginAllowed: (origin: string) => boolean;
  /** Fetches allowed http(s) refs; without it they are reported as not read. */
  remote?: RemoteReader;
}

export type WorkspaceAnalysis =
  | { kind: 'done'; outcome: AnalysisOutcome; facts: WorkspaceFacts }
  /** The worker lacks the current text of these listed files: the page must send them and ask again. */
  | { kind: 'needs-files'; paths: string[] };

interface Parsed {
  key: string;
  outcome: Omit<AnalysisOutcome, 'views'>;
  facts: WorkspaceFacts;
  context?: Omit<ViewContext, 'text'>;
}

// As in analyzeDocument: opening a panel asks for new views of an unchanged workspace, which needs no new parse.
const lastParse = new WeakMap<Parser, Parsed>();

function factsOf(closure: RefClosure | undefined, documentPath: string): WorkspaceFacts {
  const dependencies = closure ? [...closure.dependencies].filter((p) => p !== documentPath).sort() : [];
  return { documentPath, dependencies, remoteRefs: closure ? [...closure.remoteRefs].sort() : [] };
}

/** What the parse depends on: the text, each reached file's version, and which remote origins may be read. */
function keyOf(input: WorkspaceAnalysisInput, closure: RefClosure): string {
  const files = [...closure.dependencies].sort().map((path) => {
    const state = input.reader.read(path);
    return `${path}@${state.state === 'text' || state.state === 'not-loaded' ? state.version : state.state}`;
  });
  const remote = [...closure.remoteRefs].map((url) => `${url}:${input.isOriginAllowed(new URL(url).origin)}`);
  return [input.documentPath, ...files, ...remote, input.text].join('\n');
}

async function parseWorkspace(parser: Parser, input: WorkspaceAnalysisInput): Promise<Parsed | { needs: string[] }> {
  const { documentPath, text } = input;
  const syntax = checkSyntax(text);
  if (!syntax.ok) {
    const outcome = { format: syntax.format, specVersion: syntax.specVersion, stage: 'syntax' as const, diagnostics: syntax.diagnostics, valid: false };
    return { key: '', outcome, facts: factsOf(undefined, documentPath) };
  }
  const closure = buildRefClosure(documentPath, { text, value: syntax.value }, input.reader, { isOriginAllowed: input.isOriginAllowed });
  if (closure.notLoaded.length > 0) return { needs: closure.notLoaded };
  const facts = factsOf(closure, documentPath);
  const cycles = findCrossFileCycles(closure);
  if (cycles.length > 0) {
    // The parser never returns on such a chain: stop here, as the single-file ref-cycle guard does.
    const diagnostics = sortAcrossFiles(linkAcrossFiles([...closure.diagnostics, ...cycles], closure));
    return { key: '', outcome: { format: syntax.format, specVersion: syntax.specVersion, stage: 'syntax', diagnostics, valid: false }, facts };
  }
  const key = keyOf(input, closure);
  const cached = lastParse.get(parser);
  if (cached?.key === key) return cached;

  const { resolvers, log } = createWorkspaceResolvers({ reader: input.reader, closure, isOriginAllowed: input.isOriginAllowed, remote: input.remote });
  // A resolver given per parse makes the parser build a fresh Spectral (and URI cache) for it; measured: no
  // slower than a parser built with the resolvers. (It uses the default ruleset, as createParser does.)
  const output = await parser.parse(text, { source: toParserUri(documentPath), applyTraits: true, __unstable: { resolver: { resolvers } } });
  if (log.notLoaded.size > 0) return { needs: [...log.notLoaded] };

  const refused = new Set([...closure.refusedUris, ...log.refused.map((r) => r.uri)]);
  const diagnostics: Diagnostic[] = [...closure.diagnostics];
  const place = parserDiagnosticPlacer(closure, refused);
  for (const d of output.diagnostics) {
    const placed = place(d);
    if (placed) diagnostics.push(placed);
  }
  for (const r of log.refused) diagnostics.push(placeRefusal(r, closure));
  const document = output.document;
  const context = document && output.extras ? { document, locate: createLocate(output.extras.document as unknown as RangeSource) } : undefined;
  const linked = sortAcrossFiles(linkAcrossFiles(diagnostics, closure));
  const valid = document !== undefined && !linked.some((d) => d.severity === 'error');
  const parsed: Parsed = { key, outcome: { format: syntax.format, specVersion: syntax.specVersion, stage: 'parser', diagnostics: linked, valid }, facts, context };
  lastParse.set(parser, parsed);
  return parsed;
}

/**
 * The analysis of one document of a workspace: its relative $refs read from the workspace files (never a
 * disk, never outside the folder), http(s) refs only from allowed origins. Diagnostics name the file they are
 * in (`file`, absent for the document itself) and link to the $ref that pulls it in; `facts.dependencies`
 * lists the files to re-validate it after.
 */
export async function analyzeWorkspaceDocument(parser: Parser, input: WorkspaceAnalysisInput): Promise<WorkspaceAnalysis> {
  const parsed = await parseWorkspace(parser, input);
  if ('needs' in parsed) return { kind: 'needs-files', paths: parsed.needs };
  const views: DerivedViews = parsed.context ? buildViews({ ...parsed.context, text: input.text }, input.wanted ?? []) : {};
  return { kind: 'done', outcome: { ...parsed.outcome, views }, facts: parsed.facts };
}
