import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { Parser, stringify } from '@asyncapi/parser';
import { AvroSchemaParser } from '@asyncapi/avro-schema-parser';
import { OpenAPISchemaParser } from '@asyncapi/openapi-schema-parser';
import { ProtoBuffSchemaParser } from '@asyncapi/protobuf-schema-parser';
import { analyzeDocument } from '@/lib/analysis/analyzeDocument';
import { createParser } from '@/lib/analysis/createParser';
import { corpusManifest, readCorpus } from '@/lib/testing/corpus';
import { patchParserWalks } from './parserWalks.cjs';

const require = createRequire(import.meta.url);
const parserFile = (path: string) => require.resolve(`@asyncapi/parser/${path}`);

/** A domain model: `count` object schemas, each with an id and `refs` references to seeded-random others. */
function domainModel(count: number, refs: number): string {
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const names = Array.from({ length: count }, (_, i) => `Entity${i}`);
  const schemas = names.map(
    (name) =>
      `    ${name}:\n      type: object\n      properties:\n        id:\n          type: string\n` +
      Array.from({ length: refs }, (_, j) => `        link${j}:\n          $ref: '#/components/schemas/${names[Math.floor(next() * count)]}'`).join('\n'),
  );
  return `asyncapi: 3.0.0
info:
  title: Domain
  version: '1'
channels:
  entities:
    address: entities
    messages:
      changed:
        payload:
          $ref: '#/components/schemas/Entity0'
      inline:
        payload:
          type: object
          properties:
            nested:
              type: object
              properties:
                back:
                  $ref: '#/components/schemas/Entity1'
operations:
  publish:
    action: send
    channel:
      $ref: '#/channels/entities'
components:
  schemas:
${schemas.join('\n')}
`;
}

describe('the parser walks bounded at build time', () => {
  it('patches both builds of both walks, and says so when a parser upgrade changed them', () => {
    for (const path of ['esm/iterator.js', 'cjs/iterator.js', 'esm/custom-operations/resolve-circular-refs.js', 'cjs/custom-operations/resolve-circular-refs.js']) {
      const file = parserFile(path);
      const source = readFileSync(file, 'utf8');
      const patched = patchParserWalks(file, source);
      expect(patched).not.toBe(source);
      expect(patched).not.toContain(path.includes('iterator') ? 'seenSchemas.delete' : '\n    ctx.visited.delete(data);');
    }
    expect(() => patchParserWalks(parserFile('esm/iterator.js'), 'export {}')).toThrow(/no longer has the line/);
    const other = parserFile('esm/index.js');
    expect(patchParserWalks(other, 'unchanged')).toBe('unchanged');
  });

  it('a model of 30 schemas referring to one another parses (the parser alone never finished)', async () => {
    const outcome = await analyzeDocument(createParser(), domainModel(30, 3), ['documentJson', 'graph', 'outline', 'labMessages']);
    expect(outcome.valid).toBe(true);
    expect(outcome.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(outcome.views.graph?.graph.nodes.some((n) => n.label === 'entities')).toBe(true);
    // Every circular $ref is put back as the schema it names (past the budget too), none left as `{ $ref }`.
    expect(outcome.views.documentJson).not.toMatch(/"\$ref":/);
    expect(outcome.views.labMessages?.[0]?.generated.payload).toMatchObject({ id: 'string', link0: { id: 'string' } });
  });

  it('gives the document the unpatched parser gives, on every corpus document and small cyclic models', { timeout: 240_000 }, async () => {
    // Node's own require loads the CommonJS build as published, past Vite's transform.
    const original = require('@asyncapi/parser') as { Parser: typeof Parser };
    const schemaParsers = () => [AvroSchemaParser(), OpenAPISchemaParser(), ProtoBuffSchemaParser()];
    const patched = new Parser({ schemaParsers: schemaParsers() });
    const unpatched = new original.Parser({ schemaParsers: schemaParsers() });
    const texts = corpusManifest().filter((m) => m.kind === 'document').map((m) => readCorpus(m.path));
    for (const count of [2, 3, 5]) texts.push(domainModel(count, count));
    texts.push(domainModel(12, 2));
    const digest = async (parser: Parser, text: string) => {
      const { document, diagnostics } = await parser.parse(text, { applyTraits: true, source: '/asyncapi.yaml' });
      return {
        diagnostics: diagnostics.map((d) => `${d.code} ${d.path.join('.')}`),
        json: document ? stringify(document) : undefined,
        schemaIds: document?.allSchemas().all().map((s) => s.id()),
      };
    };
    let compared = 0;
    for (const text of texts) {
      expect(await digest(patched, text)).toEqual(await digest(unpatched as unknown as Parser, text));
      compared += 1;
    }
    expect(compared).toBeGreaterThan(90);
  });
});
