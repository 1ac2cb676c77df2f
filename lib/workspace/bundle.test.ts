import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { createParser } from '@/lib/analysis/createParser';
import { bundleDocument } from './bundle';
import { WorkspaceFileStore } from './fileStore';

const bundle = (files: Record<string, string>, documentPath = 'asyncapi.yaml', format: 'yaml' | 'json' = 'yaml') =>
  bundleDocument({ documentPath, reader: WorkspaceFileStore.fromTexts(files), format });

function ok(result: ReturnType<typeof bundle>) {
  if (!result.ok) throw new Error(result.message);
  return result;
}

async function parsesValid(text: string) {
  const output = await createParser({ isOriginAllowed: () => false }).parse(text);
  expect(output.diagnostics.filter((d) => d.severity === 0).map((d) => d.message)).toEqual([]);
  return output.document!;
}

const v3 = (messages: string, extra = '') =>
  `asyncapi: 3.0.0\ninfo:\n  title: Bundle\n  version: 1.0.0\nchannels:\n  users:\n    address: users\n    messages:\n${messages}\noperations:\n  onUser:\n    action: receive\n    channel:\n      $ref: '#/channels/users'\n${extra}`;

describe('bundleDocument', () => {
  it('moves referenced messages and schemas to components under stable names, rewriting refs inside the pulled files', async () => {
    const files = {
      'asyncapi.yaml': v3("      created:\n        $ref: './messages.yaml#/userCreated'\n      deleted:\n        $ref: './messages.yaml#/userDeleted'"),
      'messages.yaml': "userCreated:\n  payload:\n    $ref: './schemas/user.json'\nuserDeleted:\n  payload:\n    $ref: '#/userCreated/payload'\n",
      'schemas/user.json': '{ "type": "object", "properties": { "id": { "$ref": "#/$defs/id" } }, "$defs": { "id": { "type": "string" } } }',
    };
    const result = ok(bundle(files));
    const value = parseYaml(result.text);
    expect(value.channels.users.messages).toEqual({
      created: { $ref: '#/components/messages/userCreated' },
      deleted: { $ref: '#/components/messages/userDeleted' },
    });
    expect(value.components.messages.userCreated).toEqual({ payload: { $ref: '#/components/schemas/user' } });
    // A ref into an object already placed points inside it rather than copying it.
    expect(value.components.messages.userDeleted).toEqual({ payload: { $ref: '#/components/messages/userCreated/payload' } });
    expect(value.components.schemas.user.properties.id).toEqual({ $ref: '#/components/schemas/id' });
    expect(result.includedFiles).toEqual(['messages.yaml', 'schemas/user.json']);
    expect(result.fileName).toBe('asyncapi.bundled.yaml');
    const document = await parsesValid(result.text);
    expect(document.allMessages().length).toBe(2);
    // Same input, same bundle.
    expect(ok(bundle(files)).text).toBe(result.text);
  });

  it('keeps names unique next to the document’s own components', async () => {
    const files = {
      'asyncapi.yaml': v3("      a:\n        $ref: './a.yaml#/User'\n      b:\n        $ref: './b.yaml#/User'", 'components:\n  messages:\n    User:\n      payload:\n        type: string\n'),
      'a.yaml': 'User:\n  payload:\n    type: integer\n',
      'b.yaml': 'User:\n  payload:\n    type: boolean\n',
    };
    const value = parseYaml(ok(bundle(files)).text);
    expect(Object.keys(value.components.messages)).toEqual(['User', 'User_2', 'User_3']);
    expect(value.channels.users.messages).toEqual({ a: { $ref: '#/components/messages/User_2' }, b: { $ref: '#/components/messages/User_3' } });
    await parsesValid(ok(bundle(files)).text);
  });

  it('inlines an Avro schema (no component section fits a non-JSON-Schema format) and keeps its schemaFormat', async () => {
    const files = {
      'asyncapi.yaml': v3("      user:\n        payload:\n          schemaFormat: application/vnd.apache.avro;version=1.9.0\n          schema:\n            $ref: './user.avsc'"),
      'user.avsc': '{"type": "record", "name": "User", "fields": [{"name": "id", "type": "string"}]}',
    };
    const result = ok(bundle(files));
    const value = parseYaml(result.text);
    expect(value.channels.users.messages.user.payload.schema).toEqual({ type: 'record', name: 'User', fields: [{ name: 'id', type: 'string' }] });
    expect(value.components).toBeUndefined();
    await parsesValid(result.text);
  });

  it('writes root channels in place (operations refer to #/channels/...), and refs back into the document stay local', async () => {
    const files = {
      'asyncapi.yaml': "asyncapi: 3.0.0\ninfo: { title: B, version: 1.0.0 }\nchannels:\n  users:\n    $ref: './channels.yaml#/users'\noperations:\n  onUser:\n    action: receive\n    channel:\n      $ref: '#/channels/users'\ncomponents:\n  schemas:\n    Id:\n      type: string\n",
      'channels.yaml': "users:\n  address: users\n  messages:\n    user:\n      payload:\n        type: object\n        properties:\n          id:\n            $ref: './asyncapi.yaml#/components/schemas/Id'\n",
    };
    const result = ok(bundle(files, 'asyncapi.yaml', 'json'));
    const value = JSON.parse(result.text);
    expect(value.channels.users.address).toBe('users');
    expect(value.channels.users.messages.user.payload.properties.id).toEqual({ $ref: '#/components/schemas/Id' });
    expect(result.moved).toContainEqual({ from: 'channels.yaml#/users', to: '#/channels/users' });
    const document = await parsesValid(result.text);
    expect(document.operations().length).toBe(1);
  });

  it('bundles a recursive schema across files with refs between its components', async () => {
    const files = {
      'asyncapi.yaml': v3("      person:\n        payload:\n          $ref: './person.yaml'"),
      'person.yaml': "type: object\nproperties:\n  friend:\n    $ref: './friend.yaml'\n",
      'friend.yaml': "type: object\nproperties:\n  person:\n    $ref: './person.yaml'\n",
    };
    const value = parseYaml(ok(bundle(files)).text);
    expect(value.components.schemas.person.properties.friend).toEqual({ $ref: '#/components/schemas/friend' });
    expect(value.components.schemas.friend.properties.person).toEqual({ $ref: '#/components/schemas/person' });
    await parsesValid(ok(bundle(files)).text);
  });

  it('keeps http(s) refs as written and says so; refuses a document whose refs cannot all be followed', () => {
    const remote = ok(bundle({ 'asyncapi.yaml': v3("      user:\n        payload:\n          $ref: 'https://schemas.example.com/user.yaml'") }));
    expect(remote.text).toContain('https://schemas.example.com/user.yaml');
    expect(remote.warnings).toEqual(['Kept as written (not fetched): https://schemas.example.com/user.yaml']);

    const missing = bundle({ 'asyncapi.yaml': v3("      user:\n        $ref: './nope.yaml'") });
    expect(missing).toMatchObject({ ok: false, problems: [{ code: 'ref-file-missing' }] });
    expect(missing.ok || missing.message).toBe('The document’s $refs cannot all be followed (asyncapi.yaml:10: $ref "./nope.yaml": there is no file nope.yaml in the workspace.)');
    const outside = bundle({ 'asyncapi.yaml': v3("      user:\n        $ref: '../../etc/passwd'") });
    expect(outside).toMatchObject({ ok: false, problems: [{ code: 'ref-outside-workspace' }] });
  });
});
