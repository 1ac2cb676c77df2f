import { escapeToken } from '@/lib/jsonPointer/jsonPointer';

/** Keywords whose values are data, not schemas: a repeated object there is copied, never made a `$ref`. */
const DATA_KEYWORDS = new Set(['enum', 'const', 'default', 'examples', 'example']);

/**
 * The parser hands out schemas as object graphs, where recursive schemas are real cycles. Validators want
 * trees: each back-reference to an ancestor becomes a JSON pointer `$ref` to that ancestor.
 * A schema met again elsewhere becomes a `$ref` to where it was first copied too: schemas that refer to one
 * another would otherwise be copied once per path through them, exponentially many. Avro and Protobuf schemas
 * have no `$ref`: they are copied with `shareRepeats: false` (only their cycles become references).
 */
export function acyclicSchema(schema: unknown, { shareRepeats = true } = {}): unknown {
  const ancestors = new Map<object, string>();
  const firstCopied = new Map<object, string>();
  const walk = (value: unknown, pointer: string, inData: boolean): unknown => {
    if (typeof value !== 'object' || value === null) return value;
    const seen = ancestors.get(value) ?? (shareRepeats && !inData ? firstCopied.get(value) : undefined);
    if (seen !== undefined) return { $ref: `#${seen}` };
    ancestors.set(value, pointer);
    if (!firstCopied.has(value)) firstCopied.set(value, pointer);
    const copy: unknown = Array.isArray(value)
      ? value.map((item, i) => walk(item, `${pointer}/${i}`, inData))
      : Object.fromEntries(
          Object.entries(value as Record<string, unknown>)
            .filter(([key]) => !key.startsWith('x-parser-'))
            .map(([key, item]) => [key, walk(item, `${pointer}/${escapeToken(key)}`, inData || DATA_KEYWORDS.has(key))]),
        );
    ancestors.delete(value);
    return copy;
  };
  return walk(schema, '', false);
}
