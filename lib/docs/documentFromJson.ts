import { unstringify } from '@asyncapi/parser';
import type { AsyncAPIDocumentInterface } from '@asyncapi/parser';

/**
 * Rebuilds the model from the analysis worker's `stringify(document)` output (no parse, no validation).
 * From the parsed JSON, not the string: with the string, parser 3.6.3 does not restore shared and
 * circular references.
 */
export function documentFromJson(documentJson: string): AsyncAPIDocumentInterface {
  const document = unstringify(JSON.parse(documentJson) as object);
  if (!document) throw new Error('The parsed document could not be rebuilt.');
  return document;
}
