import { acyclicSchema } from './acyclicSchema';
import type { compileAvroSchema } from './avroValidator';
import { compileJsonSchema } from './jsonSchemaValidator';
import type { compileProtobufSchema } from './protobufValidator';
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

interface FormatCompilers {
  avro: typeof compileAvroSchema;
  protobuf: typeof compileProtobufSchema;
}

let formats: FormatCompilers | undefined;
let loadingFormats: Promise<void> | undefined;

/**
 * Loads Avro and Protobuf validation (avsc, protobufjs: a third of the example check's code). Most documents
 * use neither, so the workers load it only before a check that may need it (see mayNeedFormatValidators).
 */
export function loadFormatValidators(): Promise<void> {
  loadingFormats ??= Promise.all([import('./avroValidator'), import('./protobufValidator')]).then(([avro, protobuf]) => {
    formats = { avro: avro.compileAvroSchema, protobuf: protobuf.compileProtobufSchema };
  });
  return loadingFormats;
}

// Where a schema format is written, or where a document may pull one in from (another file, a URL).
const FORMAT_OR_REMOTE = /vnd\.apache\.avro|vnd\.google\.protobuf|\$ref["']?\s*:\s*["']?https?:/i;

/** Whether a check of this document text may meet an Avro or Protobuf schema (conservative: yes when unsure). */
export function mayNeedFormatValidators(text: string): boolean {
  return FORMAT_OR_REMOTE.test(text);
}

/** Said instead of a verdict if a check met a format before its validator was loaded (a missed load, never cached). */
function notLoaded(kind: string): Validate {
  return () => [{ path: [], message: `The ${kind} validator was not loaded, so the value was not checked.`, unchecked: true }];
}

function compile(schema: LabSchema): Validate {
  switch (schema.kind) {
    case 'avro':
      return formats ? formats.avro(schema.native) : notLoaded('Avro');
    case 'protobuf':
      if (typeof schema.native !== 'string') return compileJsonSchema(schema.jsonSchema);
      return formats ? formats.protobuf(schema.native, schema.protobufType) : notLoaded('Protobuf');
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
  if (formats || (schema.kind !== 'avro' && schema.kind !== 'protobuf')) cache.set(key, validate);
  return validate;
}
