import type { SourceLines } from '@/lib/analysis/sourceLines';

/** A rendered element on the way from a click target up to the preview's root. */
export interface SectionStep {
  id?: string;
  /** The element is the heading (channel address) of an operation. */
  operationHeading?: boolean;
}

const OPERATION = /^operation-(?:send|receive|request|reply|publish|subscribe)-(.+)$/;

/**
 * Source-line keys a DOM id of @asyncapi/react-component may stand for, most specific first.
 * Ids come from the model: `introduction`, `servers`, `server-<id>[-security|-url-variables]`,
 * `operations`, `operation-<type>-<operationId>` (and `-<address>-parameters|security|message` inside),
 * `messages`, `message-<id>[-payload|-headers]`, `schemas`, `schema-<id>`.
 */
export function keysForId(id: string): string[] {
  if (id === 'introduction') return ['info'];
  if (id === 'servers' || id === 'operations' || id === 'messages' || id === 'schemas') return [`section/${id}`];
  const server = /^server-(.+?)(?:-(?:security|url-variables))?$/.exec(id);
  if (server) return [`servers/${id.slice('server-'.length)}`, `servers/${server[1]}`];
  const operation = OPERATION.exec(id);
  if (operation) return [`operations/${operation[1]}`];
  const message = /^message-(.+?)(?:-(?:payload|headers))?$/.exec(id);
  if (message) return [`messages/${id.slice('message-'.length)}`, `messages/${message[1]}`];
  if (id.startsWith('schema-')) return [`schemas/${id.slice('schema-'.length)}`];
  return [];
}

/**
 * The line of the nearest documented element around a click: the path runs from the clicked element up.
 * The channel address in an operation's heading stands for the channel; parts of an operation that
 * carry no id of their own stand for the operation.
 */
export function lineForPath(path: ReadonlyArray<SectionStep>, lines: SourceLines): number | undefined {
  let inHeading = false;
  for (const step of path) {
    // An operation's heading and its parameters describe its channel.
    inHeading ||= step.operationHeading === true || (step.id !== undefined && OPERATION.test(step.id) && step.id.endsWith('-parameters'));
    if (!step.id) continue;
    for (const key of keysForId(step.id)) {
      const operation = key.startsWith('operations/') && inHeading ? lines[`${key}/channel`] : undefined;
      const line = operation ?? lines[key];
      if (line !== undefined) return line;
    }
  }
  return undefined;
}

/** The documented element the editor's cursor is in: the one starting last at or before the line. */
export function keyAtLine(lines: SourceLines, line: number): string | undefined {
  let best: string | undefined;
  let bestLine = 0;
  for (const [key, start] of Object.entries(lines)) {
    if (key.startsWith('section/') || key.endsWith('/channel')) continue;
    if (start <= line && start > bestLine) {
      best = key;
      bestLine = start;
    }
  }
  return best;
}

const OPERATION_TYPES = ['send', 'receive', 'request', 'reply'];

/**
 * DOM ids of the react-component's sections that show an element, best first. A channel has no section
 * of its own: the operations on it show it.
 */
export function sectionIdsForKey(key: string, lines: SourceLines): string[] {
  const slash = key.indexOf('/');
  const kind = slash < 0 ? key : key.slice(0, slash);
  const id = key.slice(slash + 1);
  switch (kind) {
    case 'info':
      return ['introduction'];
    case 'servers':
      return [`server-${id}`];
    case 'operations':
      return OPERATION_TYPES.map((type) => `operation-${type}-${id}`);
    case 'channels': {
      const line = lines[key];
      return Object.entries(lines)
        .filter(([k, l]) => k.startsWith('operations/') && k.endsWith('/channel') && l === line)
        .flatMap(([k]) => sectionIdsForKey(k.slice(0, -'/channel'.length), lines));
    }
    case 'messages':
      return [`message-${id}`];
    case 'schemas':
      return [`schema-${id}`];
    default:
      return [];
  }
}
