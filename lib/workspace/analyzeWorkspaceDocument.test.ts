import { describe, expect, it } from 'vitest';
import { createParser } from '@/lib/analysis/createParser';
import type { Diagnostic } from '@/lib/analysis/diagnostic';
import { analyzeWorkspaceDocument } from './analyzeWorkspaceDocument';
import type { WorkspaceAnalysis } from './analyzeWorkspaceDocument';
import { WorkspaceFileStore } from './fileStore';
import type { WorkspaceFileEntry } from './types';

const parser = createParser();

/** A 3.0.0 service whose one message's payload is `payloadRef`. */
function service(payloadRef: string, extra = ''): string {
  return [
    'asyncapi: 3.0.0',
    'info:',
    '  title: Service',
    '  version: 1.0.0',
    'channels:',
    '  userSignedUp:',
    '    address: user/signedup',
    '    messages:',
    '      userSignedUp:',
    '        payload:',
    `          $ref: '${payloadRef}'`,
    'operations:',
    '  onUserSignedUp:',
    '    action: receive',
    '    channel:',
    "      $ref: '#/channels/userSignedUp'",
    extra,
  ].join('\n');
}
const REF_LINE = 11;

async function analyze(files: Record<string, string>, documentPath = 'services/a/asyncapi.yaml', store = WorkspaceFileStore.fromTexts(files)) {
  const analysis = await analyzeWorkspaceDocument(parser, { documentPath, text: files[documentPath]!, reader: store, isOriginAllowed: () => false });
  if (analysis.kind !== 'done') throw new Error(`expected a result, got ${JSON.stringify(analysis)}`);
  return analysis;
}

const errors = (a: Extract<WorkspaceAnalysis, { kind: 'done' }>) => a.outcome.diagnostics.filter((d) => d.severity === 'error');
const brief = (d: Diagnostic) => ({ file: d.file, line: d.range.startLine, code: d.code });

describe('relative $refs across workspace files', () => {
  it('follows ./ and ../ through a chain of three files and lists them as dependencies', async () => {
    const result = await analyze({
      'services/a/asyncapi.yaml': service('../../common/user.yaml#/User'),
      'common/user.yaml': "User:\n  type: object\n  properties:\n    address:\n      $ref: './nested/address.json'\n",
      'common/nested/address.json': '{\n  "type": "object",\n  "properties": {\n    "city": { "$ref": "../../types/city.yaml" }\n  }\n}\n',
      'types/city.yaml': 'type: string\nminLength: 1\n',
      'unrelated.yaml': 'x: 1\n',
    });
    expect(errors(result)).toEqual([]);
    expect(result.outcome.valid).toBe(true);
    expect(result.facts.dependencies).toEqual(['common/nested/address.json', 'common/user.yaml', 'types/city.yaml']);
  });

  it('reports a problem at the end of a chain in that file, linked to the $ref in the document that pulls it in', async () => {
    const result = await analyze({
      'services/a/asyncapi.yaml': service('../../common/user.yaml#/User'),
      'common/user.yaml': "User:\n  type: object\n  properties:\n    address:\n      $ref: './address.yaml'\n",
      'common/address.yaml': 'type: object\nrequired: yes-please\n',
    });
    expect(result.outcome.valid).toBe(false);
    const inFile = errors(result).find((d) => d.file === 'common/address.yaml');
    expect(inFile).toMatchObject({ range: { startLine: 2 }, related: [{ file: 'services/a/asyncapi.yaml', range: { startLine: REF_LINE } }] });
    const summary = errors(result).find((d) => d.code === 'ref-target-problem');
    expect(summary?.file).toBeUndefined();
    expect(summary?.range.startLine).toBe(REF_LINE);
    expect(summary?.related).toContainEqual(expect.objectContaining({ file: 'common/address.yaml', range: expect.objectContaining({ startLine: 2 }) }));
    expect(summary?.message).toMatch(/^2 problems in common\/address\.yaml, common\/user\.yaml, which this \$ref pulls in; first: common\/address\.yaml:2: /);
  });

  it('reads JSON Schema .json files and Avro .avsc files with their schemaFormat', async () => {
    const avsc = '{"type": "record", "name": "User", "fields": [{"name": "id", "type": "string"}, {"name": "age", "type": "int"}]}';
    const v2 = [
      'asyncapi: 2.6.0',
      'info: { title: Avro, version: 1.0.0 }',
      'channels:',
      '  user:',
      '    publish:',
      '      message:',
      '        schemaFormat: application/vnd.apache.avro;version=1.9.0',
      '        payload:',
      "          $ref: './schemas/user.avsc'",
    ].join('\n');
    const v3 = service('./user-message-payload.yaml');
    const result2 = await analyze({ 'asyncapi.yaml': v2, 'schemas/user.avsc': avsc }, 'asyncapi.yaml');
    expect(errors(result2)).toEqual([]);
    const result3 = await analyze(
      {
        'services/a/asyncapi.yaml': v3,
        'services/a/user-message-payload.yaml': "schemaFormat: application/vnd.apache.avro;version=1.9.0\nschema:\n  $ref: '../../avro/user.avsc'\n",
        'avro/user.avsc': avsc,
      },
    );
    expect(errors(result3)).toEqual([]);
    expect(result3.facts.dependencies).toEqual(['avro/user.avsc', 'services/a/user-message-payload.yaml']);
    const broken = await analyze({ 'asyncapi.yaml': v2, 'schemas/user.avsc': avsc.replace('"int"', '"integer-ish"') }, 'asyncapi.yaml');
    expect(broken.outcome.valid).toBe(false);
  });

  it('re-reads a referenced file when its version changes (no stale parser cache)', async () => {
    const store = new WorkspaceFileStore();
    const doc = service('./user.yaml');
    const entries = (userText: string, version: number): WorkspaceFileEntry[] => [
      { path: 'services/a/asyncapi.yaml', version: 1, text: doc },
      { path: 'services/a/user.yaml', version, text: userText },
    ];
    store.update(entries('type: object\n', 1));
    expect((await analyze({ 'services/a/asyncapi.yaml': doc }, undefined, store)).outcome.valid).toBe(true);
    store.update(entries('type: 42\n', 2));
    const broken = await analyze({ 'services/a/asyncapi.yaml': doc }, undefined, store);
    expect(errors(broken).map(brief)).toContainEqual({ file: 'services/a/user.yaml', line: 1, code: expect.any(String) });
    store.update(entries('type: object\n', 3));
    expect((await analyze({ 'services/a/asyncapi.yaml': doc }, undefined, store)).outcome.valid).toBe(true);
  });
});

