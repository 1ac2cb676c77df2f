import type { Parser } from '@asyncapi/parser';
import { analyzeDocument } from '@/lib/analysis/analyzeDocument';
import { createParser } from '@/lib/analysis/createParser';
import type { ConvertWorkerResponse } from './protocol';

// The analysis worker's parser configuration: no external $ref is read (the converted text is checked as the
// editor will check it once applied, where reading one needs the user's leave).
let parser: Parser | undefined;

/**
 * Adds the parser's verdict on a converted text (`result.check`), so the dialog can list its problems before
 * Apply. Other answers pass through unchanged.
 */
export async function withConversionCheck(response: ConvertWorkerResponse): Promise<ConvertWorkerResponse> {
  if (response.type !== 'text-result' || response.job !== 'convert' || !response.result.ok) return response;
  parser ??= createParser({ isOriginAllowed: () => false });
  const outcome = await analyzeDocument(parser, response.result.text);
  const problems = outcome.diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning');
  return { ...response, result: { ...response.result, check: { valid: outcome.valid, problems } } };
}
