import type { AsyncAPIDocumentInterface } from '@asyncapi/parser';
import { createParser } from '@/lib/analysis/createParser';
import { corpusPath, readCorpus } from '@/lib/testing/corpus';

/** Parses text with the studio's parser and fails loudly when the document does not come back. */
// One parser for the whole test file: building its ruleset costs more than most parses.
let parser: ReturnType<typeof createParser> | undefined;

export async function parseText(text: string, source?: string): Promise<AsyncAPIDocumentInterface> {
  parser ??= createParser();
  const { document, diagnostics } = await parser.parse(text, source ? { source } : {});
  if (!document) {
    const errors = diagnostics.filter((d) => d.severity === 0).map((d) => d.message);
    throw new Error(`document did not parse: ${errors.join('; ')}`);
  }
  return document;
}

export function parseCorpus(relative: string): Promise<AsyncAPIDocumentInterface> {
  // The source path lets multi-file documents resolve their relative $refs.
  return parseText(readCorpus(relative), corpusPath(relative));
}
