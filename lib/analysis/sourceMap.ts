/** A place in the editor's text, 1-based like Monaco (line 1, column 1 is the first character). */
export interface SourceRange {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

/** A JSON path into the document, e.g. ['channels', 'userSignedUp', 'address']. */
export type JsonPath = ReadonlyArray<string | number>;

/**
 * Finds where a JSON path's value sits in the source text, or undefined when it is not there
 * (e.g. the value came from a resolved $ref in another file).
 */
export type Locate = (path: JsonPath) => SourceRange | undefined;
