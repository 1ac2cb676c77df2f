import type { Parser } from '@asyncapi/parser';
import type { Diagnostic } from './diagnostic';
import { sortDiagnostics } from './diagnostic';
import { exampleDiagnostics } from './exampleDiagnostics';
import { schemaValueDiagnostics } from './exampleDiagnosticsSchemas';
import { traitExampleDiagnostics } from './exampleDiagnosticsTraits';
import { createLocate } from './locate';
import type { RangeSource } from './locate';
import type { Locate } from './sourceMap';
import { checkSyntax } from './syntaxCheck';
import { loadFormatValidators, mayNeedFormatValidators } from '@/lib/messageLab/createValidator';
import { findCrossFileCycles } from '@/lib/workspace/crossFileCycles';
import { buildRefClosure } from '@/lib/workspace/refClosure';
import type { RemoteReader } from '@/lib/workspace/remoteRefs';
import { WorkspaceFileStore } from '@/lib/workspace/fileStore';
import type { WorkspaceFileEntry, WorkspaceReader } from '@/lib/workspace/types';
import { createWorkspaceResolvers } from '@/lib/workspace/workspaceResolvers';
import { toParserUri } from '@/lib/workspace/workspacePath';

// As the analysis names it (analyzeDocument's DOCUMENT_SOURCE), so ranges map through $refs the same way.
const SOURCE = '/asyncapi.yaml';

/** A workspace document's place: its relative $refs are read from `reader` (as the analysis reads them). */
export interface ExamplesWorkspace {
  documentPath: string;
  reader: WorkspaceReader;
  /** The user's allow list for http(s) $refs. */
  isOriginAllowed: (origin: string) => boolean;
  /** Fetches allowed http(s) refs; without it they resolve to nothing. */
  remote?: RemoteReader;
}

/**
 * The workspace of one example-check request: the files it was sent (the ones the document's $refs reach, each
 * with its text), read from a store made for this job alone; any other path reads as absent.
 */
export function examplesWorkspace(
  sent: { documentPath: string; files: ReadonlyArray<WorkspaceFileEntry> },
  access: Pick<ExamplesWorkspace, 'isOriginAllowed' | 'remote'>,
): ExamplesWorkspace {
  const reader = new WorkspaceFileStore();
  reader.update(sent.files);
  return { documentPath: sent.documentPath, reader, ...access };
}

/**
 * The example check of one document text: its own parse with no rules (only $refs, traits and schema formats,
 * so it finds the messages even when the document has other problems, as the parser's 2.x rule does), then
 * every message example against its schemas and (2.x) the examples of message traits and each schema's
 * `default` and `examples`. `parser` comes from `createParser({ rules: 'none' })`.
 * With `workspace`, $refs into other files resolve through the workspace resolvers (never a disk, never outside
 * the folder, remote only from allowed origins), as in the analysis.
 * Text the syntax guards refuse (alias bombs, $ref cycles, …) is not parsed: the analysis reports it.
 */
export async function checkExamples(parser: Parser, text: string, workspace?: ExamplesWorkspace): Promise<Diagnostic[]> {
  const syntax = checkSyntax(text);
  if (!syntax.ok) return [];
  // 2.x examples are checked as the parser's rule checked them, on each message as written (before traits).
  const applyTraits = !syntax.specVersion?.startsWith('2.');
  // Avro and Protobuf validation load (alongside the parse) only for a document that may use them.
  const formatsReady = workspace || mayNeedFormatValidators(text) ? loadFormatValidators() : undefined;
  let output;
  if (workspace) {
    const { documentPath, reader, isOriginAllowed, remote } = workspace;
    const closure = buildRefClosure(documentPath, { text, value: syntax.value }, reader, { isOriginAllowed });
    // A chain of files the parser never returns on: the analysis reports it, and nothing here can be checked.
    if (findCrossFileCycles(closure).length > 0) return [];
    const { resolvers } = createWorkspaceResolvers({ reader, closure, isOriginAllowed, remote });
    output = await parser.parse(text, { applyTraits, source: toParserUri(documentPath), __unstable: { resolver: { resolvers } } });
  } else {
    output = await parser.parse(text, { applyTraits, source: SOURCE });
  }
  if (!output.document || !output.extras) return [];
  await formatsReady;
  const locate = createLocate(output.extras.document as unknown as RangeSource);
  // A value written in another file is shown at the $ref of this document that pulls it in: the deepest
  // part of its path this text holds.
  const near: Locate | undefined = workspace
    ? (path) => {
        for (let n = path.length - 1; n > 0; n--) {
          const range = locate(path.slice(0, n));
          if (range) return locate([...path.slice(0, n), '$ref']) ?? range;
        }
        return undefined;
      }
    : undefined;
  const diagnostics = [
    ...exampleDiagnostics(output.document, locate, near),
    ...traitExampleDiagnostics(output.document, locate, near),
    ...schemaValueDiagnostics(output.document, locate, near),
  ];
  return sortDiagnostics(diagnostics);
}
