import { pointerTokens } from '@/lib/jsonPointer/jsonPointer';
import { messageSetClass } from './classify';
import type { DocumentModel } from './documentModel';
import { placeOf, subjectOf } from './entities';
import type { EntityPlace } from './entities';
import type { Change, ChangeClass, ChangeKind, Direction } from './types';
import { show } from './values';

/** One change as @asyncapi/diff reports it (its `diff(...).getOutput().changes`). */
export interface RawChange {
  action: 'add' | 'remove' | 'edit';
  path: string;
  before?: unknown;
  after?: unknown;
  /** @asyncapi/diff's own class from its standard table. */
  type: 'breaking' | 'non-breaking' | 'unclassified';
}

export interface RuleContext {
  major: 2 | 3;
  old: DocumentModel;
  new: DocumentModel;
}

export type ClassifiedChange = Omit<Change, 'side' | 'line'>;

/** Documentation fields: their changes are annotations wherever they sit outside a schema. */
const ANNOTATION_FIELDS = new Set(['description', 'summary', 'title', 'tags', 'externalDocs', 'examples', 'example']);

/** Fields a client connects or matches by: any change to them is breaking. */
const BREAKING_FIELDS: Record<EntityPlace['group'], Set<string>> = {
  server: new Set(['host', 'pathname', 'url', 'protocol', 'protocolVersion', 'security']),
  channel: new Set(['address', 'location']),
  operation: new Set(['action', 'channel', 'security', 'operationId', 'address']),
  message: new Set(['contentType', 'schemaFormat', 'correlationId', 'messageId', 'name', 'location']),
  schema: new Set(),
  document: new Set(['id', 'defaultContentType']),
};

/** Maps whose keys are names, not fields: a key there named "description" is not documentation. */
const NAME_MAPS = new Set(['parameters', 'variables', 'bindings', 'messages', 'servers', 'channels', 'operations', 'schemas', 'securitySchemes', 'properties']);

const KIND: Record<RawChange['action'], ChangeKind> = { add: 'added', remove: 'removed', edit: 'changed' };

function isAnnotation(rest: readonly string[]): boolean {
  return rest.some((segment, i) => ANNOTATION_FIELDS.has(segment) && !NAME_MAPS.has(rest[i - 1] ?? ''));
}

function directionsOf(model: DocumentModel, pointer: string): Direction[] {
  return [...(model.messageDirections.get(pointer) ?? [])];
}

function valueText(raw: RawChange): string {
  const scalar = (v: unknown) => v === null || typeof v !== 'object';
  if (raw.action === 'edit' && scalar(raw.before) && scalar(raw.after)) return ` changed from “${show(raw.before, 100)}” to “${show(raw.after, 100)}”`;
  if (raw.action === 'add') return scalar(raw.after) ? ` added: “${show(raw.after)}”` : ' added';
  if (raw.action === 'remove') return scalar(raw.before) ? ` removed (was “${show(raw.before)}”)` : ' removed';
  return ' changed';
}

/** The class of a whole server, channel, operation, message or schema added or removed. */
function entityClass(place: EntityPlace, raw: RawChange, ctx: RuleContext): { cls: ChangeClass; note: string } {
  const added = raw.action === 'add';
  // Components are judged where they are used.
  if (place.pointer.startsWith('/components/')) return { cls: 'non-breaking', note: '' };
  if (place.group === 'message') {
    const model = added ? ctx.new : ctx.old;
    const directions = directionsOf(model, place.pointer);
    const note = directions.length === 0 ? '' : ` (the application ${directions.map((d) => (d === 'send' ? 'sends' : 'receives')).join(' and ')} it)`;
    return { cls: messageSetClass(added ? 'added' : 'removed', directions), note };
  }
  // A server, channel or operation removed is gone for its clients.
  if (added) return { cls: 'non-breaking', note: '' };
  return { cls: 'breaking', note: '' };
}

/**
 * Classifies one structural change with the studio's rules, falling back to @asyncapi/diff's table
 * (its `unclassified` becomes non-breaking).
 */
