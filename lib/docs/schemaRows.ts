import type { SchemaInterface } from '@asyncapi/parser';

/** One property of a schema flattened to a dotted path (`a.b`, `list[].c`). */
export interface SchemaRow {
  path: string;
  type: string;
  required: boolean;
  description?: string;
  /** The values `enum` allows and the `const` value, as JSON text (data, never Markdown). */
  enumValues?: string[];
  constValue?: string;
  /** Why the walk stopped below this row (circular reference, depth cap), if it did. */
  note?: string;
}

/** A schema summarised for documentation: its own type and description plus its property rows. */
export interface SchemaSummary {
  type: string;
  description?: string;
  enumValues?: string[];
  constValue?: string;
  rows: SchemaRow[];
  /** True when the row cap cut the table short. */
  truncated: boolean;
}

export interface SchemaWalkLimits {
  maxDepth: number;
  maxRows: number;
}

// Shared sub-schemas can fan out exponentially even without cycles, so rows are capped too.
const DEFAULT_LIMITS: SchemaWalkLimits = { maxDepth: 8, maxRows: 400 };

/** A short type label: `string (date-time)`, `array<integer>`, `string | null`. */
export function schemaTypeLabel(schema: SchemaInterface): string {
  if (isUnrestoredRef(schema)) return 'reference';
  if (schema.isBooleanSchema()) return schema.json() === false ? 'never' : 'any';
  const type = schema.type();
  let label = Array.isArray(type) ? type.join(' | ') : (type ?? '');
  if (!label) {
    if (schema.properties()) label = 'object';
    else if (schema.items()) label = 'array';
    else if (schema.oneOf()) label = 'oneOf';
    else if (schema.anyOf()) label = 'anyOf';
    else if (schema.allOf()) label = 'allOf';
    else label = 'any';
  }
  if (label === 'array') {
    const items = schema.items();
    if (items && !Array.isArray(items)) {
      const itemType = items.type();
      if (typeof itemType === 'string') label = `array<${itemType}>`;
    }
  }
  const format = schema.format();
  return format ? `${label} (${format})` : label;
}

/** `unstringify(text)` (parser 3.6.3) leaves shared and circular schemas as `"$ref:$.path"` strings. */
function isUnrestoredRef(schema: SchemaInterface): boolean {
  const json: unknown = schema.json();
  return typeof json === 'string' && json.startsWith('$ref:');
}

/** The schema's description and the values it allows, kept apart: the description is Markdown, values are data. */
function describe(schema: SchemaInterface): Pick<SchemaRow, 'description' | 'enumValues' | 'constValue'> {
  if (isUnrestoredRef(schema)) return { description: `Shared or circular schema (${String(schema.json())})` };
  if (schema.isBooleanSchema()) return {};
  const described: Pick<SchemaRow, 'description' | 'enumValues' | 'constValue'> = {};
  const description = schema.description();
  if (description) described.description = description;
  const values = schema.enum();
  if (values && values.length > 0) described.enumValues = values.map(jsonText);
  if (schema.const() !== undefined) described.constValue = jsonText(schema.const());
  return described;
}

/** JSON text of a value from the document, on one line; `undefined` for what JSON cannot write. */
export function jsonText(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/** The parser's circular schemas share one JSON object, so object identity detects the cycle. */
function identity(schema: SchemaInterface): unknown {
  return schema.json();
}

class Walker {
  readonly rows: SchemaRow[] = [];
  truncated = false;

  constructor(private readonly limits: SchemaWalkLimits) {}

  /** `row` is the table row that stands for `schema`, so a stop found below it can be noted there. */
  walk(schema: SchemaInterface, prefix: string, depth: number, ancestors: Set<unknown>, row?: SchemaRow): void {
    if (schema.isBooleanSchema()) return;
    // Stop walking at all once the table is full, or a wide shared graph would still be traversed.
    if (this.rows.length >= this.limits.maxRows) {
      this.truncated = true;
      return;
    }
    const required = new Set(schema.required() ?? []);
    for (const [name, child] of Object.entries(schema.properties() ?? {})) {
      this.child(child, prefix ? `${prefix}.${name}` : name, required.has(name), depth, ancestors);
    }
    const items = schema.items();
    const nested = [...(schema.allOf() ?? []), ...(schema.oneOf() ?? []), ...(schema.anyOf() ?? [])];
    if (items && !Array.isArray(items)) this.note(row, this.descend(items, `${prefix}[]`, depth, ancestors, row));
    for (const sub of nested) this.note(row, this.descend(sub, prefix, depth, ancestors, row));
  }

  private note(row: SchemaRow | undefined, stop: string | undefined): void {
    if (row && stop && !row.note) row.note = stop;
  }

  private child(child: SchemaInterface, path: string, required: boolean, depth: number, ancestors: Set<unknown>): void {
    if (this.rows.length >= this.limits.maxRows) {
      this.truncated = true;
      return;
    }
    const row: SchemaRow = { path, type: schemaTypeLabel(child), required, ...describe(child) };
    this.rows.push(row);
    const stop = this.stopReason(child, depth, ancestors);
    if (stop) {
      if (this.hasChildren(child)) row.note = stop;
      return;
    }
    this.descend(child, path, depth, ancestors, row);
  }

  /** Walks into `schema` unless that would loop or go too deep; returns why it did not. */
  private descend(schema: SchemaInterface, prefix: string, depth: number, ancestors: Set<unknown>, row?: SchemaRow): string | undefined {
    const stop = this.stopReason(schema, depth, ancestors);
    if (stop) return this.hasChildren(schema) ? stop : undefined;
    const key = identity(schema);
    ancestors.add(key);
    this.walk(schema, prefix, depth + 1, ancestors, row);
    ancestors.delete(key);
    return undefined;
  }

  private stopReason(schema: SchemaInterface, depth: number, ancestors: Set<unknown>): string | undefined {
    if (ancestors.has(identity(schema))) return 'circular reference';
    if (depth + 1 >= this.limits.maxDepth) return 'nested too deep to list';
    return undefined;
  }

  private hasChildren(schema: SchemaInterface): boolean {
    if (schema.isBooleanSchema()) return false;
    return Boolean(schema.properties() || schema.items() || schema.allOf() || schema.oneOf() || schema.anyOf());
  }
}

/** Flattens a schema's properties for a table; terminates on circular and very deep schemas. */
export function summarizeSchema(schema: SchemaInterface, limits: Partial<SchemaWalkLimits> = {}): SchemaSummary {
  const walker = new Walker({ ...DEFAULT_LIMITS, ...limits });
  walker.walk(schema, '', 0, new Set([identity(schema)]));
  return { type: schemaTypeLabel(schema), ...describe(schema), rows: walker.rows, truncated: walker.truncated };
}
