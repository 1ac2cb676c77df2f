import { printPointer } from '../messages';
import { isReferenced, localRefTargets } from '../functions/unreferenced';
import type { FunctionContext, FunctionDefinition, FunctionResult } from '../types';

/* Functions only the studio's own catalogue uses (a ruleset names Spectral's core functions only). */

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function entries(value: unknown): Array<[string, unknown]> {
  return isObject(value) ? Object.entries(value) : [];
}

function catalogueFunction<Options = null>(name: string, run: FunctionDefinition<Options>['run']): FunctionDefinition<Options> {
  return { name, run, checkOptions: () => undefined };
}

/** A value that says something: not empty text, not an empty list or object. */
export const filled = catalogueFunction('filled', (value, _options, context) => {
  const empty = !value || (Array.isArray(value) && value.length === 0) || (isObject(value) && Object.keys(value).length === 0);
  const last = context.path[context.path.length - 1];
  return empty ? [{ message: `"${String(last ?? '')}" should be present and not empty` }] : undefined;
});

/** 2.x operation and message ids, looked for in the object and in its traits (as the parser's checkId does). */
export const idWithTraits = catalogueFunction<{ idField: string }>('idWithTraits', (value, options) => {
  if (!isObject(value)) return undefined;
  const traits = Array.isArray(value.traits) ? value.traits.filter(isObject) : [];
  const present = [value, ...traits].some((part) => Boolean(part[options.idField]));
  return present ? undefined : [{ message: `"${options.idField}" is missing` }];
});

/** One or more of the listed fields has a value. */
export const anyOfFields = catalogueFunction<{ properties: string[] }>('anyOfFields', (value, options) => {
  if (!isObject(value)) return undefined;
  return options.properties.some((name) => Boolean(value[name])) ? undefined : [{ message: `None of "${options.properties.join('", "')}" is set` }];
});

/** A list of tags where no name appears twice. */
export const uniqueTagNames = catalogueFunction('uniqueTagNames', (value, _options, context) => {
  if (!Array.isArray(value)) return undefined;
  context.examined(value.length);
  const seen = new Set<unknown>();
  const results: FunctionResult[] = [];
  value.forEach((tag, index) => {
    const name = isObject(tag) ? tag.name : undefined;
    if (typeof name !== 'string') return;
    if (seen.has(name)) results.push({ message: `"tags" object contains duplicate tag name "${name}".`, path: [...context.path, index, 'name'] });
    seen.add(name);
  });
  return results;
});

/** Components that no `$ref` points at; `skip` names kinds judged elsewhere (security schemes). Runs unresolved. */
export const unusedComponents = catalogueFunction<{ skip: string[] }>('unusedComponents', (value, options, context) => {
  const refs = localRefTargets(context.document);
  const results: FunctionResult[] = [];
  let count = 0;
  for (const [kind, members] of entries(isObject(value) ? value.components : undefined)) {
    if (options.skip.includes(kind)) continue;
    for (const [name] of entries(members)) {
      count += 1;
      const path = ['components', kind, name];
      if (!isReferenced(refs, printPointer(path))) results.push({ message: `Component "${name}" (${kind}) is not referenced anywhere`, path });
    }
  }
  context.examined(count);
  return results;
});

function securityNames(requirements: unknown): string[] {
  return Array.isArray(requirements) ? requirements.flatMap((requirement) => (isObject(requirement) ? Object.keys(requirement) : [])) : [];
}

/** 2.x: security schemes are used by name, in the `security` lists of servers, operations and operation traits. */
export const unusedSecuritySchemes2 = catalogueFunction('unusedSecuritySchemes2', (value, _options, context) => {
  if (!isObject(value)) return undefined;
  const schemes = entries(isObject(value.components) ? value.components.securitySchemes : undefined);
  context.examined(schemes.length);
  const used = new Set<string>();
  for (const [, server] of [...entries(value.servers), ...entries(isObject(value.components) ? value.components.servers : undefined)]) {
    if (isObject(server)) securityNames(server.security).forEach((name) => used.add(name));
  }
  for (const [, channel] of entries(value.channels)) {
    for (const kind of ['publish', 'subscribe']) {
      const operation = isObject(channel) ? channel[kind] : undefined;
      if (!isObject(operation)) continue;
      securityNames(operation.security).forEach((name) => used.add(name));
      if (Array.isArray(operation.traits)) operation.traits.forEach((trait) => isObject(trait) && securityNames(trait.security).forEach((name) => used.add(name)));
    }
  }
  for (const [, trait] of entries(isObject(value.components) ? value.components.operationTraits : undefined)) {
    if (isObject(trait)) securityNames(trait.security).forEach((name) => used.add(name));
  }
  return schemes
    .filter(([name]) => !used.has(name))
    .map(([name]) => ({ message: `Security scheme "${name}" is defined but no server or operation uses it`, path: ['components', 'securitySchemes', name] }));
});

