import type { Locate, SourceRange } from '@/lib/analysis/sourceMap';

export type OutlineKind = 'server' | 'channel' | 'operation' | 'message' | 'schema';

export interface OutlineEntry {
  kind: OutlineKind;
  label: string;
  /** Extra words to show and filter by, e.g. an operation's action. */
  detail?: string;
  range?: SourceRange;
}

export interface OutlineSection {
  kind: OutlineKind;
  title: string;
  entries: OutlineEntry[];
}

type Json = Record<string, unknown>;

function keysOf(value: unknown): string[] {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? Object.keys(value) : [];
}

function child(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Json)[key] : undefined;
}

/**
 * The document's navigable parts, read from its JSON as written (before $refs are resolved), so that
 * each entry points at the text where it is defined. 2.x operations live under their channels.
 */
export function buildOutline(raw: unknown, locate: Locate): OutlineSection[] {
  const version = String(child(raw, 'asyncapi') ?? '');
  const entries = (kind: OutlineKind, base: string[], detail?: (key: string) => string | undefined): OutlineEntry[] => {
    const holder = base.reduce<unknown>((v, k) => child(v, k), raw);
    return keysOf(holder).map((key) => ({ kind, label: key, detail: detail?.(key), range: locate([...base, key]) }));
  };
  const operations: OutlineEntry[] = version.startsWith('2.')
    ? keysOf(child(raw, 'channels')).flatMap((channel) =>
        ['publish', 'subscribe']
          .filter((action) => child(child(child(raw, 'channels'), channel), action) !== undefined)
          .map((action) => {
            const op = child(child(child(raw, 'channels'), channel), action);
            const id = child(op, 'operationId');
            return { kind: 'operation' as const, label: typeof id === 'string' ? id : `${action} ${channel}`, detail: action, range: locate(['channels', channel, action]) };
          }),
      )
    : entries('operation', ['operations'], (key) => {
        const action = child(child(child(raw, 'operations'), key), 'action');
        return typeof action === 'string' ? action : undefined;
      });
  return [
    { kind: 'server', title: 'Servers', entries: entries('server', ['servers'], (key) => String(child(child(child(raw, 'servers'), key), 'protocol') ?? '') || undefined) },
    { kind: 'channel', title: 'Channels', entries: entries('channel', ['channels']) },
    { kind: 'operation', title: 'Operations', entries: operations },
    { kind: 'message', title: 'Messages', entries: entries('message', ['components', 'messages']) },
    { kind: 'schema', title: 'Schemas', entries: entries('schema', ['components', 'schemas']) },
  ];
}

/** The entry whose text holds the line (the innermost one, should entries nest). */
export function entryAtLine(sections: ReadonlyArray<OutlineSection>, line: number): OutlineEntry | undefined {
  let best: OutlineEntry | undefined;
  for (const section of sections) {
    for (const entry of section.entries) {
      const r = entry.range;
      if (!r || line < r.startLine - 1 || line > r.endLine) continue;
      if (!best?.range || r.endLine - r.startLine < best.range.endLine - best.range.startLine) best = entry;
    }
  }
  return best;
}

export function filterOutline(sections: ReadonlyArray<OutlineSection>, query: string): OutlineSection[] {
  const q = query.trim().toLowerCase();
  if (q === '') return [...sections];
  return sections.map((s) => ({ ...s, entries: s.entries.filter((e) => `${e.label} ${e.detail ?? ''}`.toLowerCase().includes(q)) }));
}
