import type { InsertPosition, JsonValue } from './editOps';

// The order the specification lists the root's fields in; a new section lands where a reader expects it.
const ROOT_ORDER = ['asyncapi', 'id', 'info', 'servers', 'defaultContentType', 'channels', 'operations', 'components'];
const COMPONENTS_ORDER = [
  'schemas',
  'servers',
  'channels',
  'operations',
  'messages',
  'securitySchemes',
  'serverVariables',
  'parameters',
  'correlationIds',
  'replies',
  'replyAddresses',
  'externalDocs',
  'tags',
  'operationTraits',
  'messageTraits',
  'serverBindings',
  'channelBindings',
  'operationBindings',
  'messageBindings',
];

/** `value` wrapped in maps for each key of `keys` (`['a', 'b']`, v → `{ a: { b: v } }`). */
export function nestValue(keys: ReadonlyArray<string>, value: JsonValue): JsonValue {
  let out = value;
  for (let i = keys.length - 1; i >= 0; i--) out = { [keys[i]!]: out };
  return out;
}

/**
 * Where a new key goes when the caller did not say: the root's and `components`' sections in the
 * specification's order, anything else at the end.
 */
export function resolvePosition(parentPath: ReadonlyArray<string>, existingKeys: ReadonlyArray<string>, key: string, position?: InsertPosition): InsertPosition {
  if (position) return position;
  const order = parentPath.length === 0 ? ROOT_ORDER : parentPath.length === 1 && parentPath[0] === 'components' ? COMPONENTS_ORDER : null;
  if (!order || !order.includes(key)) return 'end';
  const rank = order.indexOf(key);
  let after: string | null = null;
  let afterRank = -1;
  for (const existing of existingKeys) {
    const r = order.indexOf(existing);
    if (r !== -1 && r < rank && r > afterRank) {
      after = existing;
      afterRank = r;
    }
  }
  if (after) return { after };
  const before = existingKeys.find((k) => order.indexOf(k) > rank);
  return before ? { before } : 'end';
}
