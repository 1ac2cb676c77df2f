declare function parserWalksLoader(this: { resourcePath: string }, source: string): string;
declare namespace parserWalksLoader {
  function patchParserWalks(resourcePath: string, source: string): string;
  const REF_WALK_BUDGET: number;
  const SCHEMA_WALK: RegExp;
  const REF_WALK: RegExp;
}
export = parserWalksLoader;