export function classifyStructural(raw: RawChange, ctx: RuleContext): ClassifiedChange {
  const segments = pointerTokens(raw.path);
  const form = raw.action === 'remove' ? ctx.old.form : ctx.new.form;
  const place = placeOf(segments, ctx.major, form);
  const kind = KIND[raw.action];
  const base = { group: place.group, entity: place.entity, path: raw.path, kind, before: raw.before, after: raw.after };
  const subject = subjectOf(place);
  const field = place.rest.join('.');
  const studio = (cls: ChangeClass, description: string): ClassifiedChange => ({ ...base, class: cls, description, classifiedBy: 'studio' });

  if (place.rest.length === 0 && place.group !== 'document') {
    const { cls, note } = entityClass(place, raw, ctx);
    return studio(cls, `${subject} ${kind}${note}`);
  }
  const [top] = place.rest;
  if (place.group === 'document') {
    if (top === 'info' && place.rest[1] === 'version' && place.rest.length === 2) return studio('annotation', `info.version${valueText(raw)}`);
    if (top === 'info' || top === 'tags' || top === 'externalDocs') return studio('annotation', `${field}${valueText(raw)}`);
    if (top === 'asyncapi') return studio('non-breaking', `AsyncAPI version${valueText(raw)}`);
    if (top === 'components' && place.rest[1] === 'securitySchemes') {
      if (isAnnotation(place.rest.slice(3))) return studio('annotation', `${field}${valueText(raw)}`);
      return studio(raw.action === 'add' && place.rest.length === 3 ? 'non-breaking' : 'breaking', `Security scheme “${place.rest[2] ?? ''}”${valueText(raw)}`);
    }
  }
  if (isAnnotation(place.rest)) return studio('annotation', `${subject}: ${field}${valueText(raw)}`);
  if (top !== undefined && top.startsWith('x-')) return studio('non-breaking', `${subject}: extension ${field}${valueText(raw)}`);
  if (top === 'contentType' || top === 'defaultContentType') return studio(contentTypeClass(raw, ctx), `${subject}: ${field}${valueText(raw)}`);
  if (top !== undefined && BREAKING_FIELDS[place.group].has(top)) {
    // Naming a message that had no name, or an operation that had no id, changes nothing for a client.
    const naming = raw.action === 'add' && place.rest.length === 1 && (top === 'name' || top === 'messageId' || top === 'operationId');
    // A 3.x message without a name goes by its key: dropping a name equal to the key renames nothing.
    const keyName = raw.action === 'remove' && top === 'name' && place.rest.length === 1 && raw.before === place.entity;
    if (keyName) return studio('non-breaking', `${subject}: name removed; its key “${place.entity}” names it`);
    return studio(naming ? 'non-breaking' : 'breaking', `${subject}: ${field}${valueText(raw)}`);
  }
  if ((top === 'parameters' || top === 'variables') && place.rest.length === 2) {
    return studio(raw.action === 'add' ? 'non-breaking' : 'breaking', `${subject}: ${top === 'parameters' ? 'parameter' : 'variable'} “${place.rest[1] ?? ''}”${valueText(raw)}`);
  }
  if (top === 'reply') return studio(raw.action === 'add' && place.rest.length === 1 ? 'non-breaking' : 'breaking', `${subject}: ${field}${valueText(raw)}`);
  const fallback: ChangeClass = raw.type === 'breaking' ? 'breaking' : 'non-breaking';
  return { ...base, class: fallback, description: `${subject}: ${field}${valueText(raw)}`, classifiedBy: raw.type === 'unclassified' ? 'default' : '@asyncapi/diff' };
}

/**
 * A content type stated where none was, or one equal to the old default, changes nothing on the wire;
 * any other change of the effective content type is breaking.
 */
function contentTypeClass(raw: RawChange, ctx: RuleContext): ChangeClass {
  const oldDefault = ctx.old.form.defaultContentType;
  const newDefault = ctx.new.form.defaultContentType;
  if (raw.action === 'add') return oldDefault === undefined || raw.after === oldDefault ? 'non-breaking' : 'breaking';
  if (raw.action === 'remove') return newDefault === raw.before ? 'non-breaking' : 'breaking';
  return 'breaking';
}
