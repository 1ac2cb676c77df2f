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
