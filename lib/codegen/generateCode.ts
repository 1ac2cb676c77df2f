import type { AsyncAPIDocumentInterface } from '@asyncapi/parser';
import { Logger } from '@asyncapi/modelina';
import { GENERATORS } from './generators';
import type { CodegenOutcome } from './codegenOutcome';
import { toInputModel } from './inputModel';
import { languageSpec } from './languages';
import type { CodegenOptions, LanguageId } from './languages';

const text = (value: unknown) => (value instanceof Error ? value.message : typeof value === 'string' ? value : JSON.stringify(value));

/** Generated models for a parsed document in one language; Modelina's failures come back as messages. */
export async function generateCode(document: AsyncAPIDocumentInterface, language: LanguageId, options: CodegenOptions): Promise<CodegenOutcome> {
  const spec = languageSpec(language);
  if (spec.packagePattern && !spec.packagePattern.test(options.packageName)) {
    return { ok: false, message: `“${options.packageName}” is not a valid ${spec.label} ${spec.packageLabel?.toLowerCase() ?? 'name'}.`, warnings: [] };
  }
  const warnings: string[] = [];
  // Modelina reports skipped or overwritten models through its global logger; they are worth showing.
  Logger.setLogger({
    debug: () => {},
    info: () => {},
    warn: (message: unknown) => warnings.push(text(message)),
    error: (message: unknown) => warnings.push(text(message)),
  });
  try {
    const files = await GENERATORS[language](toInputModel(document), options);
    if (!files.some((f) => f.modelName)) return { ok: false, message: 'The document has no message payloads or schemas to generate models from.', warnings };
    return { ok: true, files, warnings: [...new Set(warnings)], title: document.info().title() };
  } catch (error) {
    return { ok: false, message: `${spec.label} generation failed: ${text(error)}`, warnings: [...new Set(warnings)] };
  }
}
