import { Parser } from '@asyncapi/parser';
import { AvroSchemaParser } from '@asyncapi/avro-schema-parser';
import { OpenAPISchemaParser } from '@asyncapi/openapi-schema-parser';
import { ProtoBuffSchemaParser } from '@asyncapi/protobuf-schema-parser';
import { describe, expect, it } from 'vitest';
import { checkExamples } from './checkExamples';
import { createParser } from './createParser';
import { createLocate } from './locate';
import type { RangeSource } from './locate';
import { CUSTOM_FORMAT_EXAMPLES_RULE, MESSAGE_EXAMPLES_RULE, exampleDiagnostics } from './exampleDiagnostics';
import { DEFAULT_DOCUMENT } from '@/lib/defaultDocument';

async function parse(text: string) {
  const output = await createParser().parse(text);
  if (!output.document) throw new Error(output.diagnostics.map((d) => d.message).join('\n'));
  return { document: output.document, locate: createLocate(output.extras!.document as unknown as RangeSource) };
}

const examplesParser = createParser({ rules: 'none' });

/** The parser as published, every rule on: the reference for what a message example rule reports. */
async function referenceRows(text: string, rule: string = MESSAGE_EXAMPLES_RULE): Promise<string[]> {
  const reference = new Parser({ schemaParsers: [AvroSchemaParser(), OpenAPISchemaParser(), ProtoBuffSchemaParser()] });
  const output = await reference.parse(text, { applyTraits: true, source: '/asyncapi.yaml' });
  return output.diagnostics.filter((d) => d.code === rule).map((d) => `error at ${d.range.start.line + 1}`);
}

// Two messages with examples that break their schemas (payload pattern, header type, a missing required
// property), one reached through a channel's $ref; a third names its schemaFormat (the parser's custom-format
// rule checks it); the document also lacks info.version.
const V2_DOCUMENT = `asyncapi: 2.6.0
info:
  title: Examples
channels:
  a:
    publish:
      message:
        $ref: '#/components/messages/m'
  b:
    subscribe:
      message:
        oneOf:
          - payload: { type: integer }
            examples:
              - payload: 3
              - payload: three
components:
  messages:
    m:
      headers:
        type: object
        properties:
          h: { type: integer }
      payload:
        type: object
        required: [id]
        properties:
          id: { type: string, pattern: '^[0-9]+$' }
      examples:
        - payload: { id: abc }
          headers: { h: x }
        - payload: { name: 1 }
          headers: nope
    n:
      schemaFormat: application/vnd.aai.asyncapi;version=2.6.0
      payload: { type: string }
      examples:
        - payload: 3
`;

