import type { SpecSchema } from '@/lib/editorIntel/schemaNavigator';
import { isRecord, refTarget, valueAt } from './documentModel';
import { fieldFor, objectKind } from './fieldShape';
import type { JsonValue } from './editOps';
import { parsePointer } from './pointer';
import { SpecWalker } from './specWalker';
import type { Schema } from './specWalker';

/** How the inspector shows a field. */
export type FieldKind =
  | 'string'
  | 'number'
  | 'integer'
  | 'boolean'
  /** a select among `enum` */
  | 'enum'
  /** a pure reference (`$ref` only), e.g. a 3.x operation's `channel`: a picker among `reference.choices` */
  | 'reference'
  /** a schema (payload, headers, a property): its own form at `pointer` */
  | 'schema'
  /** a map of named entries (channel messages, parameters, server variables): entries at `pointer/<name>` */
  | 'map'
  /** an object with known fields (bindings, contact, license): its own form at `pointer` */
  | 'object'
  | 'array'
  | 'any';

export interface ReferenceInfo {
  /** Whether this value may be (or must be, for kind `reference`) a Reference Object. */
  allowed: boolean;
  /** The pointers the user can pick (existing objects of the right kind), in document order. */
  choices: string[];
}

export interface FormField {
  name: string;
  /** JSON pointer of the value in the document (`data-path` of its `inspector-field`). */
  pointer: string;
  kind: FieldKind;
  /** The JSON types the specification allows here (e.g. `['string', 'null']` for a 3.x channel address). */
  types: string[];
  enum?: JsonValue[];
  required: boolean;
  description?: string;
  default?: JsonValue;
  format?: string;
  pattern?: string;
  /** The value in the document (undefined when absent). */
  value: JsonValue | undefined;
  /** The current value is a `$ref`, leading to `referenceTarget` (a local pointer) when it is local. */
  isReference: boolean;
  referenceTarget?: string;
  reference: ReferenceInfo;
  /** For kind `array`: what each item is (`reference` for lists of references such as an operation's messages). */
  items?: { kind: FieldKind; reference: ReferenceInfo };
  /** The schemas of the specification for this value (for `validateField` in a worker). */
  schemas: SchemaRef[];
  /** A JSON Schema keyword most forms do not need (`$comment`, `contentEncoding`, …): shown under "more". */
  advanced: boolean;
}

/** A schema of the specification, by the definition it sits in and its place there: small, cloneable. */
export interface SchemaRef {
  base: string;
  schema: Schema;
}

export interface FormModel {
  pointer: string;
  /** Which object this is (`server`, `channel`, `operation`, `message`, `schema`, `info`, `bindings`, …), from the spec's definition. */
  kind: string;
  description?: string;
  /** The object here is a `$ref` (edit its target, or pick another). */
  isReference: boolean;
  referenceTarget?: string;
  fields: FormField[];
  /** Whether `x-…` extension fields are allowed. */
  extensions: boolean;
  /** This object as a field of its parent: whether it may be a reference, and the choices to point it at. */
  self?: FormField;
}

/**
 * The form for the object at `pointer`, from the JSON Schema of the document's own version: one field per
 * property the specification knows there (present or not), with its type, choices, help and current value.
 * @remarks Pure and synchronous, but the spec schema is large: compute it where the schema is loaded (the assist worker).
 */
export function formFor(spec: SpecSchema, root: unknown, pointer: string): FormModel {
  const walker = new SpecWalker(spec);
  const path = parsePointer(pointer);
  const value = valueAt(root, pointer);
  const schemas = walker.schemasAt(root, path).filter((s) => !walker.isReference(s) || !isRecord(value) || typeof value.$ref === 'string');
  const isRef = isRecord(value) && typeof value.$ref === 'string';
  // A reference stands in for an object of some kind: name that kind, not "Reference".
  const kind = objectKind(isRef ? walker.schemasAt(root, path, { leafAbsent: true }) : schemas);
  const description = schemas.map((s) => s.schema.description).find((d): d is string => typeof d === 'string');
  const target = refTarget(value);
  const fields: FormField[] = [];
  const seen = new Set<string>();
  for (const s of schemas) {
    for (const key of Object.keys(isRecord(s.schema.properties) ? s.schema.properties : {})) {
      if (seen.has(key)) continue;
      seen.add(key);
      fields.push(fieldFor(walker, root, path, schemas, key, kind));
    }
  }
  // Entries the document has that the spec names only by pattern (a map's entries) are fields too.
  if (isRecord(value)) {
    for (const key of Object.keys(value)) {
      if (seen.has(key) || key.startsWith('x-')) continue;
      if (walker.childrenOf(schemas, key).length === 0) continue;
      seen.add(key);
      fields.push(fieldFor(walker, root, path, schemas, key, kind));
    }
  }
  const extensions = schemas.some((s) => isRecord(s.schema.patternProperties) && Object.keys(s.schema.patternProperties).some((p) => p.startsWith('^x-')));
  const self = path.length > 0 ? fieldFor(walker, root, path.slice(0, -1), walker.schemasAt(root, path.slice(0, -1)), path[path.length - 1]!, objectKind(walker.schemasAt(root, path.slice(0, -1)))) : undefined;
  return { pointer, kind, description, isReference: isRef, ...(target ? { referenceTarget: target } : {}), fields, extensions, ...(self ? { self } : {}) };
}
