// nimma's `./parser` export (its JSONPath grammar, no code generation) ships no type file.
declare module 'nimma/parser' {
  export interface NimmaNode {
    type: string;
    value?: unknown;
    deep?: boolean;
  }
  export interface NimmaSyntaxError extends Error {
    location?: { start: { offset: number; line: number; column: number } };
  }
  export function parse(input: string): NimmaNode[];
}
