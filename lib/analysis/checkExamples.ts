import type { Parser } from '@asyncapi/parser';
import type { Diagnostic } from './diagnostic';
import { sortDiagnostics } from './diagnostic';
import { exampleDiagnostics } from './exampleDiagnostics';
import { createLocate } from './locate';
import type { RangeSource } from './locate';
import { checkSyntax } from './syntaxCheck';

// As the analysis names it (analyzeDocument's DOCUMENT_SOURCE), so ranges map through $refs the same way.
const SOURCE = '/asyncapi.yaml';

/**
 * The example check of one document text: its own parse with no rules (only $refs, traits and schema formats,
 * so it finds the messages even when the document has other problems, as the parser's 2.x rule does), then
 * every message example against its schemas. `parser` comes from `createParser({ rules: 'none' })`.
 * Text the syntax guards refuse (alias bombs, $ref cycles, …) is not parsed: the analysis reports it.
 */
export async function checkExamples(parser: Parser, text: string): Promise<Diagnostic[]> {
  const syntax = checkSyntax(text);
  if (!syntax.ok) return [];
  // 2.x examples are checked as the parser's rule checked them, on each message as written (before traits).
  const applyTraits = !syntax.specVersion?.startsWith('2.');
  const output = await parser.parse(text, { applyTraits, source: SOURCE });
  if (!output.document || !output.extras) return [];
  const diagnostics = exampleDiagnostics(output.document, createLocate(output.extras.document as unknown as RangeSource));
  return sortDiagnostics(diagnostics);
}
