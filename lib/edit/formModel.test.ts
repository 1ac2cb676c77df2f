import { beforeAll, describe, expect, it } from 'vitest';
import { loadSpecSchema } from '@/lib/editorIntel/specSchemas';
import type { SpecSchema } from '@/lib/editorIntel/schemaNavigator';
import { readCorpus } from '@/lib/testing/corpus';
import { valueOf } from './editTestKit';
import { pickReferenceOps, setFieldOps, valueFromInput } from './fieldEdits';
import { validateField } from './fieldValidator';
import { formFor } from './formModel';
import type { FormModel } from './formModel';
import { planEdits } from './planEdits';

const STREETLIGHTS_3_1 = readCorpus('spec-examples/3.1.0/streetlights-kafka-asyncapi.yml');
const STREETLIGHTS_2_6 = readCorpus('spec-examples/2.6.0/streetlights-kafka.yml');
const root = valueOf(STREETLIGHTS_3_1);

let spec31: SpecSchema;
let spec26: SpecSchema;
beforeAll(async () => {
  spec31 = await loadSpecSchema('3.1.0');
  spec26 = await loadSpecSchema('2.6.0');
});

function field(form: FormModel, name: string) {
  const found = form.fields.find((f) => f.name === name);
  if (!found) throw new Error(`no field ${name} in ${form.fields.map((f) => f.name).join(', ')}`);
  return found;
}

describe('the form for an object, from the specification of the document’s version', () => {
  it('an operation: action is a required select, channel a required reference among the channels', () => {
    const form = formFor(spec31, root, '/operations/turnOn');
    expect(form.kind).toBe('operation');
    expect(field(form, 'action')).toMatchObject({ kind: 'enum', enum: ['send', 'receive'], required: true, value: 'send', pointer: '/operations/turnOn/action' });
    expect(field(form, 'action').description).toMatch(/send and receive/);
    expect(field(form, 'channel')).toMatchObject({ kind: 'reference', required: true, isReference: true, referenceTarget: '/channels/lightTurnOn' });
    expect(field(form, 'channel').reference.choices).toEqual(['/channels/lightingMeasured', '/channels/lightTurnOn', '/channels/lightTurnOff', '/channels/lightsDim']);
    // An operation's messages are references to its channel's messages.
    expect(field(form, 'messages').items).toEqual({ kind: 'reference', reference: { allowed: true, choices: ['/channels/lightTurnOn/messages/turnOn'] } });
  });

  it('a channel: address is a string or null; messages a map; bindings may be a reference', () => {
    const form = formFor(spec31, root, '/channels/lightTurnOn');
    expect(form.kind).toBe('channel');
    expect(field(form, 'address')).toMatchObject({ kind: 'string', types: ['string', 'null'] });
    expect(field(form, 'messages').kind).toBe('map');
    expect(field(form, 'bindings')).toMatchObject({ kind: 'object', reference: { allowed: true } });
    expect(field(form, 'servers').items!.reference.choices).toEqual(['/servers/scram-connections', '/servers/mtls-connections']);
  });

  it('a server: host and protocol are required', () => {
    const form = formFor(spec31, root, '/servers/scram-connections');
    expect(form.fields.filter((f) => f.required).map((f) => f.name).sort()).toEqual(['host', 'protocol']);
  });

  it('a message: payload is a schema that may be a reference to a component schema', () => {
    const form = formFor(spec31, root, '/components/messages/turnOnOff');
    expect(form.kind).toBe('message');
    expect(field(form, 'payload')).toMatchObject({ kind: 'schema', isReference: true, referenceTarget: '/components/schemas/turnOnOffPayload' });
    expect(field(form, 'payload').reference.choices).toContain('/components/schemas/turnOnOffPayload');
  });

  it('a payload property: type is a select of JSON types; rare keywords are marked advanced', () => {
    const form = formFor(spec31, root, '/components/schemas/turnOnOffPayload/properties/command');
    expect(form.kind).toBe('schema');
    expect(field(form, 'type')).toMatchObject({ kind: 'enum', value: 'string' });
    expect(field(form, 'type').enum).toEqual(expect.arrayContaining(['string', 'integer', 'object']));
    expect(field(form, 'type').advanced).toBe(false);
    expect(field(form, '$comment').advanced).toBe(true);
  });

  it('bindings by protocol: the Kafka channel binding of the latest version, chosen by its if/then', () => {
    const form = formFor(spec31, root, '/channels/lightTurnOn/bindings/kafka');
    expect(form.kind).toBe('binding');
    expect(field(form, 'partitions')).toMatchObject({ kind: 'integer' });
    expect(field(form, 'bindingVersion').kind).toBe('enum');
  });

  it('a security scheme: the alternative its type selects', () => {
    const form = formFor(spec31, root, '/components/securitySchemes/saslScram');
    expect(field(form, 'type').enum).toEqual(['scramSha256', 'scramSha512']);
  });

  it('a channel message that is a $ref: names the kind it stands for, and the messages it may point at', () => {
    const form = formFor(spec31, root, '/channels/lightTurnOn/messages/turnOn');
    expect(form).toMatchObject({ kind: 'message', isReference: true, referenceTarget: '/components/messages/turnOnOff' });
    expect(form.self!.reference.choices).toEqual(['/components/messages/lightMeasured', '/components/messages/turnOnOff', '/components/messages/dimLight']);
  });

  it('2.x: an operation under its channel', () => {
    const form = formFor(spec26, valueOf(STREETLIGHTS_2_6), '/channels/smartylighting.streetlights.1.0.action.{streetlightId}.turn.on/subscribe');
    expect(form.kind).toBe('operation');
    expect(field(form, 'operationId').kind).toBe('string');
    expect(field(form, 'message').reference.allowed).toBe(true);
  });
});

