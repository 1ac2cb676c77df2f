import specs from '@asyncapi/specs';
import { valueAtRef } from '@/lib/jsonPointer/jsonPointer';

type Json = Record<string, unknown>;
type BindingKind = 'server' | 'channel' | 'operation' | 'message';

/**
 * What @asyncapi/converter 2.0.2 leaves 2.x-shaped in bindings, which 3.x validates strictly (each binding
 * version's schema forbids other fields). Found from the corpus: http operation `type`, amqp message
 * `replyTo`, kafka `clientId`/`groupId` as plain strings, a `$ref` per protocol, header values for a schema.
 */
const REASONS: Record<string, string> = {
  'http.operation.type': '3.x tells a request from a response by the operation’s action and reply',
  'http.operation.headers': 'HTTP headers belong in the message binding (`bindings.http.headers`) in 3.x',
  'amqp.message.replyTo': '3.x describes where a reply goes with the operation’s `reply`',
  'amqp.operation.replyTo': '3.x describes where a reply goes with the operation’s `reply`',
};

const SCHEMA_KEYWORDS = new Set(['type', 'properties', 'items', 'enum', 'const', '$ref', 'oneOf', 'anyOf', 'allOf', 'not', 'format', 'required', 'additionalProperties', 'description', 'examples', 'default']);

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function newestFirst(versions: string[]): string[] {
  const key = (v: string) => v.split('.').map((n) => Number(n));
  return [...versions].sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return (y[i] ?? 0) - (x[i] ?? 0);
    return 0;
  });
}

/** The spec's own tables: which binding versions a 3.x version accepts, and each binding's schema. */
function bindingTables(target: string) {
  const schema = (specs.schemas as Record<string, { definitions?: Record<string, Json> }>)[target];
  const definitions = schema?.definitions ?? {};
  return {
    versions(kind: BindingKind, protocol: string): string[] {
      const object = definitions[`http://asyncapi.com/definitions/${target}/${kind}BindingsObject.json`];
      const entry = isRecord(object?.properties) ? (object.properties as Json)[protocol] : undefined;
      const version = isRecord(entry) && isRecord(entry.properties) ? (entry.properties as Json).bindingVersion : undefined;
      return isRecord(version) && Array.isArray(version.enum) ? newestFirst(version.enum as string[]) : [];
    },
    schema(kind: BindingKind, protocol: string, version: string): Json | undefined {
      return definitions[`http://asyncapi.com/bindings/${protocol}/${version}/${kind}.json`];
    },
  };
}