/** 3.x: security schemes are used through `$ref`s. Runs unresolved. */
export const unusedSecuritySchemes3 = catalogueFunction('unusedSecuritySchemes3', (value, _options, context) => {
  const schemes = entries(isObject(value) && isObject(value.components) ? value.components.securitySchemes : undefined);
  context.examined(schemes.length);
  const refs = localRefTargets(context.document);
  return schemes
    .filter(([name]) => !isReferenced(refs, printPointer(['components', 'securitySchemes', name])))
    .map(([name]) => ({ message: `Security scheme "${name}" is defined but no server or operation uses it`, path: ['components', 'securitySchemes', name] }));
});

/** Where messages are written (not referenced) in each major version. */
function writtenMessages(document: Json): Array<{ path: Array<string | number>; message: Json }> {
  const found: Array<{ path: Array<string | number>; message: Json }> = [];
  const add = (message: unknown, path: Array<string | number>) => {
    if (isObject(message) && typeof message.$ref !== 'string') found.push({ path, message });
  };
  for (const [name, message] of entries(isObject(document.components) ? document.components.messages : undefined)) add(message, ['components', 'messages', name]);
  for (const [channelName, channel] of entries(document.channels)) {
    if (!isObject(channel)) continue;
    for (const [name, message] of entries(channel.messages)) add(message, ['channels', channelName, 'messages', name]);
    for (const kind of ['publish', 'subscribe']) {
      const operation = channel[kind];
      if (!isObject(operation) || !isObject(operation.message)) continue;
      const message = operation.message;
      if (Array.isArray(message.oneOf)) message.oneOf.forEach((item, index) => add(item, ['channels', channelName, kind, 'message', 'oneOf', index]));
      else add(message, ['channels', channelName, kind, 'message']);
    }
  }
  return found;
}

/** Two different messages with the same `name` confuse generated code and documentation. Runs unresolved. */
export const duplicateMessageNames = catalogueFunction('duplicateMessageNames', (value, _options, context: FunctionContext) => {
  if (!isObject(value)) return undefined;
  const named = writtenMessages(value).filter(({ message }) => typeof message.name === 'string' && message.name !== '');
  context.examined(named.length);
  const first = new Map<string, Array<string | number>>();
  const results: FunctionResult[] = [];
  for (const { path, message } of named) {
    const name = message.name as string;
    const earlier = first.get(name);
    if (earlier) results.push({ message: `Message name "${name}" is already used by ${printPointer(earlier)}`, path: [...path, 'name'] });
    else first.set(name, path);
  }
  return results;
});

/** A message with a payload should show what one looks like: message `examples`, or `examples`/`example` in its payload schema. */
export const messageExamples = catalogueFunction('messageExamples', (value, _options, context) => {
  if (!isObject(value) || value.payload === undefined) {
    context.examined(0);
    return undefined;
  }
  const nonEmpty = (list: unknown) => Array.isArray(list) && list.length > 0;
  const payload = value.payload;
  const shown = nonEmpty(value.examples) || (isObject(payload) && (nonEmpty(payload.examples) || payload.example !== undefined));
  return shown ? undefined : [{ message: 'Message should have examples of its payload' }];
});

const HOUSE_SEGMENT = /^(?:[a-z0-9]+(?:[-_][a-z0-9]+)*|\{[^{}]+\})+$/;

/** The house style for addresses: lower-case words joined by "-" or "_", in segments split by "/" or "."; `{parameters}` anywhere. */
export const addressStyle = catalogueFunction('addressStyle', (value) => {
  if (typeof value !== 'string' || value === '/' || value === '') return undefined;
  const segments = value.replace(/^\//, '').split(/[/.]/);
  const odd = segments.find((segment) => !HOUSE_SEGMENT.test(segment));
  if (odd === undefined) return undefined;
  const what = odd === '' ? 'an empty segment' : `"${odd}"`;
  return [{ message: `Channel address "${value}" has ${what}: use lower-case words joined by "-" or "_", separated by "/" or "."` }];
});

const SECURE_VARIANT: Record<string, string> = { http: 'https', ws: 'wss', amqp: 'amqps', mqtt: 'secure-mqtt', kafka: 'kafka-secure', stomp: 'stomps' };
const LOCAL_HOST = /(^|\/\/|@)(localhost|127\.0\.0\.1|\[::1\]|0\.0\.0\.0)(:|\/|$)/i;

/** A server reached over the network should use the TLS variant of its protocol (local servers are left alone). */
export const secureProtocol = catalogueFunction('secureProtocol', (value) => {
  if (!isObject(value) || typeof value.protocol !== 'string') return undefined;
  const secure = SECURE_VARIANT[value.protocol.toLowerCase()];
  const where = String(value.host ?? value.url ?? '');
  if (!secure || LOCAL_HOST.test(where)) return undefined;
  return [{ message: `Server uses "${value.protocol}", which is not encrypted: use "${secure}" unless the network is private`}];
});

/** Functions the catalogue's rules name, beside Spectral's core ones. */
export const CATALOGUE_FUNCTIONS: ReadonlyMap<string, FunctionDefinition> = new Map(
  [filled, idWithTraits, anyOfFields, uniqueTagNames, unusedComponents, unusedSecuritySchemes2, unusedSecuritySchemes3, duplicateMessageNames, messageExamples, addressStyle, secureProtocol].map(
    (fn) => [fn.name, fn as FunctionDefinition],
  ),
);

