import { detectFormat } from '@/lib/analysis/documentFormat';
import type { DocumentFormat } from '@/lib/analysis/documentFormat';
import { checkName, majorVersion, mustExist, mustNotExist, operationChannel, refTo } from './documentModel';
import { EditError } from './editOps';
import type { EditErrorCode, EditOp, JsonValue } from './editOps';
import {
  attachToChannelV2,
  attachToChannelV3,
  attachToOperationV2,
  attachToOperationV3,
  ensureChannelMessage,
  setOperationChannelV3,
} from './messageLinks';
import type { Planned } from './messageLinks';
import { openEditor, planEdits } from './planEdits';
import { childPointer, formatPointer, parsePointer } from './pointer';
import { deleteOps, renameOps } from './references';
import type { TextEdit } from './textEdit';

/**
 * What the inspector and the graph ask for. Plain data (it crosses postMessage); objects are named by
 * JSON pointer (`/channels/userSignedUp`, `/components/messages/UserSignedUp`, 2.x `/channels/a~1b/publish`).
 */
export type VisualAction =
  /** Raw structural ops, e.g. a form field's new value: `{ op: 'set', pointer: '/info/title', value: 'X' }`. */
  | { kind: 'ops'; ops: EditOp[] }
  /** Rename a server, channel, operation, component or channel message, and every reference to it. */
  | { kind: 'rename'; pointer: string; name: string }
  /** Delete an object; with `removeReferences`, also what refers to it (see `findReferences`). */
  | { kind: 'delete'; pointer: string; removeReferences: boolean }
  | { kind: 'add-server'; name: string; host: string; protocol: string; pathname?: string; description?: string }
  /** 3.x: `address` defaults to the name (null: unknown until run time). 2.x: the name is the address. */
  | { kind: 'add-channel'; name: string; address?: string | null; description?: string }
  /** `channel`: the channel's pointer. `messages`: pointers of messages it takes (attached to the channel when needed). */
  | { kind: 'add-operation'; name: string; action: 'send' | 'receive'; channel: string; messages?: string[]; description?: string }
  /** A message in components; with `channel` and/or `operation` (pointers), attached to them as well. */
  | { kind: 'add-message'; name: string; payload?: JsonValue; contentType?: string; channel?: string; operation?: string }
  /** 3.x: the operation's `channel` reference (dragging an operation onto a channel). */
  | { kind: 'set-operation-channel'; operation: string; channel: string }
  /** Dragging a message onto a channel or an operation. */
  | { kind: 'attach-message'; message: string; target: string };

/** What an action produces: edits against the text it was planned on, or why it cannot apply. */
export type EditOutcome =
  | { ok: true; edits: TextEdit[]; text: string; notes: string[] }
  | { ok: false; code: EditErrorCode; message: string };

export const DEFAULT_PAYLOAD: JsonValue = { type: 'object', properties: {} };

function addServer(root: unknown, v: 2 | 3, a: Extract<VisualAction, { kind: 'add-server' }>): Planned {
  checkName(a.name, 'server');
  const pointer = formatPointer(['servers', a.name]);
  mustNotExist(root, pointer);
  const value: Record<string, JsonValue> =
    v === 3 ? { host: a.host, protocol: a.protocol, ...(a.pathname ? { pathname: a.pathname } : {}) } : { url: `${a.host}${a.pathname ?? ''}`, protocol: a.protocol };
  if (a.description) value.description = a.description;
  return { ops: [{ op: 'add', pointer, value }], notes: [] };
}

function addChannel(root: unknown, v: 2 | 3, a: Extract<VisualAction, { kind: 'add-channel' }>): Planned {
  if (v === 3) checkName(a.name, 'channel');
  else if (!a.name.trim()) throw new EditError('invalid-name', 'A channel needs an address.');
  const pointer = formatPointer(['channels', a.name]);
  mustNotExist(root, pointer);
  const value: Record<string, JsonValue> = v === 3 ? { address: a.address === undefined ? a.name : a.address } : {};
  if (a.description) value.description = a.description;
  return { ops: [{ op: 'add', pointer, value }], notes: [] };
}

