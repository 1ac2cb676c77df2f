import avro from 'avsc';
import type { Violation } from './violation';
import { messageOf } from '@/lib/errors/messageOf';

/**
 * Validates a value against an Avro schema. Accepts both avsc's in-memory form (unions unwrapped) and
 * Avro's JSON encoding (unions wrapped as {"type": value}), since people paste either.
 */
export function compileAvroSchema(schema: unknown): (value: unknown) => Violation[] {
  let type: avro.Type;
  try {
    type = avro.Type.forSchema(schema as avro.Schema, { wrapUnions: false });
  } catch (error) {
    const reason = messageOf(error);
    return () => [{ path: [], message: `The Avro schema cannot be used for validation: ${reason}`, unchecked: true }];
  }
  return (value) => {
    const violations: Violation[] = [];
    const valid = type.isValid(value, {
      errorHook: (path, val, failing) => {
        const expected = typeof failing.typeName === 'string' ? failing.typeName : 'a different value';
        const got = val === undefined ? 'missing' : JSON.stringify(val)?.slice(0, 60);
        violations.push({ path: [...path], message: `expected ${describeAvroType(failing, expected)}, got ${got}` });
      },
    });
    if (valid) return [];
    try {
      // Avro's own JSON encoding (wrapped unions, bytes as strings) is valid too.
      type.fromString(JSON.stringify(value));
      return [];
    } catch {
      return violations.length > 0 ? violations : [{ path: [], message: 'does not match the Avro schema' }];
    }
  };
}

function describeAvroType(type: avro.Type, fallback: string): string {
  const name = (type as { name?: string }).name;
  if (type.typeName === 'union:unwrapped' || type.typeName === 'union:wrapped') {
    const members = ((type as unknown as { types: avro.Type[] }).types ?? []).map((t) => t.typeName);
    return `one of the union's types (${members.join(', ')})`;
  }
  if (type.typeName === 'enum') return `one of ${((type as unknown as { symbols: string[] }).symbols ?? []).join(', ')}`;
  return name ? `${fallback} ${name}` : fallback;
}