describe('refs the studio does not follow', () => {
  it('says once that a file: URL is not read, for a document at the root of the folder too', async () => {
    const doc = "asyncapi: 3.0.0\ninfo:\n  title: F\n  version: 1.0.0\nchannels:\n  s:\n    address: s\n    messages:\n      m:\n        payload:\n          $ref: 'file:///etc/passwd'\n";
    const result = await analyze({ 'file-ref.yaml': doc }, 'file-ref.yaml');
    expect(errors(result).map(brief)).toEqual([{ file: undefined, line: 11, code: 'ref-outside-workspace' }]);
  });

  it('refuses refs outside the folder at their line, and reads nothing there', async () => {
    const doc = service('../../../../etc/passwd')
      .replace("operations:", "  other:\n    address: other\n    messages:\n      m:\n        payload:\n          $ref: 'file:///etc/passwd'\n      n:\n        payload:\n          $ref: '/etc/passwd'\noperations:");
    const result = await analyze({ 'services/a/asyncapi.yaml': doc });
    expect(errors(result).map(brief)).toEqual([
      { file: undefined, line: REF_LINE, code: 'ref-outside-workspace' },
      { file: undefined, line: 17, code: 'ref-outside-workspace' },
      { file: undefined, line: 20, code: 'ref-outside-workspace' },
    ]);
    expect(result.outcome.valid).toBe(false);
    expect(result.facts.dependencies).toEqual([]);
    // Had the parser's own file reader run (it reads the disk in Node), /etc/passwd's text would be in the result.
    expect(JSON.stringify(result)).not.toMatch(/root:x?:?0/);
  });

  it('says which file is missing, and lists it as a dependency so creating it re-validates the document', async () => {
    const files = { 'services/a/asyncapi.yaml': service('./missing.yaml#/User') };
    const result = await analyze(files);
    expect(errors(result).map((d) => [d.range.startLine, d.code, d.message, d.data])).toEqual([
      [REF_LINE, 'ref-file-missing', '$ref "./missing.yaml#/User": there is no file services/a/missing.yaml in the workspace.', { path: 'services/a/missing.yaml' }],
    ]);
    expect(result.facts.dependencies).toEqual(['services/a/missing.yaml']);
    const created = await analyze({ ...files, 'services/a/missing.yaml': 'User:\n  type: string\n' });
    expect(created.outcome.valid).toBe(true);
  });

  it('reports a pointer that is not in an existing file at the $ref, naming the file by its workspace path', async () => {
    const result = await analyze({ 'services/a/asyncapi.yaml': service('./user.yaml#/Nope'), 'services/a/user.yaml': 'User:\n  type: string\n' });
    expect(errors(result).map((d) => [d.file, d.range.startLine, d.message])).toEqual([[undefined, REF_LINE, "'#/Nope' does not exist @ 'services/a/user.yaml'"]]);
    expect(result.facts.dependencies).toEqual(['services/a/user.yaml']);

    // Inside a referenced file, a local pointer that is not there is reported in that file, at its $ref.
    const nested = await analyze({ 'services/a/asyncapi.yaml': service('./user.yaml#/User'), 'services/a/user.yaml': "User:\n  type: object\n  properties:\n    id:\n      $ref: '#/Id'\n" });
    expect(errors(nested).map(brief)).toEqual([
      { file: undefined, line: REF_LINE, code: 'ref-target-problem' },
      { file: 'services/a/user.yaml', line: 5, code: 'invalid-ref' },
    ]);
  });

  it('refuses binary and oversized files at the $ref, without handing them to the parser', async () => {
    const binary = await analyze({ 'services/a/asyncapi.yaml': service('./logo.png'), 'services/a/logo.png': '\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR' });
    expect(errors(binary).map(brief)).toEqual([{ file: undefined, line: REF_LINE, code: 'ref-file-binary' }]);

    const huge = `type: object\ndescription: ${'x'.repeat(20 * 1024 * 1024)}\n`;
    const started = performance.now();
    const large = await analyze({ 'services/a/asyncapi.yaml': service('./huge.yaml'), 'services/a/huge.yaml': huge });
    expect(errors(large).map((d) => [d.range.startLine, d.code, d.message])).toEqual([
      [REF_LINE, 'ref-file-too-large', '$ref "./huge.yaml": services/a/huge.yaml is 20.0 MB; the studio reads files up to 10.0 MB.'],
    ]);
    expect(performance.now() - started).toBeLessThan(10_000);

    // A file the page did not load (over its own limit) is refused the same way.
    const store = new WorkspaceFileStore();
    const doc = service('./huge.yaml');
    store.update([
      { path: 'services/a/asyncapi.yaml', version: 1, text: doc },
      { path: 'services/a/huge.yaml', version: 1, skipped: { reason: 'too-large', size: 25 * 1024 * 1024 } },
    ]);
    const skipped = await analyze({ 'services/a/asyncapi.yaml': doc }, undefined, store);
    expect(errors(skipped).map((d) => d.message)).toEqual(['$ref "./huge.yaml": services/a/huge.yaml is 25.0 MB; the studio reads files up to 10.0 MB.']);
  });

  it('reports a syntax error in a referenced file in that file, and at the $ref that pulls it in', async () => {
    const result = await analyze({ 'services/a/asyncapi.yaml': service('./user.yaml'), 'services/a/user.yaml': 'type: object\nproperties:\n  id: [string\n' });
    expect(errors(result).map(brief)).toEqual([
      { file: undefined, line: REF_LINE, code: 'ref-target-problem' },
      { file: 'services/a/user.yaml', line: 4, code: 'yaml-syntax' },
    ]);
  });
});

