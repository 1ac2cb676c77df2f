import { Parser } from '@asyncapi/parser';
import { AvroSchemaParser } from '@asyncapi/avro-schema-parser';
import { OpenAPISchemaParser } from '@asyncapi/openapi-schema-parser';
import { ProtoBuffSchemaParser } from '@asyncapi/protobuf-schema-parser';
import { describe, expect, it } from 'vitest';
import { checkExamples } from './checkExamples';
import { createParser } from './createParser';
import { MESSAGE_EXAMPLES_RULE } from './exampleDiagnostics';

// Message traits with examples (2.x traits have headers, no payload): one in the operation's message, one in
// components reached through a $ref (checked once, where it is written). The message's own example is fine.
function document(pattern: string, value: string): string {
  return `asyncapi: 2.6.0
info:
  title: Traits
  version: 1.0.0
channels:
  c:
    publish:
      message:
        payload: { type: string }
        traits:
          - $ref: '#/components/messageTraits/T'
          - headers:
              type: object
              properties:
                h: { type: string, pattern: '${pattern}' }
            examples:
              - headers: { h: ${value} }
        examples:
          - payload: fine
components:
  messageTraits:
    T:
      headers:
        type: object
        properties:
          h: { type: string, pattern: '${pattern}' }
      examples:
        - headers: { h: ${value} }
        - payload: 3
`;
}

async function referenceRows(text: string): Promise<string[]> {
  const reference = new Parser({ schemaParsers: [AvroSchemaParser(), OpenAPISchemaParser(), ProtoBuffSchemaParser()] });
  const output = await reference.parse(text, { applyTraits: true, source: '/asyncapi.yaml' });
  return output.diagnostics.filter((d) => d.code === MESSAGE_EXAMPLES_RULE).map((d) => `error at ${d.range.start.line + 1}`);
}

const parser = createParser({ rules: 'none' });

describe('the examples of 2.x message traits', () => {
  it('gives the rows the parser’s asyncapi2-message-examples rule gives for traits, at their lines', async () => {
    const text = document('^a+$', 'aaab');
    const rows = await checkExamples(parser, text);
    const reference = await referenceRows(text);
    expect(reference).toHaveLength(2);
    expect(rows.map((d) => `${d.severity} at ${d.range.startLine}`).sort()).toEqual(reference.sort());
    expect(rows.every((d) => d.code === MESSAGE_EXAMPLES_RULE)).toBe(true);
  });

  it('reports a header that breaks ^(a+)+$ fast (linear-time patterns), and the studio’s parser finishes too', async () => {
    const text = document('^(a+)+$', `${'a'.repeat(40)}!`);
    const started = performance.now();
    const rows = await checkExamples(parser, text);
    const output = await createParser().parse(text);
    expect(performance.now() - started).toBeLessThan(5_000);
    const lines = text.split('\n').flatMap((l, i) => (l.includes('- headers: { h: aaaa') ? [i + 1] : []));
    expect(lines).toHaveLength(2);
    expect(rows.map((d) => d.range.startLine)).toEqual(lines);
    expect(rows[0]!.message).toContain('must match pattern "^(a+)+$"');
    expect(output.diagnostics.filter((d) => d.code === MESSAGE_EXAMPLES_RULE)).toEqual([]);
  });
});
