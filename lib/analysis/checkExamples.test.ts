import { Parser } from '@asyncapi/parser';
import { AvroSchemaParser } from '@asyncapi/avro-schema-parser';
import { OpenAPISchemaParser } from '@asyncapi/openapi-schema-parser';
import { ProtoBuffSchemaParser } from '@asyncapi/protobuf-schema-parser';
import { describe, expect, it } from 'vitest';
import { corpusManifest, corpusPath } from '@/lib/testing/corpus';
import { WorkspaceFileStore } from '@/lib/workspace/fileStore';
import { loadFolder } from '@/lib/workspace/folderFixture';
import { buildRefClosure } from '@/lib/workspace/refClosure';
import { createWorkspaceResolvers } from '@/lib/workspace/workspaceResolvers';
import { toParserUri } from '@/lib/workspace/workspacePath';
import { checkExamples, examplesWorkspace } from './checkExamples';
import { createParser } from './createParser';
import { CUSTOM_FORMAT_EXAMPLES_RULE, MESSAGE_EXAMPLES_RULE } from './exampleDiagnostics';
import { SCHEMA_DEFAULT_RULE, SCHEMA_EXAMPLES_RULE } from './exampleDiagnosticsSchemas';
import { checkSyntax } from './syntaxCheck';

const RULES = [MESSAGE_EXAMPLES_RULE, CUSTOM_FORMAT_EXAMPLES_RULE, SCHEMA_DEFAULT_RULE, SCHEMA_EXAMPLES_RULE];
const parser = createParser({ rules: 'none' });
const noOrigin = () => false;

/** Our check of a workspace document, as the examples worker runs it. */
function ours(files: Record<string, string>, documentPath: string) {
  const sent = { documentPath, files: Object.entries(files).map(([path, text]) => ({ path, version: 1, text })) };
  return checkExamples(parser, files[documentPath]!, examplesWorkspace(sent, { isOriginAllowed: noOrigin }));
}

/** The published parser, every rule on, through the same workspace resolvers: its rows of the example rules. */
async function reference(files: Record<string, string>, documentPath: string) {
  const text = files[documentPath]!;
  const syntax = checkSyntax(text);
  if (!syntax.ok) throw new Error(documentPath);
  const reader = WorkspaceFileStore.fromTexts(files);
  const closure = buildRefClosure(documentPath, { text, value: syntax.value }, reader, { isOriginAllowed: noOrigin });
  const { resolvers } = createWorkspaceResolvers({ reader, closure, isOriginAllowed: noOrigin });
  const published = new Parser({ schemaParsers: [AvroSchemaParser(), OpenAPISchemaParser(), ProtoBuffSchemaParser()] });
  const output = await published.parse(text, { applyTraits: true, source: toParserUri(documentPath), __unstable: { resolver: { resolvers } } });
  return output.diagnostics.filter((d) => RULES.includes(String(d.code)));
}

// The message and its examples are written in another file than the document: the rows sit at the $ref.
const MAIN = `asyncapi: 2.6.0
info:
  title: Two files
  version: 1.0.0
channels:
  c:
    publish:
      message:
        $ref: './messages.yaml#/Signup'
components:
  schemas:
    Name:
      $ref: './messages.yaml#/Name'
`;
const MESSAGES = `Signup:
  payload:
    type: object
    properties:
      age: { type: integer }
  examples:
    - payload: { age: old }
Name:
  type: object
  properties:
    first: { type: string, pattern: '^[A-Z]' }
  default: { first: ada }
`;

describe('the example check of a workspace document', () => {
  it('reads messages and schemas written in another file, and reports their examples at the $ref that pulls them in', async () => {
    const files = { 'api/asyncapi.yaml': MAIN, 'api/messages.yaml': MESSAGES };
    const rows = await ours(files, 'api/asyncapi.yaml');
    expect(rows.map((d) => [d.code, d.range.startLine])).toEqual([
      [MESSAGE_EXAMPLES_RULE, 9],
      [SCHEMA_DEFAULT_RULE, 13],
    ]);
    // The published parser finds the same two (it places them in messages.yaml).
    expect((await reference(files, 'api/asyncapi.yaml')).map((d) => d.code).sort()).toEqual(rows.map((d) => d.code).sort());
  });

  it('never reads a file outside the workspace: a ref there resolves to nothing, and nothing is checked against it', async () => {
    const files = { 'api/asyncapi.yaml': MAIN.replace('./messages.yaml#/Signup', '../../outside.yaml#/Signup').replace('./messages.yaml#/Name', '/etc/x.yaml#/Name') };
    expect(await ours(files, 'api/asyncapi.yaml')).toEqual([]);
  });

  const cases = corpusManifest()
    .filter((e) => e.kind === 'document' && e.version?.startsWith('2.') && /social-media\/|multi-file\//.test(e.path))
    .map((entry) => {
      const folder = entry.path.includes('social-media/') ? entry.path.slice(0, entry.path.indexOf('social-media/') + 'social-media'.length) : entry.path.slice(0, entry.path.lastIndexOf('/'));
      return { entry, folder, documentPath: entry.path.slice(folder.length + 1) };
    });

  it('finds the multi-file 2.x documents of the corpus', () => {
    expect(cases.length).toBeGreaterThanOrEqual(5);
  });

  for (const { entry, folder, documentPath } of cases) {
    it(`gives the published parser's example rows for ${entry.path} in its folder`, async () => {
      const files = loadFolder(corpusPath(folder));
      const rows = (await ours(files, documentPath)).filter((d) => d.severity === 'error');
      expect(rows.map((d) => d.code).sort()).toEqual((await reference(files, documentPath)).map((d) => String(d.code)).sort());
    }, 60_000);
  }
});

describe('examples of recursive schemas', () => {
  // A tree of nodes: the parser puts its circular $ref back only with the inventory its core ruleset hands over,
  // which the examples worker's rule-less parser now gets too (before: "cannot be used for validation").
  const tree = (example: string) => `asyncapi: 3.0.0
info:
  title: Trees
  version: '1'
channels:
  trees:
    address: trees
    messages:
      tree:
        payload:
          $ref: '#/components/schemas/Node'
        examples:
          - payload: ${example}
components:
  schemas:
    Node:
      type: object
      properties:
        value:
          type: string
        children:
          type: array
          items:
            $ref: '#/components/schemas/Node'
`;

  it('accepts a valid example, and names a wrong value two levels down at its path', async () => {
    expect(await checkExamples(parser, tree("{ value: a, children: [{ value: b, children: [{ value: c }] }] }"))).toEqual([]);
    const rows = await checkExamples(parser, tree('{ value: a, children: [{ value: b, children: [{ value: 3 }] }] }'));
    expect(rows.map((d) => d.message)).toEqual(['Example #1 of message tree does not match its payload schema at children[0].children[0].value: must be string']);
  });
});
