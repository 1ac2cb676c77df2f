import type { SpecSchema } from '@/lib/editorIntel/schemaNavigator';
import { valueAtRef } from '@/lib/jsonPointer/jsonPointer';

export type Schema = Record<string, unknown>;

/** A schema of the specification and the document its `#…` references are relative to. */
export interface SchemaAt {
  schema: Schema;
  /** `$id` of the definition it belongs to (its base for `#/…` references). */
  base: string;
}

const MAX_DEPTH = 12;

function isSchema(value: unknown): value is Schema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads the specification's JSON Schema (as @asyncapi/specs ships it: every definition keyed by its `$id`),
 * resolving references against the definition they appear in (the bundled JSON Schema meta-schema
 * refers to its own `#/definitions/…`).
 */
export class SpecWalker {
  constructor(readonly root: SpecSchema) {}

  private documentOf(id: string): Schema | undefined {
    const bare = id.replace(/#$/, '');
    if (bare === '' || bare === String(this.root.$id ?? '')) return this.root;
    return this.root.definitions?.[bare] ?? this.root.definitions?.[`${bare}#`];
  }

  /** Follows `$ref`s to a schema that is not one. */
  deref(at: SchemaAt): SchemaAt | null {
    let current: SchemaAt | null = at;
    for (let hops = 0; current && typeof current.schema.$ref === 'string' && hops < MAX_DEPTH; hops++) {
      const ref = current.schema.$ref as string;
      const hash = ref.indexOf('#');
      const id = hash === -1 ? ref : ref.slice(0, hash);
      const fragment = hash === -1 ? '' : ref.slice(hash + 1);
      const base: string = id === "" ? current.base : id;
      const document = this.documentOf(base);
      // Old-style `#/definitions/<$id>` references name a definition of the root.
      const target = fragment.startsWith('/definitions/http') ? this.root.definitions?.[decodeURIComponent(fragment.slice('/definitions/'.length))] : valueAtRef(document, `#${fragment}`);
      current = isSchema(target) ? { schema: target, base: String((document?.$id as string | undefined) ?? base) } : null;
    }
    return current && typeof current.schema.$ref !== 'string' ? current : null;
  }

  child(at: SchemaAt, schema: unknown): SchemaAt | null {
    return isSchema(schema) ? this.deref({ schema, base: at.base }) : null;
  }

  /** Whether a schema is the specification's Reference Object. */
  isReference(at: SchemaAt): boolean {
    const required = at.schema.required;
    const properties = at.schema.properties;
    return Array.isArray(required) && required.length === 1 && required[0] === '$ref' && isSchema(properties) && Object.keys(properties).length === 1;
  }

  /**
   * Whether a value fits a schema well enough to pick it among alternatives: type, required keys,
   * constant or enumerated properties, `not`, and nested alternatives. Not a validator.
   */
  fits(at: SchemaAt, value: unknown, depth = 0): boolean {
    if (depth > MAX_DEPTH) return true;
    const { schema } = at;
    const isRef = isSchema(value) && typeof value.$ref === 'string';
    if (this.isReference(at)) return isRef;
    if (isRef) return false;
    if (schema.not !== undefined) {
      const not = this.child(at, schema.not);
      if (not && this.fits(not, value, depth + 1)) return false;
    }
    const type = schema.type;
    if (type !== undefined && value !== undefined && !(Array.isArray(type) ? type : [type]).some((t) => typeFits(String(t), value))) return false;
    if (schema.const !== undefined && value !== undefined && schema.const !== value) return false;
    if (Array.isArray(schema.enum) && value !== undefined && !schema.enum.includes(value)) return false;
    if (isSchema(value)) {
      if (Array.isArray(schema.required) && !schema.required.every((k) => typeof k === 'string' && k in value)) return false;
      for (const [key, sub] of Object.entries(isSchema(schema.properties) ? schema.properties : {})) {
        if (!(key in value)) continue;
        const s = this.child(at, sub);
        if (s && (s.schema.const !== undefined || Array.isArray(s.schema.enum)) && !this.fits(s, value[key], depth + 1)) return false;
      }
    }
    for (const key of ['oneOf', 'anyOf'] as const) {
      const options = schema[key];
      if (Array.isArray(options) && !options.some((o) => { const s = this.child(at, o); return !s || this.fits(s, value, depth + 1); })) return false;
    }
    if (Array.isArray(schema.allOf) && !schema.allOf.every((o) => { const s = this.child(at, o); return !s || this.fits(s, value, depth + 1); })) return false;
    return true;
  }

  /**
   * The schema and everything it brings in for this value: allOf parts, the fitting oneOf/anyOf
   * alternatives (all non-Reference ones when the value fits none or is absent), and if/then/else.
   */
  flatten(at: SchemaAt, value: unknown, depth = 0): SchemaAt[] {
    if (depth > MAX_DEPTH) return [at];
    const out: SchemaAt[] = [at];
    const { schema } = at;
    for (const part of Array.isArray(schema.allOf) ? schema.allOf : []) {
      const s = this.child(at, part);
      if (s) out.push(...this.flatten(s, value, depth + 1));
    }
    for (const key of ['oneOf', 'anyOf'] as const) {
      const options = (Array.isArray(schema[key]) ? (schema[key] as unknown[]) : []).map((o) => this.child(at, o)).filter((s): s is SchemaAt => s !== null);
      if (options.length === 0) continue;
      const fitting = value === undefined ? [] : options.filter((o) => this.fits(o, value));
      const chosen = fitting.length > 0 ? fitting : options.filter((o) => !this.isReference(o));
      for (const option of chosen) out.push(...this.flatten(option, value, depth + 1));
    }
    if (schema.if !== undefined) {
      const condition = this.child(at, schema.if);
      // An absent value is read as an empty object: `if: { not: { required: [bindingVersion] } }` holds for it.
      const holds = condition ? this.fits(condition, value === undefined ? {} : value) : false;
      const branch = this.child(at, holds ? schema.then : schema.else);
      if (branch) out.push(...this.flatten(branch, value, depth + 1));
    }
    return out;
  }

  /** The schemas that may describe `key` inside a value described by `parents`. */
  childrenOf(parents: ReadonlyArray<SchemaAt>, key: string): SchemaAt[] {
    const found: SchemaAt[] = [];
    for (const parent of parents) {
      const { schema } = parent;
      const properties = isSchema(schema.properties) ? schema.properties : {};
      let matched = false;
      if (Object.prototype.hasOwnProperty.call(properties, key)) {
        const s = this.child(parent, properties[key]);
        if (s) found.push(s);
        matched = true;
      }
      for (const [pattern, sub] of Object.entries(isSchema(schema.patternProperties) ? schema.patternProperties : {})) {
        if (!safeTest(pattern, key)) continue;
        const s = this.child(parent, sub);
        if (s) found.push(s);
        matched = true;
      }
      if (!matched && isSchema(schema.additionalProperties)) {
        const s = this.child(parent, schema.additionalProperties);
        if (s) found.push(s);
      }
      if (/^\d+$/.test(key) && schema.items !== undefined) {
        const s = this.child(parent, Array.isArray(schema.items) ? schema.items[Number(key)] : schema.items);
        if (s) found.push(s);
      }
    }
    return found;
  }

  /**
   * Every flattened schema describing the value at `path` of the document `root`. With `leafAbsent`, the
   * value at the end of the path does not choose among alternatives (what a `$ref` there stands in for).
   */
  schemasAt(document: unknown, path: ReadonlyArray<string>, { leafAbsent = false } = {}): SchemaAt[] {
    let value = document;
    let current = this.flatten({ schema: this.root, base: String(this.root.$id ?? '') }, value);
    for (const [index, key] of path.entries()) {
      value = isSchema(value) || Array.isArray(value) ? (value as Record<string, unknown>)[key] : undefined;
      if (leafAbsent && index === path.length - 1) value = undefined;
      current = this.childrenOf(current, key).flatMap((s) => this.flatten(s, value));
      if (current.length === 0) break;
    }
    return current;
  }
}

function typeFits(type: string, value: unknown): boolean {
  switch (type) {
    case 'object':
      return isSchema(value);
    case 'array':
      return Array.isArray(value);
    case 'integer':
      return Number.isInteger(value);
    case 'number':
      return typeof value === 'number';
    case 'null':
      return value === null;
    default:
      return typeof value === type;
  }
}

function safeTest(pattern: string, key: string): boolean {
  try {
    return new RegExp(pattern, 'u').test(key);
  } catch {
    return false;
  }
}
