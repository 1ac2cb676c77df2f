import Ajv from 'ajv';
import { Parser } from '@asyncapi/parser';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_DOCUMENT } from '@/lib/defaultDocument';
import { createParser } from './createParser';
import { reuseCompiledSchemas } from './schemaReuse';

/** How often Ajv compiles the AsyncAPI document schema (the one with an asyncapi.com $id) during `run`. */
async function documentSchemaCompiles(run: () => Promise<unknown>): Promise<number> {
  const compile = vi.spyOn(Ajv.prototype, 'compile');
  await run();
  const count = compile.mock.calls.filter(([schema]) => typeof schema === 'object' && /asyncapi\.com.*asyncapi-(un)?resolved/.test(String((schema as { $id?: string }).$id))).length;
  compile.mockRestore();
  return count;
}

describe('reuseCompiledSchemas', () => {
  afterEach(() => vi.restoreAllMocks());

  it('compiles the document schema once per parser, not once per parse', async () => {
    const parser = createParser();
    const first = await parser.parse(DEFAULT_DOCUMENT);
    expect(first.document).toBeDefined();
    const again = await documentSchemaCompiles(() => parser.parse(DEFAULT_DOCUMENT.replace('version: 1.2.0', 'version: 1.3.0')));
    expect(again).toBe(0);
  });

  it('shares the compiled schema with the Spectral a parse with its own $ref resolvers builds (a workspace document)', async () => {
    const parser = createParser();
    const read = () => 'type: string\n';
    const options = { __unstable: { resolver: { resolvers: [{ schema: 'file', read }] } } };
    await parser.parse(DEFAULT_DOCUMENT);
    const broken = DEFAULT_DOCUMENT.replace('action: send', 'action: publish');
    const compiles = await documentSchemaCompiles(async () => {
      const { diagnostics } = await parser.parse(broken, options);
      // The wrapped rules still report: the override changed where the schema is kept, not what it says.
      expect(diagnostics.some((d) => d.code === 'asyncapi-document-resolved')).toBe(true);
      expect((await parser.parse(DEFAULT_DOCUMENT, options)).document).toBeDefined();
    });
    expect(compiles).toBe(0);
  });

  it('is what makes the difference: a plain parser compiles it again on every parse', async () => {
    const parser = new Parser();
    await parser.parse(DEFAULT_DOCUMENT);
    expect(await documentSchemaCompiles(() => parser.parse(DEFAULT_DOCUMENT))).toBeGreaterThan(0);
  });

  it('keeps the schema errors, their messages and ranges, parse after parse', async () => {
    const plain = new Parser();
    const reused = reuseCompiledSchemas(new Parser());
    const broken = DEFAULT_DOCUMENT.replace('action: send', 'action: publish');
    const rows = async (parser: Parser) => (await parser.parse(broken)).diagnostics.map((d) => [d.code, d.message, d.path, d.range]);
    await reused.parse(DEFAULT_DOCUMENT);
    const expected = await rows(plain);
    expect(expected.some(([code]) => code === 'asyncapi-document-resolved')).toBe(true);
    expect(await rows(reused)).toEqual(expected);
    expect(await rows(reused)).toEqual(expected);
  });

  it('says so when the parser no longer has the rules it wraps', () => {
    const parser = new Parser();
    const rules = (parser as unknown as { spectral: { ruleset: { rules: Record<string, unknown> } } }).spectral.ruleset.rules;
    delete rules['asyncapi-document-resolved'];
    expect(() => reuseCompiledSchemas(parser)).toThrow(/asyncapi-document-resolved/);
  });

  it('leaves a parser without the core rules as it is', async () => {
    const parser = reuseCompiledSchemas(new Parser({ ruleset: { core: false, recommended: false } }));
    const { document } = await parser.parse(DEFAULT_DOCUMENT.replace('action: send', 'action: publish'));
    expect(document).toBeDefined();
  });
});
