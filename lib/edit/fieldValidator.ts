import Ajv from 'ajv';
import type { ErrorObject, ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { SpecSchema } from '@/lib/editorIntel/schemaNavigator';
import { pointerTokens } from '@/lib/jsonPointer/jsonPointer';
import type { Violation } from '@/lib/messageLab/violation';
import type { JsonValue } from './editOps';
import type { SchemaRef } from './formModel';

/**
 * Validation of one form value against the specification's schema for it, with Ajv.
 * @remarks Ajv compiles schemas into functions (`new Function`): run this in a worker, never on the page
 * (the studio's workers are allowed `'unsafe-eval'`; see scripts/csp.mjs).
 */

const instances = new Map<string, Ajv>();
const compiled = new Map<string, ValidateFunction>();
const CACHE_LIMIT = 500;

/** One Ajv per specification version, holding the whole specification so `$ref`s by `$id` resolve. */
function instanceFor(spec: SpecSchema): Ajv {
  const key = String(spec.$id ?? '');
  let ajv = instances.get(key);
  if (!ajv) {
    // The specification bundles the draft-07 meta-schema among its definitions: Ajv's own copy would clash.
    ajv = new Ajv({ meta: false, validateSchema: false, strict: false, allErrors: true, allowUnionTypes: true, discriminator: false });
    addFormats(ajv);
    ajv.addSchema(spec as object);
    instances.set(key, ajv);
  }
  return ajv;
}

/** `#/…` references inside a definition are relative to it: make them absolute for a schema compiled apart. */
function absoluteRefs(schema: unknown, base: string): unknown {
  if (Array.isArray(schema)) return schema.map((s) => absoluteRefs(s, base));
  if (typeof schema !== 'object' || schema === null) return schema;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    out[key] = key === '$ref' && typeof value === 'string' && value.startsWith('#') ? `${base.replace(/#$/, '')}${value}` : key === '$id' ? undefined : absoluteRefs(value, base);
  }
  delete out.$id;
  return out;
}

function message(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'enum') return `must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
  if (error.keyword === 'required') return `“${String(params.missingProperty)}” is required`;
  if (error.keyword === 'additionalProperties') return `“${String(params.additionalProperty)}” is not allowed here`;
  return error.message ?? error.keyword;
}

function pathOf(error: ErrorObject): Array<string | number> {
  return pointerTokens(error.instancePath).map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

/**
 * Where alternatives (oneOf/anyOf) failed, each alternative complains; the user needs one line per place:
 * the most specific complaint there (an enum or format over a bare type mismatch).
 */
function oneComplaintPerAlternativePlace(errors: ReadonlyArray<ErrorObject>): ErrorObject[] {
  const alternativePlaces = new Set(errors.filter((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf').map((e) => e.instancePath));
  const plain = errors.filter((e) => e.keyword !== 'oneOf' && e.keyword !== 'anyOf' && e.keyword !== 'if');
  const out: ErrorObject[] = [];
  for (const error of plain) {
    if (!alternativePlaces.has(error.instancePath)) {
      out.push(error);
      continue;
    }
    const here = plain.filter((e) => e.instancePath === error.instancePath);
    const best = here.find((e) => e.keyword !== 'type') ?? here[0];
    if (best === error) out.push(error);
  }
  return out;
}

/**
 * The violations of `value` against the field's schemas (all of them apply), in the user's words; empty when valid.
 * `oneOf` noise (one line per failed alternative) is reduced to the alternatives' first complaint.
 */
export function validateField(spec: SpecSchema, schemas: ReadonlyArray<SchemaRef>, value: JsonValue): Violation[] {
  const ajv = instanceFor(spec);
  const violations: Violation[] = [];
  const seen = new Set<string>();
  for (const { base, schema } of schemas) {
    const prepared = absoluteRefs(schema, base);
    const key = `${String(spec.$id)}\u0000${JSON.stringify(prepared)}`;
    let validate = compiled.get(key);
    if (!validate) {
      if (compiled.size >= CACHE_LIMIT) compiled.clear();
      validate = ajv.compile(prepared as object);
      compiled.set(key, validate);
    }
    if (validate(value)) continue;
    for (const error of oneComplaintPerAlternativePlace(validate.errors ?? [])) {
      const text = message(error);
      const path = pathOf(error);
      const id = `${path.join('/')}\u0000${text}`;
      if (seen.has(id)) continue;
      seen.add(id);
      violations.push({ path, message: text });
    }
  }
  return violations;
}
