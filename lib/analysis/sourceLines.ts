import type { AsyncAPIDocumentInterface } from '@asyncapi/parser';
import { pointerTokens } from '@/lib/jsonPointer/jsonPointer';
import type { JsonPath, Locate } from './sourceMap';

/**
 * Where each documented element starts in the text (1-based line), keyed by the element's kind and the
 * id the parser model gives it, which is also the id the documentation preview renders:
 * `info`, `servers/<id>`, `channels/<id>`, `operations/<id>`, `operations/<id>/channel`,
 * `messages/<id>` (components.messages), `schemas/<id>` (components.schemas), and the section headings
 * `section/servers`, `section/operations`, `section/messages`, `section/schemas`.
 */
export type SourceLines = Record<string, number>;

interface HasMeta {
  id(): string | undefined;
  meta(): unknown;
}

/** A model's JSON pointer ('/channels/user~1signedup') as a path; undefined when the model has none. */
export function pointerPath(model: HasMeta): JsonPath | undefined {
  const pointer = (model.meta() as { pointer?: unknown } | undefined)?.pointer;
  if (typeof pointer !== 'string' || !pointer.startsWith('/')) return undefined;
  return pointerTokens(pointer);
}

export function buildSourceLines(document: AsyncAPIDocumentInterface, locate: Locate): SourceLines {
  const lines: SourceLines = {};
  const put = (key: string, path: JsonPath | undefined) => {
    if (!path || key in lines) return;
    const line = locate(path)?.startLine;
    if (line !== undefined) lines[key] = line;
  };
  const is2x = document.version().startsWith('2.');

  put('info', ['info']);
  put('section/servers', ['servers']);
  put('section/operations', [is2x ? 'channels' : 'operations']);
  put('section/messages', ['components', 'messages']);
  put('section/schemas', ['components', 'schemas']);
  for (const server of document.servers().all()) put(`servers/${server.id()}`, pointerPath(server) ?? ['servers', server.id()]);
  for (const channel of document.channels().all()) put(`channels/${channel.id()}`, pointerPath(channel) ?? ['channels', channel.id()]);
  for (const operation of document.operations().all()) {
    const id = operation.id();
    if (id === undefined) continue;
    put(`operations/${id}`, pointerPath(operation));
    const channel = operation.channels().all()[0];
    if (channel) put(`operations/${id}/channel`, pointerPath(channel) ?? ['channels', channel.id()]);
  }
  const components = document.components();
  for (const message of components.messages().all()) {
    const id = message.id();
    if (id !== undefined) put(`messages/${id}`, ['components', 'messages', id]);
  }
  for (const schema of components.schemas().all()) put(`schemas/${schema.id()}`, ['components', 'schemas', schema.id()]);
  return lines;
}
