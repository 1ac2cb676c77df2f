import { createValidator } from '@/lib/messageLab/createValidator';
import type { LabSchema, Validate } from '@/lib/messageLab/createValidator';
import type { Violation } from '@/lib/messageLab/violation';
import { messageOf } from '@/lib/errors/messageOf';
import type { PayloadData } from './types';

/** One message the channel may carry: the lab's schemas for it. */
export interface CheckCandidate {
  messageId: string;
  label: string;
  payload?: LabSchema;
  headers?: LabSchema;
}

/** A received message to check, as the page sends it to the worker. */
export interface ReceivedForCheck {
  seq: number;
  /** Names the candidate list in `LiveCheckInput.candidates` (e.g. endpoint key + channel id). */
  candidatesKey: string;
  payload: PayloadData;
  headers: Record<string, string>;
  /** The content type the message arrived with, if the protocol says (MQTT 5, STOMP, HTTP). */
  contentType?: string;
}

export interface LiveCheckInput {
  candidates: Record<string, CheckCandidate[]>;
  messages: ReceivedForCheck[];
}

export interface LiveViolation extends Violation {
  part: 'payload' | 'headers';
}

export interface ReceivedVerdict {
  seq: number;
  state: 'valid' | 'invalid' | 'unchecked';
  /** The message it matched (valid), or came closest to (invalid). */
  messageId?: string;
  violations: LiveViolation[];
  /** Why it was not checked, or how it was read. */
  note?: string;
}

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\b/i;
const BINARY_KINDS = new Set(['avro', 'protobuf']);

/** A header's text as the type its schema asks for ("42" for an integer header is 42): headers travel as text. */
function typedHeaders(headers: Record<string, string>, schema: LabSchema | undefined): Record<string, unknown> {
  const properties = ((schema?.jsonSchema ?? schema?.native) as { properties?: Record<string, { type?: unknown }> } | undefined)?.properties ?? {};
  const result: Record<string, unknown> = {};
  for (const [name, text] of Object.entries(headers)) {
    const type = properties[name]?.type;
    const wantsText = type === undefined || type === 'string' || (Array.isArray(type) && type.includes('string'));
    if (wantsText) {
      result[name] = text;
      continue;
    }
    try {
      result[name] = JSON.parse(text);
    } catch {
      result[name] = text;
    }
  }
  return result;
}

type Read = { ok: true; value: unknown; note?: string } | { ok: false; verdict: Omit<ReceivedVerdict, 'seq'> };

function readPayload(message: ReceivedForCheck, candidates: CheckCandidate[]): Read {
  if (message.payload.truncated) return { ok: false, verdict: { state: 'unchecked', violations: [], note: 'cut at the size limit, so not checked' } };
  if (message.payload.encoding === 'base64') {
    const binary = candidates.some((c) => c.payload && BINARY_KINDS.has(c.payload.kind));
    return {
      ok: false,
      verdict: { state: 'unchecked', violations: [], note: binary ? 'binary Avro/Protobuf encoding is not decoded here; their JSON encoding is checked' : 'binary payload (not UTF-8 text)' },
    };
  }
  const text = message.payload.text;
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    if (message.contentType && JSON_TYPE.test(message.contentType)) {
      return {
        ok: false,
        verdict: { state: 'invalid', violations: [{ part: 'payload', path: [], message: `${message.contentType} payload is not JSON: ${messageOf(error)}` }] },
      };
    }
    // Plain text: a `type: string` payload schema takes it as it is.
    return { ok: true, value: text, note: 'read as text (not JSON)' };
  }
}

/**
 * Checks received messages against their channel's message schemas with the message lab's validators.
 * Valid when any candidate message accepts both payload and headers; otherwise invalid with the
 * violations of the candidate that came closest. Pure and synchronous, for the lab worker to host
 * (validation is worker work: compiling a large schema would block the page).
 */
export function validateReceived(input: LiveCheckInput): ReceivedVerdict[] {
  // Compiled once per candidate per batch (createValidator caches across batches too).
  const compiled = new Map<LabSchema, Validate>();
  const validatorOf = (schema: LabSchema): Validate => {
    let validate = compiled.get(schema);
    if (!validate) {
      validate = createValidator(schema);
      compiled.set(schema, validate);
    }
    return validate;
  };

  return input.messages.map((message): ReceivedVerdict => {
    const candidates = input.candidates[message.candidatesKey] ?? [];
    if (candidates.length === 0) return { seq: message.seq, state: 'unchecked', violations: [], note: 'the document names no message for this channel' };
    const read = readPayload(message, candidates);
    if (!read.ok) return { seq: message.seq, ...read.verdict };
    try {
      let best: { candidate: CheckCandidate; violations: LiveViolation[] } | null = null;
      for (const candidate of candidates) {
        const violations: LiveViolation[] = [];
        if (candidate.payload) for (const v of validatorOf(candidate.payload)(read.value)) violations.push({ ...v, part: 'payload' });
        if (candidate.headers) for (const v of validatorOf(candidate.headers)(typedHeaders(message.headers, candidate.headers))) violations.push({ ...v, part: 'headers' });
        if (violations.length === 0) return { seq: message.seq, state: 'valid', messageId: candidate.messageId, violations, note: read.note };
        if (!best || violations.length < best.violations.length) best = { candidate, violations };
      }
      return { seq: message.seq, state: 'invalid', messageId: best!.candidate.messageId, violations: best!.violations, note: read.note };
    } catch (error) {
      return { seq: message.seq, state: 'unchecked', violations: [], note: `the schema could not be used: ${messageOf(error)}` };
    }
  });
}
