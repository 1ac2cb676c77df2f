import type { AsyncAPIDocumentInterface, Parser } from '@asyncapi/parser';
import type { CodegenOutcome } from './codegenOutcome';
import { generateCode } from './generateCode';
import type { CodegenOptions, LanguageId } from './languages';

const INVALID = 'The document has errors (see Problems); the models are from its last valid version.';

/**
 * Parses a text once and generates from it as often as asked: switching language or options costs
 * no new parse (a 300-channel document takes seconds to parse).
 */
export function createCodegenSession(parser: Parser) {
  let last: { text: string; document: AsyncAPIDocumentInterface | undefined } | null = null;
  return async (text: string, language: LanguageId, options: CodegenOptions): Promise<CodegenOutcome> => {
    if (last?.text !== text) {
      const { document } = await parser.parse(text, { applyTraits: true });
      last = { text, document };
    }
    if (!last.document) return { ok: false, message: INVALID, warnings: [], invalidDocument: true };
    return generateCode(last.document, language, options);
  };
}
