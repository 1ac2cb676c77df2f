/**
 * The parser hands out schemas as object graphs, where recursive schemas are real cycles. Validators want
 * trees: each back-reference to an ancestor becomes a JSON pointer `$ref` to that ancestor.
 */
export function acyclicSchema(schema: unknown): unknown {
  const ancestors = new Map<object, string>();
  const escape = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');
  const walk = (value: unknown, pointer: string): unknown => {
    if (typeof value !== 'object' || value === null) return value;
    const seen = ancestors.get(value);
    if (seen !== undefined) return { $ref: `#${seen}` };
    ancestors.set(value, pointer);
    const copy: unknown = Array.isArray(value)
      ? value.map((item, i) => walk(item, `${pointer}/${i}`))
      : Object.fromEntries(
          Object.entries(value as Record<string, unknown>)
            .filter(([key]) => !key.startsWith('x-parser-'))
            .map(([key, item]) => [key, walk(item, `${pointer}/${escape(key)}`)]),
        );
    ancestors.delete(value);
    return copy;
  };
  return walk(schema, '');
}
