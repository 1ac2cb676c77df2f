import { formatPointer, pointerTokens } from '@/lib/jsonPointer/jsonPointer';
import { classOf } from './classify';
import type { DocumentModel } from './documentModel';
import { placeOf, subjectOf } from './entities';
import { isRecord, isWithin } from './pointer';
import type { ReferenceForm } from './referenceForm';
import { diffSchema } from './schemaDiff';
import type { ClassifiedChange } from './structuralRules';
import type { Direction } from './types';

/** The value at a pointer, following `$ref`s on the way (a message written as a reference still has a payload). */
export function valueThrough(form: ReferenceForm, pointer: string): unknown {
  let node: unknown = form;
  for (const segment of pointerTokens(pointer)) {
    node = follow(form, node);
    if (Array.isArray(node)) node = node[Number(segment)];
    else if (isRecord(node) && Object.prototype.hasOwnProperty.call(node, segment)) node = node[segment];
    else return undefined;
  }
  return node;
}

function follow(form: ReferenceForm, node: unknown): unknown {
  for (let hop = 0; hop < 16 && isRecord(node) && typeof node.$ref === 'string' && node.$ref.startsWith('#/'); hop++) {
    node = valueThrough(form, node.$ref.slice(1));
  }
  return node;
}

/** “Message “userSignedUp” payload”, “Schema “User””, “Channel “orders” parameter “id””. */
function homeLabel(pointer: string, form: ReferenceForm, major: 2 | 3): { group: ClassifiedChange['group']; entity: string; label: string } {
  const segments = pointerTokens(pointer);
  const place = placeOf(segments, major, form);
  const subject = subjectOf(place);
  const [first, second] = place.rest;
  let label = place.rest.length === 0 ? subject : `${subject} ${place.rest.join('.')}`;
  if (first === 'payload' || first === 'headers') label = `${subject} ${first}`;
  else if (first === 'parameters' && second !== undefined) label = `${subject} parameter “${second}”`;
  else if (first === 'variables' && second !== undefined) label = `${subject} variable “${second}”`;
  else if (first === 'schema' && place.rest.length === 1) label = `${subject} schema`;
  return { group: place.group, entity: place.entity, label };
}

const OPTIONAL_PARTS = new Set(['payload', 'headers', 'schema']);

export interface SchemaComparison {
  changes: ClassifiedChange[];
  /** Pointers (on either side) whose insides these changes cover. */
  covered: string[];
}

/**
 * Compares every schema home of either document with its counterpart: payloads and headers, components
 * schemas, channel parameters, server variables. Each change is classed by the directions the
 * application moves the messages that reach that schema.
 */
export function compareSchemaHomes(
  oldModel: DocumentModel,
  newModel: DocumentModel,
  moved: ReadonlyMap<string, string>,
): SchemaComparison {
  const toOld = (pointer: string) => {
    for (const [to, from] of moved) if (isWithin(pointer, to)) return from + pointer.slice(to.length);
    return pointer;
  };
  const toNew = (pointer: string) => {
    for (const [to, from] of moved) if (isWithin(pointer, from)) return to + pointer.slice(from.length);
    return pointer;
  };
  const pairs = new Map<string, string>();
  for (const pointer of newModel.schemaHomes.keys()) pairs.set(pointer, toOld(pointer));
  for (const pointer of oldModel.schemaHomes.keys()) if (!pairs.has(toNew(pointer))) pairs.set(toNew(pointer), pointer);

  const sources = { old: (p: string) => valueThrough(oldModel.form, p), new: (p: string) => valueThrough(newModel.form, p) };
  const result: SchemaComparison = { changes: [], covered: [] };
  for (const [newPointer, oldPointer] of pairs) {
    const before = valueThrough(oldModel.form, oldPointer);
    const after = valueThrough(newModel.form, newPointer);
    if (before === undefined && after === undefined) continue;
    if (before === undefined || after === undefined) {
      // A payload added to or removed from a message that exists on both sides is a schema change;
      // a whole new message, schema or parameter is reported as added by the structural pass.
      const last = pointerTokens(newPointer).pop() ?? '';
      const parentOld = valueThrough(oldModel.form, oldPointer.slice(0, oldPointer.lastIndexOf('/')));
      const parentNew = valueThrough(newModel.form, newPointer.slice(0, newPointer.lastIndexOf('/')));
      if (!OPTIONAL_PARTS.has(last) || parentOld === undefined || parentNew === undefined) continue;
    }
    const directions = new Set<Direction>([...(oldModel.schemaHomes.get(oldPointer)?.directions ?? []), ...(newModel.schemaHomes.get(newPointer)?.directions ?? [])]);
    result.covered.push(newPointer, oldPointer);
    const { group, entity, label } = homeLabel(after === undefined ? oldPointer : newPointer, after === undefined ? oldModel.form : newModel.form, newModel.major);
    const unused = directions.size === 0 ? ' (no operation uses it)' : '';
    for (const change of diffSchema(before, after, sources)) {
      const home = change.kind === 'removed' ? oldPointer : newPointer;
      result.changes.push({
        group,
        entity,
        path: home + formatPointer(change.path),
        kind: change.kind,
        before: change.before,
        after: change.after,
        class: classOf(change.effect, directions),
        description: `${label}${change.field ? `, field “${change.field}”` : ''}: ${change.what}${unused}`,
        directions: [...directions].sort(),
        classifiedBy: 'studio',
      });
    }
  }
  return result;
}
