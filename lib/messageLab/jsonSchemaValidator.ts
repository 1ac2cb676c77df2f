import Ajv from 'ajv';
import type { ErrorObject, ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { acyclicSchema } from './acyclicSchema';
import { linearRegExp } from './linearRegExp';
import type { Violation } from './violation';
import { messageOf } from '@/lib/errors/messageOf';
import { pointerTokens } from '@/lib/jsonPointer/jsonPointer';

let ajv: Ajv | null = null;

// One Ajv for the worker's life: compiling is the expensive part, and it caches by schema.
function instance(): Ajv {
  if (!ajv) {
    // Patterns from documents run on a linear-time engine (see linearRegExp): no pattern can hang the worker.
    ajv = new Ajv({ allErrors: true, strict: false, validateFormats: true, discriminator: false, allowUnionTypes: true, code: { regExp: linearRegExp } });
    addFormats(ajv);
    // OpenAPI and AsyncAPI vocabulary that is documentation, not validation.
    for (const keyword of ['discriminator', 'externalDocs', 'example', 'xml', 'nullable', 'deprecated']) {
      if (!ajv.getKeyword(keyword)) {
        try {
          ajv.addKeyword(keyword);
        } catch {
          // Already part of the draft's vocabulary.
        }
      }
    }
  }
  return ajv;
}

function pathOf(error: ErrorObject): Array<string | number> {
  const path: Array<string | number> = pointerTokens(error.instancePath).map((p) => (/^\d+$/.test(p) ? Number(p) : p));
  if (error.keyword === 'required') path.push(String((error.params as { missingProperty: string }).missingProperty));
  if (error.keyword === 'additionalProperties') path.push(String((error.params as { additionalProperty: string }).additionalProperty));
  return path;
}

function violationMessage(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return `required property “${String(params.missingProperty)}” is missing`;
    case 'additionalProperties':
      return `property “${String(params.additionalProperty)}” is not allowed`;
    case 'enum':
      return `must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'type':
      return `must be ${String(params.type)}`;
    default:
      return error.message ?? error.keyword;
  }
}

/** OpenAPI 3.0's `nullable: true` means "or null"; JSON Schema says that with a type union. */
function nullableToUnion(schema: unknown): unknown {
  if (typeof schema !== 'object' || schema === null) return schema;
  if (Array.isArray(schema)) return schema.map(nullableToUnion);
  const entries = Object.entries(schema as Record<string, unknown>).map(([k, v]) => [k, nullableToUnion(v)] as const);
  const result: Record<string, unknown> = Object.fromEntries(entries);
  if (result.nullable === true) {
    if (typeof result.type === 'string') result.type = [result.type, 'null'];
    if (Array.isArray(result.enum) && !result.enum.includes(null)) result.enum = [...result.enum, null];
  }
  return result;
}

/** Compiles a JSON Schema (or an OpenAPI 3.0 schema object) into a validator that lists every violation. */
export function compileJsonSchema(schema: unknown, { openapi = false } = {}): (value: unknown) => Violation[] {
  let prepared = acyclicSchema(schema);
  if (openapi) prepared = nullableToUnion(prepared);
  if (typeof prepared === 'object' && prepared !== null) delete (prepared as Record<string, unknown>).$schema;
  let validate: ValidateFunction;
  try {
    validate = instance().compile(prepared as object);
  } catch (error) {
    const reason = messageOf(error);
    return () => [{ path: [], message: `The schema cannot be used for validation: ${reason}`, unchecked: true }];
  }
  return (value) => (validate(value) ? [] : (validate.errors ?? []).map((e) => ({ path: pathOf(e), message: violationMessage(e) })));
}
