import protobuf from 'protobufjs';
import type { Violation } from './violation';
import { messageOf } from '@/lib/errors/messageOf';

function allTypes(namespace: protobuf.NamespaceBase): protobuf.Type[] {
  const found: protobuf.Type[] = [];
  for (const nested of namespace.nestedArray) {
    if (nested instanceof protobuf.Type) found.push(nested);
    if (nested instanceof protobuf.Namespace || nested instanceof protobuf.Type) found.push(...allTypes(nested));
  }
  return found;
}

/** Checks a JSON value the way proto3's JSON mapping reads it: known fields only, each of its type. */
function check(type: protobuf.Type, value: unknown, path: Array<string | number>, out: Violation[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    out.push({ path, message: `expected a ${type.name} message (an object)` });
    return;
  }
  const fields = new Map<string, protobuf.Field>();
  for (const field of type.fieldsArray) {
    fields.set(field.name, field);
    // proto3 JSON uses lowerCamelCase names and accepts the original ones.
    fields.set(field.name.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase()), field);
  }
  for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
    const field = fields.get(key);
    if (!field) {
      out.push({ path: [...path, key], message: `unknown field “${key}” in ${type.name}` });
      continue;
    }
    field.resolve();
    const items = field.repeated ? (Array.isArray(item) ? item : null) : [item];
    if (items === null) {
      out.push({ path: [...path, key], message: `expected a list of ${field.type}` });
      continue;
    }
    items.forEach((entry, index) => {
      const at = field.repeated ? [...path, key, index] : [...path, key];
      if (entry === null) return;
      if (field.resolvedType instanceof protobuf.Type) check(field.resolvedType, entry, at, out);
      else if (field.resolvedType instanceof protobuf.Enum) {
        const values = field.resolvedType.values;
        if (!(typeof entry === 'string' && entry in values) && !(typeof entry === 'number' && Object.values(values).includes(entry))) {
          out.push({ path: at, message: `expected one of ${Object.keys(values).join(', ')}` });
        }
      } else {
        const problem = scalarProblem(field.type, entry);
        if (problem) out.push({ path: at, message: problem });
      }
    });
  }
}

function scalarProblem(type: string, value: unknown): string | null {
  switch (type) {
    case 'string':
      return typeof value === 'string' ? null : 'expected a string';
    case 'bool':
      return typeof value === 'boolean' ? null : 'expected true or false';
    case 'bytes':
      return typeof value === 'string' ? null : 'expected base64 text';
    case 'double':
    case 'float':
      return typeof value === 'number' || ['NaN', 'Infinity', '-Infinity'].includes(String(value)) ? null : 'expected a number';
    case 'int32':
    case 'uint32':
    case 'sint32':
    case 'fixed32':
    case 'sfixed32':
      return Number.isInteger(typeof value === 'string' ? Number(value) : value) ? null : `expected an integer (${type})`;
    default:
      // 64-bit integers are strings or numbers in proto3 JSON.
      return /^-?\d+$/.test(String(value)) ? null : `expected an integer (${type})`;
  }
}

/** Validates JSON data against a .proto message type: the one named, else the first message declared. */
export function compileProtobufSchema(source: string, typeName?: string): (value: unknown) => Violation[] {
  let type: protobuf.Type | undefined;
  try {
    const root = protobuf.parse(source, { keepCase: true }).root;
    root.resolveAll();
    const types = allTypes(root);
    type = (typeName ? types.find((t) => t.name === typeName || t.fullName.slice(1) === typeName) : undefined) ?? types[0];
  } catch (error) {
    const reason = messageOf(error);
    return () => [{ path: [], message: `The Protobuf schema cannot be used for validation: ${reason}`, unchecked: true }];
  }
  if (!type) return () => [{ path: [], message: 'The Protobuf schema declares no message type.' }];
  const messageType = type;
  return (value) => {
    const out: Violation[] = [];
    check(messageType, value, [], out);
    return out;
  };
}
