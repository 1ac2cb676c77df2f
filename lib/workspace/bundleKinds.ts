/**
 * What kind of AsyncAPI object sits at a place in a document, learnt while walking down from the root, so the
 * bundler knows which `components` section a referenced file can go to. Only what the bundler needs is
 * modelled; everything else is 'other' (its refs are inlined) or 'opaque' (a schema in a non-JSON-Schema
 * format, e.g. Avro, inlined as written).
 */
export type ObjectKind =
  | 'channel'
  | 'operation'
  | 'message'
  | 'schema'
  | 'parameter'
  | 'server'
  | 'serverVariable'
  | 'messageTrait'
  | 'operationTrait'
  | 'correlationId'
  | 'securityScheme';

export type Place =
  | { is: 'root' | 'components' | 'other' | 'opaque' | 'multiFormatSchema' | 'operation2' | 'message2' }
  | { is: 'object'; kind: ObjectKind }
  | { is: 'map' | 'list'; kind: ObjectKind };

export const COMPONENT_SECTION: Record<ObjectKind, string> = {
  channel: 'channels',
  operation: 'operations',
  message: 'messages',
  schema: 'schemas',
  parameter: 'parameters',
  server: 'servers',
  serverVariable: 'serverVariables',
  messageTrait: 'messageTraits',
  operationTrait: 'operationTraits',
  correlationId: 'correlationIds',
  securityScheme: 'securitySchemes',
};

const SECTION_KIND = Object.fromEntries(Object.entries(COMPONENT_SECTION).map(([kind, section]) => [section, kind])) as Record<string, ObjectKind>;

/** Sections a referenced object may move to, per major version (2.x: those present since 2.0.0). */
export function componentKinds(major: number): ReadonlySet<ObjectKind> {
  if (major >= 3) return new Set(Object.keys(COMPONENT_SECTION) as ObjectKind[]);
  if (major === 2) return new Set<ObjectKind>(['message', 'schema', 'parameter', 'messageTrait', 'operationTrait', 'correlationId', 'securityScheme']);
  return new Set();
}

const SCHEMA_MAPS = new Set(['properties', 'patternProperties', 'definitions', '$defs', 'dependentSchemas']);
const SCHEMA_LISTS = new Set(['allOf', 'anyOf', 'oneOf', 'prefixItems']);
const SCHEMA_ONES = new Set([
  'additionalProperties',
  'not',
  'if',
  'then',
  'else',
  'contains',
  'propertyNames',
  'additionalItems',
  'unevaluatedItems',
  'unevaluatedProperties',
  'contentSchema',
]);

/** Schema formats whose schemas are JSON Schema (AsyncAPI's own, or JSON Schema itself); others stay opaque. */
export function isJsonSchemaFormat(format: unknown): boolean {
  if (format === undefined) return true;
  if (typeof format !== 'string') return false;
  return format.startsWith('application/vnd.aai.asyncapi') || format.startsWith('application/schema+json') || format.startsWith('application/schema+yaml');
}

const object = (kind: ObjectKind): Place => ({ is: 'object', kind });
const map = (kind: ObjectKind): Place => ({ is: 'map', kind });
const list = (kind: ObjectKind): Place => ({ is: 'list', kind });
const OTHER: Place = { is: 'other' };

function messageChild(major: number, key: string, node: Record<string, unknown>): Place {
  if (key === 'payload') {
    if (major < 3) return isJsonSchemaFormat(node.schemaFormat) ? object('schema') : { is: 'opaque' };
    const payload = node.payload;
    const multi = typeof payload === 'object' && payload !== null && 'schemaFormat' in payload && 'schema' in payload;
    return multi ? { is: 'multiFormatSchema' } : object('schema');
  }
  if (key === 'headers') return major < 3 ? object('schema') : { is: 'multiFormatSchema' };
  if (key === 'traits') return list('messageTrait');
  if (key === 'correlationId') return object('correlationId');
  return OTHER;
}

/**
 * The place of `node[key]`, given the place of `node`. `node` is the (unresolved) object being walked; its
 * siblings say e.g. which schema format a payload is in.
 */
export function childPlace(major: number, place: Place, key: string | number, node: unknown): Place {
  const k = String(key);
  const obj = typeof node === 'object' && node !== null && !Array.isArray(node) ? (node as Record<string, unknown>) : {};
  switch (place.is) {
    case 'root':
      if (k === 'channels') return map('channel');
      if (k === 'operations' && major >= 3) return map('operation');
      if (k === 'servers') return map('server');
      if (k === 'components') return { is: 'components' };
      return OTHER;
    case 'components':
      return SECTION_KIND[k] ? map(SECTION_KIND[k]) : OTHER;
    case 'map':
    case 'list':
      return object(place.kind);
    case 'opaque':
      return place;
    case 'other':
      return OTHER;
    case 'multiFormatSchema': {
      // A 3.x headers/payload: either a plain schema or { schemaFormat, schema }.
      if (!('schemaFormat' in obj)) return childPlace(major, object('schema'), key, node);
      if (k !== 'schema') return OTHER;
      return isJsonSchemaFormat(obj.schemaFormat) ? object('schema') : { is: 'opaque' };
    }
    case 'operation2':
      if (k === 'message') return { is: 'message2' };
      if (k === 'traits') return list('operationTrait');
      return OTHER;
    case 'message2':
      if (k === 'oneOf') return list('message');
      return messageChild(major, k, obj);
    case 'object':
      break;
  }
  switch (place.kind) {
    case 'channel':
      if (major >= 3) return k === 'messages' ? map('message') : k === 'parameters' ? map('parameter') : OTHER;
      if (k === 'subscribe' || k === 'publish') return { is: 'operation2' };
      return k === 'parameters' ? map('parameter') : OTHER;
    case 'operation':
      return k === 'traits' ? list('operationTrait') : OTHER;
    case 'message':
      return messageChild(major, k, obj);
    case 'messageTrait':
      return k === 'headers' ? (major < 3 ? object('schema') : { is: 'multiFormatSchema' }) : k === 'correlationId' ? object('correlationId') : OTHER;
    case 'parameter':
      return k === 'schema' && major < 3 ? object('schema') : OTHER;
    case 'server':
      if (k === 'variables') return map('serverVariable');
      return k === 'security' && major >= 3 ? list('securityScheme') : OTHER;
    case 'schema':
      if (SCHEMA_MAPS.has(k)) return map('schema');
      if (SCHEMA_LISTS.has(k)) return list('schema');
      if (k === 'items') return Array.isArray(obj.items) ? list('schema') : object('schema');
      return SCHEMA_ONES.has(k) ? object('schema') : OTHER;
    default:
      return OTHER;
  }
}

/** The kind of object expected at a place, when a referenced object there could become a component. */
export function slotKind(place: Place): ObjectKind | undefined {
  if (place.is === 'object') return place.kind;
  if (place.is === 'message2') return 'message';
  if (place.is === 'multiFormatSchema') return 'schema';
  return undefined;
}
