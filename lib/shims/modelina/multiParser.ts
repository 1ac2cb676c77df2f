// Stands in for @asyncapi/multi-parser in the code-generation bundle. The studio hands Modelina models it
// built from its own parser's document, so Modelina never parses, and never needs the two older parser
// copies the real package loads.
function unavailable(): never {
  throw new Error('Modelina parses nothing here: the studio passes it the models of an already parsed document.');
}

export const NewParser = unavailable;

export function ConvertDocumentParserAPIVersion<T>(doc: T): T {
  return doc;
}
