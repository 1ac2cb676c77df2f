import type { AsyncAPIDocumentInterface } from '@asyncapi/parser';
import { documentFromJson } from '@/lib/docs/documentFromJson';
import type { CodegenOutcome } from './codegenOutcome';
import { generateCode } from './generateCode';
import type { CodegenOptions, LanguageId } from './languages';

/**
 * Generates from the analysis worker's `stringify(document)` of the last valid version: the document is
 * rebuilt, not parsed again (a 300-channel document takes seconds to parse, on a CPU the editor shares).
 * The rebuilt document is kept, so switching language or options costs only the generation.
 */
export function createCodegenSession() {
  let last: { json: string; document: AsyncAPIDocumentInterface } | null = null;
  return async (documentJson: string, language: LanguageId, options: CodegenOptions): Promise<CodegenOutcome> => {
    if (last?.json !== documentJson) last = { json: documentJson, document: documentFromJson(documentJson) };
    return generateCode(last.document, language, options);
  };
}