describe('exampleDiagnostics', () => {
  it('flags a 3.0 message example that breaks its payload schema, at the offending line', async () => {
    const text = DEFAULT_DOCUMENT.replace('latitude: 52.3702', 'latitude: north');
    const { document, locate } = await parse(text);
    const diagnostics = exampleDiagnostics(document, locate);
    expect(diagnostics).toHaveLength(1);
    const line = text.split('\n').findIndex((l) => l.includes('latitude: north')) + 1;
    expect(diagnostics[0]).toMatchObject({ severity: 'warning', code: 'message-example', range: { startLine: line } });
    expect(diagnostics[0]!.message).toContain('latitude');
  });

  it('checks header examples too, at the header’s line', async () => {
    const text = DEFAULT_DOCUMENT.replace('correlationId: 7f1c2e9a-1d7b-4c8e-9a61-0b6f0d3c2a11', 'correlationId: not-a-uuid');
    const { document, locate } = await parse(text);
    const diagnostics = exampleDiagnostics(document, locate);
    const line = text.split('\n').findIndex((l) => l.includes('correlationId: not-a-uuid')) + 1;
    expect(diagnostics.map((d) => [d.range.startLine, d.message])).toEqual([
      [line, 'Example “inTransit” of message LocationUpdated does not match its headers schema at correlationId: must match format "uuid"'],
    ]);
  });

  it('places a property the schema does not allow (additionalProperties: false) at that property, not at its object', async () => {
    const text = DEFAULT_DOCUMENT.replace(
      '        required: [parcelId, latitude, longitude, recordedAt]\n',
      '        required: [parcelId, latitude, longitude, recordedAt]\n        additionalProperties: false\n',
    ).replace("            recordedAt: '2024-05-04T10:15:00Z'\n", "            recordedAt: '2024-05-04T10:15:00Z'\n            heading: 270\n");
    const { document, locate } = await parse(text);
    const [diagnostic, ...others] = exampleDiagnostics(document, locate);
    expect(others).toEqual([]);
    expect(diagnostic!.path?.slice(-2)).toEqual(['payload', 'heading']);
    expect(diagnostic!.range.startLine).toBe(text.split('\n').findIndex((l) => l.includes('heading: 270')) + 1);
    expect(diagnostic!.message).toContain('property “heading” is not allowed');
  });

  it('finds nothing to say about valid examples', async () => {
    const { document, locate } = await parse(DEFAULT_DOCUMENT);
    expect(exampleDiagnostics(document, locate)).toEqual([]);
  });

  it('reports in a 2.x document the rows the parser’s asyncapi2-message-examples rule reports, at its lines', async () => {
    const all = await checkExamples(examplesParser, V2_DOCUMENT);
    const ours = all.filter((d) => d.code === MESSAGE_EXAMPLES_RULE);
    const reference = await referenceRows(V2_DOCUMENT);
    expect(reference).toHaveLength(5);
    expect(ours.map((d) => `${d.severity} at ${d.range.startLine}`).sort()).toEqual(reference.sort());
    // The message that names its schemaFormat: the custom-format rule's row, as the parser gives it.
    const custom = all.filter((d) => d.code === CUSTOM_FORMAT_EXAMPLES_RULE);
    expect(custom.map((d) => `${d.severity} at ${d.range.startLine}`)).toEqual(await referenceRows(V2_DOCUMENT, CUSTOM_FORMAT_EXAMPLES_RULE));
    expect(all).toHaveLength(ours.length + custom.length);
    expect(ours.map((d) => d.message)).toContain('Example #1 of message m does not match its payload schema at id: must match pattern "^[0-9]+$"');
  });

  it('leaves the example rules off in the studio’s parser, so their rows come from the example check alone', async () => {
    const rules = [MESSAGE_EXAMPLES_RULE, CUSTOM_FORMAT_EXAMPLES_RULE];
    const output = await createParser().parse(V2_DOCUMENT);
    expect(output.diagnostics.filter((d) => rules.includes(String(d.code)))).toEqual([]);
    // Also when the parse brings its own $ref resolvers (a workspace document), which makes the parser build a new Spectral.
    const inWorkspace = await createParser().parse(V2_DOCUMENT, { __unstable: { resolver: { resolvers: [] } } });
    expect(inWorkspace.diagnostics.filter((d) => rules.includes(String(d.code)))).toEqual([]);
    expect(inWorkspace.diagnostics.some((d) => d.code === 'asyncapi-document-resolved')).toBe(true);
    // The other problems are still the parser's: the missing version.
    expect(output.diagnostics.map((d) => d.code)).toEqual(expect.arrayContaining(['asyncapi-document-resolved']));
  });

  it('reads a schema it cannot use as a warning, never as an error of a 2.x document', async () => {
    const text = V2_DOCUMENT.replace("pattern: '^[0-9]+$'", () => "pattern: '^(?=x)[0-9]+$'");
    const rows = await checkExamples(examplesParser, text);
    const unusable = rows.filter((d) => d.message.includes('cannot be checked safely'));
    expect(unusable.length).toBeGreaterThan(0);
    expect(unusable.every((d) => d.severity === 'warning')).toBe(true);
  });
});
