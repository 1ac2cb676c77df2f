import { Parser } from '@asyncapi/parser';
import { AvroSchemaParser } from '@asyncapi/avro-schema-parser';
import { OpenAPISchemaParser } from '@asyncapi/openapi-schema-parser';
import { ProtoBuffSchemaParser } from '@asyncapi/protobuf-schema-parser';
import { describe, expect, it } from 'vitest';
import { checkExamples } from './checkExamples';
import { createParser } from './createParser';
import { CUSTOM_FORMAT_EXAMPLES_RULE } from './exampleDiagnostics';
import { SCHEMA_DEFAULT_RULE, SCHEMA_EXAMPLES_RULE } from './exampleDiagnosticsSchemas';

const RULES = [SCHEMA_DEFAULT_RULE, SCHEMA_EXAMPLES_RULE, CUSTOM_FORMAT_EXAMPLES_RULE];

/**
 * A 2.x document with a `default` or `examples` value for each of the parser's value rules, each breaking
 * `pattern` (a string value itself is never checked by those rules, so the strings sit in objects), and one
 * wrong non-pattern value (a parameter's default that is no integer).
 */
function document(pattern: string, value: string): string {
  return `asyncapi: 2.6.0
info:
  title: Values
  version: 1.0.0
channels:
  c/{id}:
    parameters:
      id:
        schema:
          type: integer
          default: 1.5
    publish:
      message:
        payload:
          type: object
          properties:
            name: { type: string, pattern: '${pattern}' }
          default: { name: ${value} }
          examples:
            - name: ${value}
            - name: aa
components:
  schemas:
    S:
      type: object
      properties:
        name: { type: string, pattern: '${pattern}' }
      default: { name: ${value} }
      examples:
        - name: ${value}
  messages:
    m:
      schemaFormat: application/vnd.aai.asyncapi;version=2.6.0
      payload:
        type: object
        properties:
          name: { type: string, pattern: '${pattern}' }
      examples:
        - payload: { name: ${value} }
`;
}

const lineOf = (text: string, fragment: string, nth = 0) => text.split('\n').map((l, i) => (l.includes(fragment) ? i + 1 : 0)).filter((n) => n > 0)[nth];

/** The parser as published, every rule on: the rows its value rules give, as `<rule> at <line>`. */
async function referenceRows(text: string): Promise<string[]> {
  const reference = new Parser({ schemaParsers: [AvroSchemaParser(), OpenAPISchemaParser(), ProtoBuffSchemaParser()] });
  const output = await reference.parse(text, { applyTraits: true, source: '/asyncapi.yaml' });
  return output.diagnostics.filter((d) => RULES.includes(String(d.code))).map((d) => `${d.code} at ${d.range.start.line + 1}`);
}

const examplesParser = createParser({ rules: 'none' });
// 40 a's and a '!': JavaScript's RegExp takes about 2^40 steps on '^(a+)+$', the linear engine 40.
const EVIL = `${'a'.repeat(40)}!`;

describe('the 2.x value rules (schema default, schema examples, custom-format message examples)', () => {
  it('gives the rows the parser’s own rules give, at their lines', async () => {
    const text = document('^a+$', 'aaab');
    const ours = await checkExamples(examplesParser, text);
    const reference = await referenceRows(text);
    expect(reference).toHaveLength(6);
    expect(ours.filter((d) => RULES.includes(d.code)).map((d) => `${d.code} at ${d.range.startLine}`).sort()).toEqual(reference.sort());
    expect(ours.every((d) => d.severity === 'error')).toBe(true);
    expect(ours.map((d) => d.message)).toContain('Default of the schema at channels.c/{id}.parameters.id.schema does not match it at (root): must be integer');
  });

  it('leaves those rules off in the studio’s parser, which then finishes on a ReDoS pattern', async () => {
    const text = document('^(a+)+$', EVIL);
    const started = performance.now();
    const output = await createParser().parse(text);
    const inWorkspace = await createParser().parse(text, { __unstable: { resolver: { resolvers: [] } } });
    expect(performance.now() - started).toBeLessThan(5_000);
    for (const run of [output, inWorkspace]) expect(run.diagnostics.filter((d) => RULES.includes(String(d.code)))).toEqual([]);
  });

  for (const [rule, where, nth] of [
    [SCHEMA_DEFAULT_RULE, `default: { name: ${EVIL} }`, 1],
    [SCHEMA_EXAMPLES_RULE, `- name: ${EVIL}`, 1],
    [CUSTOM_FORMAT_EXAMPLES_RULE, `- payload: { name: ${EVIL} }`, 0],
  ] as const) {
    it(`${rule}: reports a value that breaks '^(a+)+$' fast (linear-time patterns)`, async () => {
      const text = document('^(a+)+$', EVIL);
      const started = performance.now();
      const rows = (await checkExamples(examplesParser, text)).filter((d) => d.code === rule);
      expect(performance.now() - started).toBeLessThan(5_000);
      const line = lineOf(text, where, nth);
      const row = rows.find((d) => d.range.startLine === line);
      expect(row, `${rule} at line ${line}: ${JSON.stringify(rows)}`).toMatchObject({ severity: 'error' });
      expect(row!.message).toContain('must match pattern "^(a+)+$"');
    });
  }

  it('reports a schema reached through a local $ref once, where it is written', async () => {
    const text = `asyncapi: 2.6.0
info:
  title: Refs
  version: 1.0.0
channels:
  c:
    publish:
      message:
        payload:
          $ref: '#/components/schemas/S'
components:
  schemas:
    S:
      type: object
      properties:
        n: { type: integer }
      default: { n: x }
`;
    const rows = await checkExamples(examplesParser, text);
    expect(rows.map((d) => `${d.code} at ${d.range.startLine}`)).toEqual([`${SCHEMA_DEFAULT_RULE} at 17`]);
    expect(rows.map((d) => `${d.code} at ${d.range.startLine}`)).toEqual(await referenceRows(text));
  });

  it('reports `examples` that is no array once, at the schema, as the parser does', async () => {
    const text = document('^a+$', 'aa').replace("          default: { name: aa }\n", "          default: { name: aa }\n          examples: none\n").replace(/\n\s+examples:\n\s+- name: aa\n\s+- name: aa\n/, '\n');
    const rows = (await checkExamples(examplesParser, text)).filter((d) => d.code === SCHEMA_EXAMPLES_RULE);
    expect(rows.map((d) => `${d.code} at ${d.range.startLine}`)).toEqual([`${SCHEMA_EXAMPLES_RULE} at ${lineOf(text, 'payload:')}`]);
    expect(rows.map((d) => `${d.code} at ${d.range.startLine}`)).toEqual((await referenceRows(text)).filter((r) => r.startsWith(SCHEMA_EXAMPLES_RULE)));
  });
});

