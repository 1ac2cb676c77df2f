import type { AsyncAPIDocumentInterface } from '@asyncapi/parser';
import { createParser } from '@/lib/analysis/createParser';
import { readCorpus } from '@/lib/testing/corpus';
import type { GeneratedFile } from './codegenOutcome';
import { generateCode } from './generateCode';
import { languageSpec } from './languages';
import type { CodegenOptions, LanguageId } from './languages';

const parser = createParser();

/** A corpus document, parsed as the worker parses it. */
export async function parseCorpus(relative: string): Promise<AsyncAPIDocumentInterface> {
  const { document, diagnostics } = await parser.parse(readCorpus(relative), { applyTraits: true });
  if (!document) throw new Error(`${relative} does not parse: ${diagnostics[0]?.message}`);
  return document;
}

/** A document given as text, parsed as the worker parses it. */
export async function parseText(text: string): Promise<AsyncAPIDocumentInterface> {
  const { document, diagnostics } = await parser.parse(text, { applyTraits: true });
  if (!document) throw new Error(`the document does not parse: ${diagnostics.filter((d) => d.severity === 0).map((d) => d.message).join('; ')}`);
  return document;
}

/** The files for a language with its default options (or these), failing the test on a generation error. */
export async function generateFiles(document: AsyncAPIDocumentInterface, language: LanguageId, options?: Partial<CodegenOptions>): Promise<GeneratedFile[]> {
  const result = await generateCode(document, language, { ...languageSpec(language).defaults, ...options });
  if (!result.ok) throw new Error(result.message);
  return result.files;
}

/** `sentAt`, `sent_at` and `SentAt` are one field in different languages' conventions. */
export const fieldKey = (name: string) => name.replace(/_/g, '').toLowerCase();
