import { detectFormat } from '@/lib/analysis/documentFormat';
import { isRecord } from './documentModel';
import { EditError } from './editOps';
import type { EditOp, JsonValue } from './editOps';
import { openEditor } from './planEdits';
import { formatPointer } from './pointer';
import { runAction } from './visualActions';
import type { EditOutcome, VisualAction } from './visualActions';

/**
 * The "new API" guide: from an empty text (or any 3.x document), steps that each write one part of
 * the document through ordinary visual actions, so every step is one undo step and the document is
 * valid after each one.
 */
export type GuideStepId = 'info' | 'server' | 'channel' | 'message' | 'operation';

export type PayloadType = 'string' | 'number' | 'integer' | 'boolean';

export interface PayloadField {
  name: string;
  type: PayloadType;
  required?: boolean;
}

export interface GuideField {
  /** The key of this field's answer. */
  name: string;
  label: string;
  help: string;
  required: boolean;
  /** `text` input, `select` among `options`, or `properties`: a list of payload fields (name, type, required). */
  kind: 'text' | 'select' | 'properties';
  options?: string[];
  placeholder?: string;
}

export interface GuideStep {
  id: GuideStepId;
  title: string;
  help: string;
  fields: GuideField[];
}

export type GuideAnswers = Record<string, string | PayloadField[] | undefined>;

export const GUIDE_VERSION = '3.1.0';

export const PROTOCOLS = ['kafka', 'mqtt', 'amqp', 'ws', 'http', 'nats', 'jms', 'stomp', 'redis', 'sns', 'sqs', 'googlepubsub', 'pulsar', 'ibmmq', 'solace'];

const PAYLOAD_TYPES: PayloadType[] = ['string', 'number', 'integer', 'boolean'];

const text = (name: string, label: string, help: string, required: boolean, placeholder?: string): GuideField => ({ name, label, help, required, kind: 'text', placeholder });

/** The steps in order; `guideSteps(text)` fills the choices that come from the document. */
export const GUIDE_STEPS: readonly GuideStep[] = [
  {
    id: 'info',
    title: 'Your API',
    help: 'Name the application this document describes. AsyncAPI describes one application and the messages it sends and receives.',
    fields: [text('title', 'Title', 'The name people know the API by.', true, 'Parcel tracking'), text('version', 'Version', 'The version of the API (not of AsyncAPI).', true, '1.0.0'), text('description', 'Description', 'What the application does. Markdown is allowed.', false)],
  },
  {
    id: 'server',
    title: 'A server',
    help: 'The broker or endpoint your application connects to. Channels are hosted on servers.',
    fields: [
      text('name', 'Name', 'A short id, e.g. production.', true, 'production'),
      text('host', 'Host', 'Host name and port, e.g. broker.example.com:9092.', true, 'broker.example.com:9092'),
      { name: 'protocol', label: 'Protocol', help: 'How clients talk to it.', required: true, kind: 'select', options: PROTOCOLS },
    ],
  },
  {
    id: 'channel',
    title: 'A channel',
    help: 'Where messages travel: a topic, queue, routing key or path. In 3.x a channel lists the messages it carries; operations say who sends and who receives.',
    fields: [text('name', 'Name', 'An id used in references, e.g. orderPlaced.', true, 'orderPlaced'), text('address', 'Address', 'The topic, queue or path on the server, e.g. orders.placed. May hold {parameters}.', false, 'orders.placed')],
  },
  {
    id: 'message',
    title: 'A message',
    help: 'What travels on the channel. Its payload is a schema: list the fields it holds.',
    fields: [
      text('name', 'Name', 'An id used in references, e.g. OrderPlaced.', true, 'OrderPlaced'),
      { name: 'channel', label: 'Channel', help: 'The channel that carries it.', required: true, kind: 'select', options: [] },
      { name: 'payload', label: 'Payload fields', help: 'Each field of the message body, with its type.', required: false, kind: 'properties', options: PAYLOAD_TYPES },
    ],
  },
  {
    id: 'operation',
    title: 'An operation',
    help: 'What your application does on a channel: send messages to it, or receive messages from it.',
    fields: [
      text('name', 'Name', 'An id, e.g. publishOrderPlaced.', true, 'publishOrderPlaced'),
      { name: 'action', label: 'Action', help: 'send: your application publishes; receive: it consumes.', required: true, kind: 'select', options: ['send', 'receive'] },
      { name: 'channel', label: 'Channel', help: 'Where it sends or receives.', required: true, kind: 'select', options: [] },
      { name: 'message', label: 'Message', help: 'The message it sends or receives.', required: false, kind: 'select', options: [] },
    ],
  },
];