describe('cycles across files', () => {
  it('stops before the parser on a bare $ref cycle through three files (the parser never returns on one)', async () => {
    const started = performance.now();
    const result = await analyze({
      'services/a/asyncapi.yaml': service('./a.yaml'),
      'services/a/a.yaml': "$ref: './sub/b.yaml'\n",
      'services/a/sub/b.yaml': "$ref: '../../c.yaml'\n",
      'services/c.yaml': "$ref: './a/a.yaml'\n",
    });
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(result.outcome.stage).toBe('syntax');
    const cycle = errors(result).find((d) => d.code === 'ref-cycle');
    expect(cycle).toMatchObject({ file: 'services/a/a.yaml', range: { startLine: 1 } });
    expect(cycle?.message).toBe(
      'Circular $ref across files with nothing in between: services/a/a.yaml → services/a/sub/b.yaml → services/c.yaml → services/a/a.yaml. It can never resolve to a value.',
    );
    expect(cycle?.related?.map((r) => [r.file, r.range.startLine])).toEqual([
      ['services/a/sub/b.yaml', 1],
      ['services/c.yaml', 1],
      ['services/a/asyncapi.yaml', REF_LINE],
    ]);
    expect(errors(result).find((d) => d.code === 'ref-target-problem')?.range.startLine).toBe(REF_LINE);
  });

  it('accepts a recursive schema across three files (properties in between)', async () => {
    const result = await analyze({
      'services/a/asyncapi.yaml': service('./person.yaml'),
      'services/a/person.yaml': "type: object\nproperties:\n  address:\n    $ref: './address.yaml'\n",
      'services/a/address.yaml': "type: object\nproperties:\n  country:\n    $ref: './country.yaml'\n",
      'services/a/country.yaml': "type: object\nproperties:\n  president:\n    $ref: './person.yaml'\n",
    });
    expect(errors(result)).toEqual([]);
    expect(result.facts.dependencies).toHaveLength(3);
  });
});

describe('the worker’s file cache', () => {
  it('asks for the texts it lacks instead of analysing without them', async () => {
    const store = new WorkspaceFileStore();
    const doc = service('./user.yaml');
    store.update([
      { path: 'services/a/asyncapi.yaml', version: 3, text: doc },
      { path: 'services/a/user.yaml', version: 7 },
      { path: 'services/a/unused.yaml', version: 1 },
    ]);
    const analysis = await analyzeWorkspaceDocument(parser, { documentPath: 'services/a/asyncapi.yaml', text: doc, reader: store, isOriginAllowed: () => false });
    // Only what the document reaches is asked for.
    expect(analysis).toEqual({ kind: 'needs-files', paths: ['services/a/user.yaml'] });
  });
});
