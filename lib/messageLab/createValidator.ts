import { acyclicSchema } from './acyclicSchema';
import { compileAvroSchema } from './avroValidator';
import { compileJsonSchema } from './jsonSchemaValidator';
import { compileProtobufSchema } from './protobufValidator';
import type { SchemaKind } from './schemaKind';
import type { Violation } from './violation';

/** A schema as the lab holds it: its language, the schema as written, and the parser's JSON Schema of it. */
export interface LabSchema {
  kind: SchemaKind;
  /** The schema as written in the document (Avro JSON, .proto text, an OpenAPI or JSON Schema object). */
  native: unknown;
  /** The parser's JSON Schema rendering of it (acyclic), used for display and example generation. */
  jsonSchema: unknown;
  /** For Protobuf: the message type the payload is. */
  protobufType?: string;
}

export type Validate = (value: unknown) => Violation[];

const cache = new Map<string, Validate>();
const CACHE_LIMIT = 200;

function compile(schema: LabSchema): Validate {
  switch (schema.kind) {
    case 'avro':
      return compileAvroSchema(schema.native);
    case 'protobuf':
      return typeof schema.native === 'string'
        ? compileProtobufSchema(schema.native, schema.protobufType)
        : compileJsonSchema(schema.jsonSchema);
    case 'openapi':
      return compileJsonSchema(schema.native ?? schema.jsonSchema, { openapi: true });
    default:
      return compileJsonSchema(schema.native ?? schema.jsonSchema);
  }
}

/** A validator for the schema, compiled once per distinct schema (compiling is the expensive step). */
export function createValidator(schema: LabSchema): Validate {
  const key = `${schema.kind}\u0000${schema.protobufType ?? ''}\u0000${JSON.stringify(acyclicSchema(schema.native ?? schema.jsonSchema))}`;
  const known = cache.get(key);
  if (known) return known;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  const validate = compile(schema);
  cache.set(key, validate);
  return validate;
}
