import { formatPointer, pointerTokens } from '@/lib/jsonPointer/jsonPointer';
import { isRecord, isWithin, localRefPointer, valueAt } from './pointer';
import type { ReferenceForm } from './referenceForm';
import { majorOf } from './referenceForm';
import type { Direction } from './types';

/** Where a schema (or a schema-like object: a 3.x parameter, a server variable) is written, and who uses it how. */
export interface SchemaHome {
  pointer: string;
  directions: Set<Direction>;
}

export interface OperationInfo {
  pointer: string;
  action: Direction;
  /** Pointer of its channel ('/channels/x'). */
  channel?: string;
  /** Pointers of the messages it moves (3.x: channel messages; 2.x: where each message is written). */
  messages: string[];
}

/** What the comparison needs to know about one document beyond its data: how each message is used. */
export interface DocumentModel {
  major: 2 | 3;
  form: ReferenceForm;
  operations: Map<string, OperationInfo>;
  /** Message pointer (where used and where defined) → how the application moves it; empty when unused. */
  messageDirections: Map<string, Set<Direction>>;
  schemaHomes: Map<string, SchemaHome>;
}

const BOTH: readonly Direction[] = ['send', 'receive'];
const opposite = (d: Direction): Direction => (d === 'send' ? 'receive' : 'send');

function keys(value: unknown): string[] {
  return isRecord(value) ? Object.keys(value) : [];
}

/** The pointer a value names with its `$ref`, when it is a local one. */
export function refOf(value: unknown): string | undefined {
  return isRecord(value) ? localRefPointer(value.$ref) : undefined;
}

/** Follows `$ref`s from a pointer to where the value is written. */
export function definitionOf(form: ReferenceForm, pointer: string): string {
  let current = pointer;
  for (let hop = 0; hop < 16; hop++) {
    const next = refOf(valueAt(form, pointerTokens(current)));
    if (next === undefined || next === current) return current;
    current = next;
  }
  return current;
}

/** The components entry a pointer falls in ('/components/schemas/A/properties/b' → '/components/schemas/A'). */
function componentOf(pointer: string): string | undefined {
  const segments = pointerTokens(pointer);
  return segments[0] === 'components' && segments.length >= 3 ? formatPointer(segments.slice(0, 3)) : undefined;
}

class ModelBuilder {
  readonly operations = new Map<string, OperationInfo>();
  readonly messageDirections = new Map<string, Set<Direction>>();
  readonly schemaHomes = new Map<string, SchemaHome>();

  constructor(
    readonly form: ReferenceForm,
    readonly major: 2 | 3,
  ) {}

  useMessage(pointer: string, directions: readonly Direction[]): void {
    for (const p of new Set([pointer, definitionOf(this.form, pointer)])) {
      const set = this.messageDirections.get(p) ?? new Set<Direction>();
      directions.forEach((d) => set.add(d));
      this.messageDirections.set(p, set);
    }
  }

  home(pointer: string, directions: Iterable<Direction>): void {
    const definition = definitionOf(this.form, pointer);
    const home = this.schemaHomes.get(definition) ?? { pointer: definition, directions: new Set<Direction>() };
    for (const d of directions) home.directions.add(d);
    this.schemaHomes.set(definition, home);
  }

  /** A message's payload and headers are schema homes with the message's directions. */
  messageSchemas(messagePointer: string, directions: Iterable<Direction>): void {
    const definition = definitionOf(this.form, messagePointer);
    const message = valueAt(this.form, pointerTokens(definition));
    if (!isRecord(message)) return;
    const list = [...directions];
    // Traits (not applied: compareTexts parses without) lend their headers to the message.
    if (Array.isArray(message.traits)) {
      message.traits.forEach((trait, i) => {
        const at = definitionOf(this.form, `${definition}/traits/${i}`);
        const value = valueAt(this.form, pointerTokens(at));
        if (isRecord(value) && value.headers !== undefined) this.home(`${at}/headers`, list);
      });
    }
    for (const part of ['payload', 'headers']) {
      if (message[part] === undefined) continue;
      const value = message[part];
      // A 3.x multi-format schema object holds the schema one level down.
      const inner = this.major === 3 && isRecord(value) && 'schemaFormat' in value && 'schema' in value;
      this.home(`${definition}${formatPointer(inner ? [part, 'schema'] : [part])}`, list);
    }
  }

  /** Gives every components schema reached from a used schema the directions of its user, until nothing changes. */
  propagate(): void {
    const queue = [...this.schemaHomes.values()];
    while (queue.length > 0) {
      const home = queue.shift() as SchemaHome;
      for (const ref of refsBelow(valueAt(this.form, pointerTokens(home.pointer)))) {
        const target = componentOf(definitionOf(this.form, ref)) ?? definitionOf(this.form, ref);
        if (isWithin(target, home.pointer)) continue;
        const existing = this.schemaHomes.get(target);
        const before = existing?.directions.size ?? -1;
        this.home(target, home.directions);
        const after = this.schemaHomes.get(target) as SchemaHome;
        if (after.directions.size !== before) queue.push(after);
      }
    }
  }

  /** Unused components still get compared, judged as used by no one. */
  components(): void {
    const components = this.form.components;
    for (const key of keys(isRecord(components) ? components.schemas : undefined)) this.home(formatPointer(['components', 'schemas', key]), []);
    for (const key of keys(isRecord(components) ? components.messages : undefined)) this.messageSchemas(formatPointer(['components', 'messages', key]), []);
  }

  channelDirections(channelPointer: string): Direction[] {
    const found = new Set<Direction>();
    for (const op of this.operations.values()) if (op.channel === channelPointer) found.add(op.action);
    return found.size > 0 ? [...found] : [...BOTH];
  }

