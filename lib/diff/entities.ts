import { formatPointer } from '@/lib/jsonPointer/jsonPointer';
import { isRecord, valueAt } from './pointer';
import type { ReferenceForm } from './referenceForm';
import type { ChangeGroup } from './types';

/** What a pointer falls in: the group and name of the object that owns it, and the rest of the path below it. */
export interface EntityPlace {
  group: ChangeGroup;
  entity: string;
  /** What to call it when the group's name does not fit ('Message trait'). */
  noun?: string;
  /** Pointer of the owning object itself ('' for the document). */
  pointer: string;
  rest: string[];
}

const VERBS = new Set(['publish', 'subscribe']);

/** The group each kind of component is reported in. */
const COMPONENTS: Record<string, { group: ChangeGroup; noun?: string }> = {
  messages: { group: 'message' },
  schemas: { group: 'schema' },
  messageTraits: { group: 'message', noun: 'Message trait' },
  correlationIds: { group: 'message', noun: 'Correlation ID' },
  operationTraits: { group: 'operation', noun: 'Operation trait' },
  replies: { group: 'operation', noun: 'Reply' },
  replyAddresses: { group: 'operation', noun: 'Reply address' },
  operations: { group: 'operation', noun: 'Component operation' },
  channels: { group: 'channel', noun: 'Component channel' },
  parameters: { group: 'channel', noun: 'Parameter' },
  servers: { group: 'server', noun: 'Component server' },
  serverVariables: { group: 'server', noun: 'Server variable' },
};

/** A 2.x message has no key of its own: its messageId, else its name, else where it sits. */
function message2Label(form: ReferenceForm | undefined, segments: string[], fallback: string): string {
  const value = form ? valueAt(form, segments) : undefined;
  if (isRecord(value)) {
    if (typeof value.messageId === 'string') return value.messageId;
    if (typeof value.name === 'string') return value.name;
  }
  return fallback;
}

function operation2Label(form: ReferenceForm | undefined, channel: string, verb: string): string {
  const value = form ? valueAt(form, ['channels', channel, verb]) : undefined;
  return isRecord(value) && typeof value.operationId === 'string' ? value.operationId : `${channel} ${verb}`;
}

/**
 * Places a pointer (as segments) in the document's structure. `form` (either side's reference form)
 * only lends 2.x messages and operations their ids for labels.
 */
export function placeOf(segments: readonly string[], major: 2 | 3, form?: ReferenceForm): EntityPlace {
  const at = (group: ChangeGroup, entity: string, depth: number): EntityPlace => ({
    group,
    entity,
    pointer: formatPointer(segments.slice(0, depth)),
    rest: segments.slice(depth),
  });
  const [first, second, third, fourth, fifth] = segments;
  if (first === 'servers' && second !== undefined) return at('server', second, 2);
  if (first === 'operations' && second !== undefined) return at('operation', second, 2);
  if (first === 'components' && second !== undefined && third !== undefined) {
    const component = COMPONENTS[second];
    if (component) return { ...at(component.group, third, 3), ...(component.noun ? { noun: component.noun } : {}) };
  }
  if (first === 'channels' && second !== undefined) {
    if (major === 3 && third === 'messages' && fourth !== undefined) return at('message', fourth, 4);
    if (major === 2 && third !== undefined && VERBS.has(third)) {
      if (fourth === 'message') {
        const oneOf = fifth === 'oneOf' && segments[5] !== undefined;
        const depth = oneOf ? 6 : 4;
        const fallback = `${second} ${third} message${oneOf ? ` ${Number(segments[5]) + 1}` : ''}`;
        return at('message', message2Label(form, segments.slice(0, depth), fallback), depth);
      }
      return at('operation', operation2Label(form, second, third), 3);
    }
    return at('channel', second, 2);
  }
  return { group: 'document', entity: '', pointer: '', rest: [...segments] };
}

const GROUP_NAMES: Record<ChangeGroup, string> = {
  server: 'Server',
  channel: 'Channel',
  operation: 'Operation',
  message: 'Message',
  schema: 'Schema',
  document: 'Document',
};

/** “Channel “orders””, for the start of a description. */
export function subjectOf(place: Pick<EntityPlace, 'group' | 'entity' | 'noun'>): string {
  return place.group === 'document' ? 'Document' : `${place.noun ?? GROUP_NAMES[place.group]} “${place.entity}”`;
}
