type Schema = Record<string, unknown>;

/** A JSON Schema of the AsyncAPI specification, with its definitions keyed by `$id` (as @asyncapi/specs ships them). */
export interface SpecSchema extends Schema {
  definitions?: Record<string, Schema>;
}

const MAX_EXPANSION = 6;

function resolve(root: SpecSchema, schema: unknown): Schema | null {
  let current = schema;
  for (let hops = 0; hops < 10 && typeof current === 'object' && current !== null; hops++) {
    const ref = (current as Schema).$ref;
    if (typeof ref !== 'string') return current as Schema;
    if (ref.startsWith('#/definitions/')) current = root.definitions?.[decodeURIComponent(ref.slice('#/definitions/'.length))];
    else if (ref === '#') current = root;
    else current = root.definitions?.[ref];
  }
  return typeof current === 'object' && current !== null && typeof (current as Schema).$ref !== 'string' ? (current as Schema) : null;
}

/** The schema and every alternative it offers (oneOf/anyOf/allOf/if-then), resolved. */
function expand(root: SpecSchema, schema: unknown, depth = 0): Schema[] {
  const resolved = resolve(root, schema);
  if (!resolved || depth > MAX_EXPANSION) return resolved ? [resolved] : [];
  const out = [resolved];
  for (const key of ['oneOf', 'anyOf', 'allOf'] as const) {
    const options = resolved[key];
    if (Array.isArray(options)) for (const option of options) out.push(...expand(root, option, depth + 1));
  }
  for (const key of ['then', 'else'] as const) if (resolved[key]) out.push(...expand(root, resolved[key], depth + 1));
  return out;
}

function childSchemas(root: SpecSchema, parent: Schema, key: string): unknown[] {
  const found: unknown[] = [];
  const properties = parent.properties as Record<string, unknown> | undefined;
  if (properties && Object.prototype.hasOwnProperty.call(properties, key)) found.push(properties[key]);
  const patterns = parent.patternProperties as Record<string, unknown> | undefined;
  for (const [pattern, sub] of Object.entries(patterns ?? {})) {
    try {
      if (new RegExp(pattern, 'u').test(key)) found.push(sub);
    } catch {
      // A pattern JavaScript cannot read offers nothing.
    }
  }
  if (found.length === 0 && typeof parent.additionalProperties === 'object') found.push(parent.additionalProperties);
  if (found.length === 0 && parent.items && /^\d+$/.test(key)) found.push(parent.items);
  return found;
}

/** Every schema that may describe the value at this path (several when the spec offers alternatives). */
export function schemasAt(root: SpecSchema, path: ReadonlyArray<string>): Schema[] {
  let current = expand(root, root);
  for (const key of path) {
    const next: Schema[] = [];
    for (const schema of current) {
      // A list item: step into `items` first.
      const holders = schema.items && !schema.properties ? expand(root, schema.items) : [schema];
      for (const holder of holders) for (const child of childSchemas(root, holder, key)) next.push(...expand(root, child));
    }
    current = next;
    if (current.length === 0) break;
  }
  return current;
}

export interface KeySuggestion {
  key: string;
  description?: string;
  required: boolean;
}

/** Property names a mapping at this path may hold. */
export function keySuggestions(root: SpecSchema, parentPath: ReadonlyArray<string>): KeySuggestion[] {
  const byKey = new Map<string, KeySuggestion>();
  for (const schema of schemasAt(root, parentPath)) {
    const holders = schema.items && !schema.properties ? expand(root, schema.items) : [schema];
    for (const holder of holders) {
      const required = new Set(Array.isArray(holder.required) ? (holder.required as string[]) : []);
      for (const [key, sub] of Object.entries((holder.properties ?? {}) as Record<string, unknown>)) {
        const description = expand(root, sub).map((s) => s.description).find((d): d is string => typeof d === 'string');
        const known = byKey.get(key);
        byKey.set(key, { key, description: known?.description ?? description, required: (known?.required ?? false) || required.has(key) });
      }
    }
  }
  return [...byKey.values()];
}

/** Values the spec allows at this path (enum, const, booleans). */
export function valueSuggestions(root: SpecSchema, path: ReadonlyArray<string>): string[] {
  const values = new Set<string>();
  for (const schema of schemasAt(root, path)) {
    if (Array.isArray(schema.enum)) for (const v of schema.enum) values.add(String(v));
    if (schema.const !== undefined) values.add(String(schema.const));
    if (schema.type === 'boolean') ['true', 'false'].forEach((v) => values.add(v));
  }
  return [...values];
}

/** The description the spec gives the value at this path. */
export function describePath(root: SpecSchema, path: ReadonlyArray<string>): string | undefined {
  for (const schema of schemasAt(root, path)) {
    if (typeof schema.description === 'string') return schema.description;
  }
  return undefined;
}

/** Whether a mapping at this path may hold specification extensions (`x-…` keys), as the spec says. */
export function allowsExtensions(root: SpecSchema, parentPath: ReadonlyArray<string>): boolean {
  return schemasAt(root, parentPath).some((schema) => {
    const holders = schema.items && !schema.properties ? expand(root, schema.items) : [schema];
    return holders.some((holder) => Object.keys((holder.patternProperties ?? {}) as Record<string, unknown>).some((pattern) => pattern.startsWith('^x-')));
  });
}