  parametersAndVariables(): void {
    for (const channel of keys(this.form.channels)) {
      const pointer = formatPointer(['channels', channel]);
      const value = valueAt(this.form, ['channels', channel]);
      const directions = this.channelDirections(pointer);
      for (const name of keys(isRecord(value) ? value.parameters : undefined)) {
        const parameter = `${pointer}${formatPointer(['parameters', name])}`;
        // 2.x parameters hold a schema; a 3.x parameter is itself schema-like (enum, default, location).
        this.home(this.major === 2 ? `${definitionOf(this.form, parameter)}/schema` : parameter, directions);
      }
    }
    for (const server of keys(this.form.servers)) {
      const value = valueAt(this.form, ['servers', server]);
      // A server accepts the values a client picks for its variables: fewer values is breaking.
      for (const name of keys(isRecord(value) ? value.variables : undefined)) this.home(formatPointer(['servers', server, 'variables', name]), ['receive']);
    }
  }
}

function* refsBelow(value: unknown): Generator<string> {
  if (Array.isArray(value)) for (const item of value) yield* refsBelow(item);
  else if (isRecord(value)) {
    const ref = localRefPointer(value.$ref);
    if (ref !== undefined) yield ref;
    for (const [key, child] of Object.entries(value)) if (key !== '$ref') yield* refsBelow(child);
  }
}

function operations3(b: ModelBuilder): void {
  const form = b.form;
  for (const key of keys(form.operations)) {
    const pointer = formatPointer(['operations', key]);
    const op = valueAt(form, pointerTokens(definitionOf(form, pointer)));
    if (!isRecord(op) || (op.action !== 'send' && op.action !== 'receive')) continue;
    const channel = refOf(op.channel);
    const listed = Array.isArray(op.messages) ? op.messages.map(refOf).filter((p): p is string => p !== undefined) : [];
    const messages = listed.length > 0 || !channel ? listed : channelMessages(form, channel);
    b.operations.set(key, { pointer, action: op.action, channel, messages });
    for (const m of messages) b.useMessage(m, [op.action]);
    // The reply goes the other way: a receiving application sends its reply.
    const reply = isRecord(op.reply) ? op.reply : undefined;
    if (reply) {
      const replyChannel = refOf(reply.channel) ?? channel;
      const replyListed = Array.isArray(reply.messages) ? reply.messages.map(refOf).filter((p): p is string => p !== undefined) : [];
      const replyMessages = replyListed.length > 0 || !replyChannel ? replyListed : channelMessages(form, replyChannel);
      for (const m of replyMessages) b.useMessage(m, [opposite(op.action)]);
    }
  }
  // On a channel no operation uses, the document describes the channel itself: its messages are judged
  // both ways. On one the application uses, a message no operation names is not the application's.
  for (const channel of keys(form.channels)) {
    const pointer = formatPointer(['channels', channel]);
    const used = [...b.operations.values()].some((op) => op.channel === pointer);
    for (const m of channelMessages(form, pointer)) if (!b.messageDirections.has(m)) b.useMessage(m, used ? [] : BOTH);
  }
}

function channelMessages(form: ReferenceForm, channelPointer: string): string[] {
  const channel = valueAt(form, pointerTokens(definitionOf(form, channelPointer)));
  return keys(isRecord(channel) ? channel.messages : undefined).map((m) => `${channelPointer}${formatPointer(['messages', m])}`);
}

/** 2.x speaks from the client's side: `publish` is what the application receives, `subscribe` what it sends. */
export const V2_ACTIONS: Readonly<Record<'publish' | 'subscribe', Direction>> = { publish: 'receive', subscribe: 'send' };

/** The pointers of a 2.x operation's messages: its `message`, or each of its `oneOf`. */
export function messagesOf2(form: ReferenceForm, operationPointer: string): string[] {
  const message = valueAt(form, pointerTokens(`${operationPointer}/message`));
  if (!isRecord(message)) return [];
  const expanded = valueAt(form, pointerTokens(definitionOf(form, `${operationPointer}/message`)));
  if (isRecord(expanded) && Array.isArray(expanded.oneOf)) {
    const base = definitionOf(form, `${operationPointer}/message`);
    return expanded.oneOf.map((_, i) => `${base}/oneOf/${i}`);
  }
  return [`${operationPointer}/message`];
}

function operations2(b: ModelBuilder): void {
  const form = b.form;
  for (const channel of keys(form.channels)) {
    const channelPointer = formatPointer(['channels', channel]);
    const value = valueAt(form, ['channels', channel]);
    for (const verb of ['publish', 'subscribe'] as const) {
      if (!isRecord(value) || !isRecord(value[verb])) continue;
      const pointer = `${channelPointer}/${verb}`;
      const op = value[verb] as Record<string, unknown>;
      const key = typeof op.operationId === 'string' ? op.operationId : `${channel} ${verb}`;
      const messages = messagesOf2(form, pointer);
      b.operations.set(key, { pointer, action: V2_ACTIONS[verb], channel: channelPointer, messages });
      for (const m of messages) b.useMessage(m, [V2_ACTIONS[verb]]);
    }
  }
}

export function buildModel(form: ReferenceForm): DocumentModel {
  const major = majorOf(form);
  const b = new ModelBuilder(form, major);
  if (major === 3) operations3(b);
  else operations2(b);
  for (const [pointer, directions] of b.messageDirections) b.messageSchemas(pointer, directions);
  b.parametersAndVariables();
  b.components();
  b.propagate();
  return { major, form, operations: b.operations, messageDirections: b.messageDirections, schemaHomes: b.schemaHomes };
}
