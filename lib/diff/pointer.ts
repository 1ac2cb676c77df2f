/** JSON pointers (RFC 6901) as the changes carry them, and the segment arrays a Locate takes. */

/** The local target of a `$ref` value ('#/components/schemas/A' → '/components/schemas/A'), or undefined. */
export function localRefPointer(ref: unknown): string | undefined {
  if (typeof ref !== 'string' || !ref.startsWith('#')) return undefined;
  const body = ref.slice(1);
  if (body !== '' && !body.startsWith('/')) return undefined;
  try {
    return decodeURI(body);
  } catch {
    return body;
  }
}

/** True when `pointer` is `prefix` or lies below it. */
export function isWithin(pointer: string, prefix: string): boolean {
  return pointer === prefix || pointer.startsWith(`${prefix}/`);
}

export function valueAt(root: unknown, segments: readonly string[]): unknown {
  let node = root;
  for (const segment of segments) {
    if (Array.isArray(node)) node = node[Number(segment)];
    else if (isRecord(node) && Object.prototype.hasOwnProperty.call(node, segment)) node = node[segment];
    else return undefined;
  }
  return node;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