function addOperation(root: unknown, v: 2 | 3, a: Extract<VisualAction, { kind: 'add-operation' }>): Planned {
  mustExist(root, a.channel, 'channel');
  const messages = a.messages ?? [];
  if (v === 2) {
    // 2.x: the application's send is the channel's `subscribe` (the spec names them from the client's side).
    const pointer = childPointer(a.channel, a.action === 'send' ? 'subscribe' : 'publish');
    mustNotExist(root, pointer);
    const value: Record<string, JsonValue> = { operationId: a.name };
    if (a.description) value.description = a.description;
    if (messages.length === 1) value.message = { $ref: refTo(messages[0]!) };
    if (messages.length > 1) value.message = { oneOf: messages.map((m) => ({ $ref: refTo(m) })) };
    return { ops: [{ op: 'add', pointer, value }], notes: [] };
  }
  checkName(a.name, 'operation');
  const pointer = formatPointer(['operations', a.name]);
  mustNotExist(root, pointer);
  const ops: EditOp[] = [];
  const refs: JsonValue[] = [];
  // Plan each message against a copy that learns the channel entries added before it.
  const planned = structuredClone(root) as Record<string, unknown>;
  for (const message of messages) {
    mustExist(root, message, 'message');
    const { key, op } = ensureChannelMessage(planned, a.channel, message);
    if (op) {
      ops.push(op);
      const channel = mustExist(planned, a.channel, 'channel');
      channel.messages = { ...((channel.messages as Record<string, unknown>) ?? {}), [key]: op.op === 'set' ? op.value : null };
    }
    refs.push({ $ref: refTo(formatPointer([...parsePointer(a.channel), 'messages', key])) });
  }
  const value: Record<string, JsonValue> = { action: a.action, channel: { $ref: refTo(a.channel) } };
  if (a.description) value.description = a.description;
  if (refs.length > 0) value.messages = refs;
  return { ops: [...ops, { op: 'add', pointer, value }], notes: [] };
}

function addMessage(root: unknown, v: 2 | 3, a: Extract<VisualAction, { kind: 'add-message' }>): Planned {
  checkName(a.name, 'message');
  const pointer = formatPointer(['components', 'messages', a.name]);
  mustNotExist(root, pointer);
  const value: Record<string, JsonValue> = { payload: a.payload ?? DEFAULT_PAYLOAD };
  if (a.contentType) value.contentType = a.contentType;
  const ops: EditOp[] = [{ op: 'add', pointer, value }];
  const notes: string[] = [];
  // Later links are planned against the document with the message in it.
  const withMessage = structuredClone(root) as Record<string, unknown>;
  const components = (withMessage.components ??= {}) as Record<string, unknown>;
  components.messages = { ...((components.messages as Record<string, unknown>) ?? {}), [a.name]: value };
  const link = (planned: Planned) => {
    ops.push(...planned.ops);
    notes.push(...planned.notes);
  };
  if (v === 3) {
    // Attaching to an operation attaches to its channel too; another channel named beside it gets the message as well.
    if (a.channel && (!a.operation || operationChannel(root, a.operation) !== a.channel)) link(attachToChannelV3(withMessage, pointer, a.channel));
    if (a.operation) link(attachToOperationV3(withMessage, pointer, a.operation));
  } else if (a.operation) link(attachToOperationV2(withMessage, pointer, a.operation));
  else if (a.channel) link(attachToChannelV2(withMessage, pointer, a.channel));
  return { ops, notes };
}

function plan(root: unknown, action: VisualAction): Planned {
  if (action.kind === 'ops') return { ops: action.ops, notes: [] };
  const v = majorVersion(root);
  switch (action.kind) {
    case 'rename':
      if (v === 3 || parsePointer(action.pointer)[0] === 'components') checkName(action.name, 'new');
      return { ops: renameOps(root, action.pointer, action.name), notes: [] };
    case 'delete':
      return { ops: deleteOps(root, action.pointer, action.removeReferences), notes: [] };
    case 'add-server':
      return addServer(root, v, action);
    case 'add-channel':
      return addChannel(root, v, action);
    case 'add-operation':
      return addOperation(root, v, action);
    case 'add-message':
      return addMessage(root, v, action);
    case 'set-operation-channel':
      if (v === 2) throw new EditError('upgrade-needed', 'A 2.x operation lives inside its channel; moving it means rewriting it. Upgrade the document to 3.x to connect operations to channels.');
      return setOperationChannelV3(root, action.operation, action.channel);
    case 'attach-message': {
      const isChannel = parsePointer(action.target).length === 2 && parsePointer(action.target)[0] === 'channels';
      if (v === 3) return isChannel ? attachToChannelV3(root, action.message, action.target) : attachToOperationV3(root, action.message, action.target);
      return isChannel ? attachToChannelV2(root, action.message, action.target) : attachToOperationV2(root, action.message, action.target);
    }
  }
}

/**
 * Plans an action on a document's text: the minimal edits (one undo step) and notes for the user, or the
 * reason it cannot apply. Never throws for a bad document or action.
 */
export function runAction(text: string, action: VisualAction, format: DocumentFormat = detectFormat(text)): EditOutcome {
  try {
    const editor = openEditor(text, format);
    const planned = plan(editor.value(), action);
    const { edits, text: result } = planEdits(text, planned.ops, format, editor);
    return { ok: true, edits, text: result, notes: planned.notes };
  } catch (error) {
    if (error instanceof EditError) return { ok: false, code: error.code, message: error.message };
    throw error;
  }
}
