/** The key under which Modelina reads a schema's model name (set by its AsyncAPI conversion). */
export const INFERRED_NAME = 'x-modelgen-inferred-name';

type Node = Record<string, unknown>;

const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value);
const isAnonymous = (name: unknown) => typeof name !== 'string' || name.startsWith('anonymous_schema');

/**
 * Names inline schemas after where they sit (`Parcel` → `ParcelAddress` for its `address` property,
 * `ParcelItemsItem` for array items), so models read `ParcelAddress`, not `AnonymousSchema_7`.
 * Schemas that have their own name (components, `$id`, `title`) keep it; cycles are followed once.
 */
export function nameInlineSchemas(root: unknown, rootName?: string): void {
  const visited = new Set<Node>();
  const visit = (schema: unknown, name: string | undefined) => {
    if (!isNode(schema) || visited.has(schema)) return;
    visited.add(schema);
    if (name && isAnonymous(schema[INFERRED_NAME])) schema[INFERRED_NAME] = name;
    const own = isAnonymous(schema[INFERRED_NAME]) ? undefined : String(schema[INFERRED_NAME]);
    const child = (suffix: string) => (own ? `${own}_${suffix}` : undefined);
    if (isNode(schema.properties)) for (const [key, value] of Object.entries(schema.properties)) visit(value, child(key));
    if (Array.isArray(schema.items)) schema.items.forEach((item, i) => visit(item, child(`item_${i + 1}`)));
    else visit(schema.items, child('item'));
    visit(schema.additionalProperties, child('value'));
    for (const key of ['oneOf', 'anyOf', 'allOf'] as const) {
      const list = schema[key];
      if (Array.isArray(list)) list.forEach((option, i) => visit(option, child(`${key === 'allOf' ? 'part' : 'option'}_${i + 1}`)));
    }
  };
  visit(root, rootName);
}