/** A map of literal values (`Transfer-Encoding: chunked`) where a schema is wanted, as that schema. */
function literalsAsSchema(value: Json): Json | undefined {
  const entries = Object.entries(value);
  if (entries.length === 0 || entries.some(([key, v]) => SCHEMA_KEYWORDS.has(key) || (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean'))) return undefined;
  return { type: 'object', properties: Object.fromEntries(entries.map(([key, v]) => [key, { type: typeof v, const: v }])) };
}

function isSchemaField(schema: unknown): boolean {
  if (!isRecord(schema)) return false;
  if (typeof schema.$ref === 'string') return schema.$ref.endsWith('/schema.json');
  return Array.isArray(schema.oneOf) && schema.oneOf.some(isSchemaField);
}

function pointer(path: ReadonlyArray<string | number>): string {
  return path.join('.');
}

/**
 * Brings every binding of a converted 3.x document to a binding version that 3.x accepts, and drops or
 * rewrites what that version no longer has. Returns one plain sentence per change, for the user.
 */
export function upgradeBindings(document: Json, target: string): string[] {
  const notes: string[] = [];
  const tables = bindingTables(target);

  const upgradeOne = (bindings: Json, kind: BindingKind, path: Array<string | number>) => {
    for (const [protocol, raw] of Object.entries(bindings)) {
      if (protocol === '$ref' || protocol.startsWith('x-')) continue;
      let binding = raw;
      const at = [...path, protocol];
      // 2.x let a protocol's binding be a $ref; 3.x allows a $ref only for the whole bindings object.
      if (isRecord(binding) && typeof binding.$ref === 'string') {
        // Only a pointer into the document is followed: `#` alone (the whole document) is no binding.
        const target = binding.$ref.startsWith('#/') ? valueAtRef(document, binding.$ref) : undefined;
        const inlined = isRecord(target) && isRecord(target[protocol]) ? target[protocol] : target;
        if (!isRecord(inlined)) continue;
        notes.push(`${pointer(at)}: the ${protocol} binding was a $ref to ${binding.$ref}, which 3.x does not allow there; its content is written in place.`);
        binding = structuredClone(inlined);
        bindings[protocol] = binding;
      }
      if (!isRecord(binding)) continue;
      const accepted = tables.versions(kind, protocol);
      if (accepted.length === 0) continue;
      const declared = binding.bindingVersion;
      if (declared !== undefined && !accepted.includes(String(declared))) {
        binding.bindingVersion = accepted[0];
        notes.push(`${pointer([...at, 'bindingVersion'])}: ${protocol} binding ${String(declared)} is not accepted by AsyncAPI ${target}; now ${accepted[0]}.`);
      }
      const version = typeof binding.bindingVersion === 'string' ? binding.bindingVersion : accepted[0]!;
      const schema = tables.schema(kind, protocol, version);
      const properties = isRecord(schema?.properties) ? (schema.properties as Json) : undefined;
      if (!properties) continue;
      for (const [field, value] of Object.entries(binding)) {
        const fieldPath = pointer([...at, field]);
        if (field.startsWith('x-')) continue;
        if (!(field in properties)) {
          if (schema?.additionalProperties !== false) continue;
          delete binding[field];
          const reason = REASONS[`${protocol}.${kind}.${field}`];
          notes.push(`${fieldPath}: removed (${JSON.stringify(value)}); the ${protocol} ${kind} binding ${version} has no "${field}"${reason ? `: ${reason}` : ''}.`);
          continue;
        }
        if (!isSchemaField(properties[field])) continue;
        if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
          binding[field] = { type: typeof value, enum: [value] };
          notes.push(`${fieldPath}: the value ${JSON.stringify(value)} became a schema that allows only it ({type: ${typeof value}, enum: [${JSON.stringify(value)}]}), as ${protocol} binding ${version} wants a schema.`);
        } else if (isRecord(value) && literalsAsSchema(value)) {
          binding[field] = literalsAsSchema(value);
          notes.push(`${fieldPath}: the listed values became a schema with a constant per field, as ${protocol} binding ${version} wants a schema.`);
        }
      }
    }
  };

  const visitBindings = (holder: unknown, kind: BindingKind, path: Array<string | number>) => {
    if (!isRecord(holder)) return;
    if (isRecord(holder.bindings)) upgradeOne(holder.bindings, kind, [...path, 'bindings']);
    if (Array.isArray(holder.traits)) holder.traits.forEach((trait, i) => visitBindings(trait, kind, [...path, 'traits', i]));
  };
  const each = (map: unknown, visit: (value: unknown, key: string) => void) => {
    if (isRecord(map)) for (const [key, value] of Object.entries(map)) visit(value, key);
  };

  each(document.servers, (server, name) => visitBindings(server, 'server', ['servers', name]));
  each(document.channels, (channel, name) => {
    visitBindings(channel, 'channel', ['channels', name]);
    if (isRecord(channel)) each(channel.messages, (message, id) => visitBindings(message, 'message', ['channels', name, 'messages', id]));
  });
  each(document.operations, (operation, name) => visitBindings(operation, 'operation', ['operations', name]));
  const components = document.components;
  if (isRecord(components)) {
    const kinds: Array<[string, BindingKind]> = [['servers', 'server'], ['channels', 'channel'], ['operations', 'operation'], ['messages', 'message'], ['operationTraits', 'operation'], ['messageTraits', 'message']];
    for (const [section, kind] of kinds) each(components[section], (value, name) => visitBindings(value, kind, ['components', section, name]));
    for (const kind of ['server', 'channel', 'operation', 'message'] as const) {
      each(components[`${kind}Bindings`], (bindings, name) => {
        if (isRecord(bindings)) upgradeOne(bindings, kind, ['components', `${kind}Bindings`, name]);
      });
    }
  }
  return notes;
}
