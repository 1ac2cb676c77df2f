import { EditError } from './editOps';
import type { EditOp } from './editOps';
import { channelMessageKey, freeKey, isRecord, mustExist, operationChannel, refTarget, refTo, valueAt } from './documentModel';
import { childPointer, formatPointer, lastKey, parsePointer } from './pointer';

/** Ops and what the user should know about them. */
export interface Planned {
  ops: EditOp[];
  notes: string[];
}

/**
 * 3.x: the channel's key for `message`, adding an entry that refers to it when the channel has none.
 * @returns the key, and the op that adds the entry (if one is needed).
 */
export function ensureChannelMessage(root: unknown, channel: string, message: string): { key: string; op?: EditOp } {
  // An entry of another channel that refers to a component stands for that component.
  const ref = refTarget(valueAt(root, message)) ?? message;
  const existing = channelMessageKey(root, channel, message) ?? channelMessageKey(root, channel, ref);
  if (existing) return { key: existing };
  const messages = valueAt(root, childPointer(channel, 'messages'));
  const key = freeKey(messages, lastKey(message));
  return { key, op: { op: 'set', pointer: childPointer(childPointer(channel, 'messages'), key), value: { $ref: refTo(ref) } } };
}

/** 3.x: a channel carries the message (`messages: { name: { $ref } }`). */
export function attachToChannelV3(root: unknown, message: string, channel: string): Planned {
  mustExist(root, channel, 'channel');
  mustExist(root, message, 'message');
  const { op } = ensureChannelMessage(root, channel, message);
  return { ops: op ? [op] : [], notes: op ? [] : ['The channel already carries this message.'] };
}

/** 3.x: an operation sends or receives the message (`messages: [{ $ref: '#/channels/c/messages/m' }]`), attached to its channel first if needed. */
export function attachToOperationV3(root: unknown, message: string, operation: string): Planned {
  mustExist(root, message, 'message');
  const channel = operationChannel(root, operation);
  const { key, op } = ensureChannelMessage(root, channel, message);
  const ref = refTo(formatPointer([...parsePointer(channel), 'messages', key]));
  const listed = valueAt(root, childPointer(operation, 'messages'));
  const notes: string[] = [];
  if (op) notes.push(`The message is added to the operation's channel (${channel}) too: an operation's messages must be its channel's.`);
  if (Array.isArray(listed) && listed.some((m) => isRecord(m) && m.$ref === ref)) return { ops: op ? [op] : [], notes: [...notes, 'The operation already has this message.'] };
  if (!Array.isArray(listed)) notes.push('The operation now lists its messages; before, it took every message of its channel.');
  return { ops: [...(op ? [op] : []), { op: 'append', pointer: childPointer(operation, 'messages'), value: { $ref: ref } }], notes };
}

/** 2.x: an operation's `message` is one message or `oneOf` several. */
export function attachToOperationV2(root: unknown, message: string, operation: string): Planned {
  mustExist(root, message, 'message');
  const op = mustExist(root, operation, 'operation');
  const ref = { $ref: refTo(message) };
  const at = childPointer(operation, 'message');
  const current = op.message;
  if (current === undefined || current === null) return { ops: [{ op: 'set', pointer: at, value: ref }], notes: [] };
  if (refTarget(current) === message) return { ops: [], notes: ['The operation already has this message.'] };
  if (isRecord(current) && Array.isArray(current.oneOf)) {
    if (current.oneOf.some((m) => refTarget(m) === message)) return { ops: [], notes: ['The operation already has this message.'] };
    return { ops: [{ op: 'append', pointer: childPointer(at, 'oneOf'), value: ref }], notes: [] };
  }
  if (isRecord(current) && Object.keys(current).length === 1 && typeof current.$ref === 'string') {
    return { ops: [{ op: 'set', pointer: at, value: { oneOf: [{ $ref: current.$ref }, ref] } }], notes: [] };
  }
  throw new EditError('upgrade-needed', 'This 2.x operation defines its message in place; move it to components first, or upgrade the document to 3.x, where a channel carries several messages.');
}

/** 2.x: a channel carries messages through its operation; with one operation the message goes there. */
export function attachToChannelV2(root: unknown, message: string, channel: string): Planned {
  const item = mustExist(root, channel, 'channel');
  const operations = ['publish', 'subscribe'].filter((action) => isRecord(item[action]));
  if (operations.length !== 1) {
    throw new EditError('unsupported', 'In 2.x a channel carries messages through its publish or subscribe operation: drop the message on one of them.');
  }
  return attachToOperationV2(root, message, childPointer(channel, operations[0]!));
}

/** 3.x: point an operation at another channel, and keep its messages valid by bringing them along. */
export function setOperationChannelV3(root: unknown, operation: string, channel: string): Planned {
  const op = mustExist(root, operation, 'operation');
  mustExist(root, channel, 'channel');
  const ops: EditOp[] = [];
  const notes: string[] = [];
  const ref = refTo(channel);
  if (refTarget(op.channel) === channel) return { ops, notes: ['The operation already uses this channel.'] };
  ops.push(isRecord(op.channel) && typeof op.channel.$ref === 'string' ? { op: 'set', pointer: `${operation}/channel/$ref`, value: ref } : { op: 'set', pointer: childPointer(operation, 'channel'), value: { $ref: ref } });
  const listed = Array.isArray(op.messages) ? op.messages : [];
  // Plan against a copy that learns each channel entry we add, so two messages never take one key.
  const planned = structuredClone(root) as Record<string, unknown>;
  listed.forEach((entry, index) => {
    const target = refTarget(entry);
    if (!target) return;
    const { key, op: add } = ensureChannelMessage(planned, channel, target);
    if (add) {
      ops.push(add);
      const messages = (valueAt(planned, childPointer(channel, 'messages')) ?? {}) as Record<string, unknown>;
      messages[key] = add.op === 'set' ? add.value : null;
      const holder = valueAt(planned, channel) as Record<string, unknown>;
      holder.messages = messages;
      notes.push(`${target} is added to ${channel} so the operation can keep it.`);
    }
    ops.push({ op: 'set', pointer: `${operation}/messages/${index}/$ref`, value: refTo(formatPointer([...parsePointer(channel), 'messages', key])) });
  });
  return { ops, notes };
}