describe('validating a value as it is typed (Ajv on the field’s schema; runs in a worker)', () => {
  it('enums, types, formats and minimums speak in the user’s words', () => {
    const operation = formFor(spec31, root, '/operations/turnOn');
    expect(validateField(spec31, field(operation, 'action').schemas, 'send')).toEqual([]);
    expect(validateField(spec31, field(operation, 'action').schemas, 'publish')).toEqual([{ path: [], message: 'must be one of "send", "receive"' }]);
    const server = formFor(spec31, root, '/servers/scram-connections');
    expect(validateField(spec31, field(server, 'host').schemas, 3)).toEqual([{ path: [], message: 'must be string' }]);
    const info = formFor(spec31, root, '/info');
    expect(validateField(spec31, field(info, 'contact').schemas, { email: 'not an address' })).toEqual([{ path: ['email'], message: 'must match format "email"' }]);
    const binding = formFor(spec31, root, '/channels/lightTurnOn/bindings/kafka');
    expect(validateField(spec31, field(binding, 'partitions').schemas, 0)).toEqual([{ path: [], message: 'must be >= 1' }]);
    const property = formFor(spec31, root, '/components/schemas/turnOnOffPayload/properties/command');
    expect(validateField(spec31, field(property, 'type').schemas, 'strin')).toHaveLength(1);
  });
});

describe('from a field to edits', () => {
  it('typed text becomes a value of the field’s kind', () => {
    expect(valueFromInput({ kind: 'integer', types: ['integer'] }, '3')).toEqual({ ok: true, value: 3 });
    expect(valueFromInput({ kind: 'integer', types: ['integer'] }, '3.5')).toEqual({ ok: false, message: 'must be a whole number' });
    expect(valueFromInput({ kind: 'boolean', types: ['boolean'] }, 'true')).toEqual({ ok: true, value: true });
    expect(valueFromInput({ kind: 'string', types: ['string'] }, '')).toEqual({ ok: true, value: undefined });
  });

  it('setting a field and picking a reference change only that value', () => {
    const form = formFor(spec31, root, '/operations/turnOn');
    const set = planEdits(STREETLIGHTS_3_1, setFieldOps(field(form, 'action'), 'receive'));
    expect(set.edits).toEqual([{ offset: STREETLIGHTS_3_1.indexOf('send', STREETLIGHTS_3_1.indexOf('  turnOn:')), length: 4, text: 'receive' }]);
    const picked = planEdits(STREETLIGHTS_3_1, pickReferenceOps(field(form, 'channel'), '/channels/lightsDim'));
    expect(picked.edits).toHaveLength(1);
    expect(picked.edits[0]!.text).toBe("'#/channels/lightsDim'");
  });
});
