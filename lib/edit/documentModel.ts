import { EditError } from './editOps';
import { childPointer, formatPointer, parsePointer, pointerOfRef, refTo } from './pointer';

// Reading the plain document the actions plan against (the text edits are made on the text itself).

export type Plain = Record<string, unknown>;

export function isRecord(value: unknown): value is Plain {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function valueAt(root: unknown, pointer: string): unknown {
  let value = root;
  for (const key of parsePointer(pointer)) {
    if (Array.isArray(value)) value = value[Number(key)];
    else if (isRecord(value)) value = Object.prototype.hasOwnProperty.call(value, key) ? value[key] : undefined;
    else return undefined;
  }
  return value;
}

export function majorVersion(root: unknown): 2 | 3 {
  const version = isRecord(root) ? root.asyncapi : undefined;
  if (typeof version !== 'string' || !/^[23]\./.test(version)) {
    throw new EditError('unsupported', 'Visual editing needs an AsyncAPI 2.x or 3.x document (its "asyncapi" field).');
  }
  return version.startsWith('2.') ? 2 : 3;
}

// Component and 3.x object names end up in $refs: the specification's component key pattern keeps them safe.
const NAME = /^[\w.-]+$/;

export function checkName(name: string, what: string): void {
  if (!NAME.test(name)) throw new EditError('invalid-name', `A ${what} name may hold letters, digits, ".", "-" and "_" only.`);
}

export function mustExist(root: unknown, pointer: string, what: string): Plain {
  const value = valueAt(root, pointer);
  if (!isRecord(value)) throw new EditError('not-found', `There is no ${what} at ${pointer}.`);
  return value;
}

export function mustNotExist(root: unknown, pointer: string): void {
  if (valueAt(root, pointer) !== undefined) throw new EditError('exists', `${pointer} already exists.`);
}

/** A key not yet used in the map (`name`, `name2`, `name3`, …). */
export function freeKey(map: unknown, name: string): string {
  if (!isRecord(map) || !(name in map)) return name;
  for (let n = 2; ; n++) if (!(`${name}${n}` in map)) return `${name}${n}`;
}

/** The local pointer a Reference Object leads to, if it is one. */
export function refTarget(value: unknown): string | null {
  return isRecord(value) && typeof value.$ref === 'string' ? pointerOfRef(value.$ref) : null;
}

/** 3.x: the channel an operation's `channel` reference leads to. */
export function operationChannel(root: unknown, operation: string): string {
  const target = refTarget(mustExist(root, operation, 'operation').channel);
  if (!target || parsePointer(target)[0] !== 'channels') throw new EditError('unsupported', `${operation} has no channel in this document; set its channel first.`);
  return target;
}

/** The key under a 3.x channel's `messages` that stands for `message` (itself, or an entry referring to it). */
export function channelMessageKey(root: unknown, channel: string, message: string): string | null {
  const prefix = childPointer(channel, 'messages');
  const path = parsePointer(message);
  if (formatPointer(path.slice(0, -1)) === prefix) return path[path.length - 1]!;
  const messages = valueAt(root, prefix);
  if (!isRecord(messages)) return null;
  for (const [key, entry] of Object.entries(messages)) if (refTarget(entry) === message) return key;
  return null;
}

export { refTo };