function documentValue(source: string): Record<string, unknown> {
  if (!source.trim()) return {};
  const value = openEditor(source, detectFormat(source)).value();
  return isRecord(value) ? value : {};
}

/** The steps with their choices read from the document (channels and messages by pointer). */
export function guideSteps(source: string): GuideStep[] {
  const doc = documentValue(source);
  const channels = Object.keys(isRecord(doc.channels) ? doc.channels : {}).map((c) => formatPointer(['channels', c]));
  const components = isRecord(doc.components) && isRecord(doc.components.messages) ? doc.components.messages : {};
  const messages = Object.keys(components).map((m) => formatPointer(['components', 'messages', m]));
  return GUIDE_STEPS.map((step) => ({
    ...step,
    fields: step.fields.map((f) => (f.name === 'channel' ? { ...f, options: channels } : f.name === 'message' && step.id === 'operation' ? { ...f, options: messages } : f)),
  }));
}

/** Which steps the document already satisfies, and the first one it does not. */
export function guideProgress(source: string): { done: GuideStepId[]; next: GuideStepId | null } {
  const doc = documentValue(source);
  const has = (key: string) => isRecord(doc[key]) && Object.keys(doc[key] as object).length > 0;
  const components = isRecord(doc.components) ? doc.components : {};
  const done: GuideStepId[] = [];
  if (isRecord(doc.info) && typeof doc.asyncapi === 'string') done.push('info');
  if (has('servers')) done.push('server');
  if (has('channels')) done.push('channel');
  if (isRecord(components.messages) && Object.keys(components.messages).length > 0) done.push('message');
  if (has('operations')) done.push('operation');
  return { done, next: GUIDE_STEPS.find((s) => !done.includes(s.id))?.id ?? null };
}

/** Required answers that are missing, by field name (empty when the step can run). */
export function missingAnswers(step: GuideStepId, answers: GuideAnswers): string[] {
  const definition = GUIDE_STEPS.find((s) => s.id === step)!;
  return definition.fields.filter((f) => f.required && (answers[f.name] === undefined || answers[f.name] === '')).map((f) => f.name);
}

function answer(answers: GuideAnswers, name: string): string | undefined {
  const value = answers[name];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** The payload schema for a list of fields. */
export function payloadSchema(fields: ReadonlyArray<PayloadField>): JsonValue {
  const properties: Record<string, JsonValue> = {};
  for (const f of fields) if (f.name.trim()) properties[f.name.trim()] = { type: f.type };
  const required = fields.filter((f) => f.required && f.name.trim()).map((f) => f.name.trim());
  return required.length > 0 ? { type: 'object', properties, required } : { type: 'object', properties };
}

/** The visual action a step performs with these answers. */
export function guideAction(source: string, step: GuideStepId, answers: GuideAnswers): VisualAction {
  const missing = missingAnswers(step, answers);
  if (missing.length > 0) throw new EditError('incomplete', `Missing: ${missing.join(', ')}.`);
  const a = (name: string) => answer(answers, name);
  switch (step) {
    case 'info': {
      const doc = documentValue(source);
      const ops: EditOp[] = [];
      if (typeof doc.asyncapi !== 'string') ops.push({ op: 'set', pointer: '/asyncapi', value: GUIDE_VERSION });
      ops.push({ op: 'set', pointer: '/info/title', value: a('title')! }, { op: 'set', pointer: '/info/version', value: a('version')! });
      if (a('description')) ops.push({ op: 'set', pointer: '/info/description', value: a('description')! });
      return { kind: 'ops', ops };
    }
    case 'server':
      return { kind: 'add-server', name: a('name')!, host: a('host')!, protocol: a('protocol')! };
    case 'channel':
      return { kind: 'add-channel', name: a('name')!, address: a('address') ?? a('name')! };
    case 'message': {
      const fields = Array.isArray(answers.payload) ? answers.payload : [];
      return { kind: 'add-message', name: a('name')!, payload: payloadSchema(fields), channel: a('channel') };
    }
    case 'operation':
      return { kind: 'add-operation', name: a('name')!, action: a('action') === 'receive' ? 'receive' : 'send', channel: a('channel')!, messages: a('message') ? [a('message')!] : [] };
  }
}

/** Runs one step on the text: its edits (one undo step) or why it cannot run. */
export function runGuideStep(source: string, step: GuideStepId, answers: GuideAnswers): EditOutcome {
  let action: VisualAction;
  try {
    action = guideAction(source, step, answers);
  } catch (error) {
    if (error instanceof EditError) return { ok: false, code: error.code, message: error.message };
    throw error;
  }
  return runAction(source, action);
}
