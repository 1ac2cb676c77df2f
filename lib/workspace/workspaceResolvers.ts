import { BLOCKED_REF_MESSAGE } from '@/lib/analysis/fetchGuard';
import type { RefClosure } from './refClosure';
import type { RemoteReader } from './remoteRefs';
import type { WorkspaceReader } from './types';
import { fromParserUri, toParserUri } from './workspacePath';

/** The resolver shape @asyncapi/parser accepts in `__unstable.resolver.resolvers` (uri is a urijs URI). */
export interface ParserResolver {
  schema: string;
  order?: number;
  read: (uri: { toString(): string }) => string | Promise<string>;
}

/** A ref the resolvers answered with an empty placeholder, for a diagnostic when the closure did not report it. */
export interface RefusedUri {
  uri: string;
  code: string;
  message: string;
  data?: Record<string, string>;
}

export interface ResolverLog {
  /** Workspace paths handed to the parser. */
  read: Set<string>;
  /** Listed workspace files the parser asked for whose text the worker lacks. */
  notLoaded: Set<string>;
  refused: RefusedUri[];
}

// Every ref the studio does not follow resolves to this. Resolvers must never throw: the parser would then
// try its own readers (the disk in Node, an unguarded fetch in a browser).
const PLACEHOLDER = '{}';

export interface WorkspaceResolverOptions {
  reader: WorkspaceReader;
  closure: RefClosure;
  isOriginAllowed: (origin: string) => boolean;
  remote?: RemoteReader;
}

/**
 * The parser's resolvers for one analysis: `file` reads the workspace snapshot only (never a disk, never
 * outside the root), `http`/`https` fetch only from allowed origins, through the remote reader's limits.
 * Made per parse, so the parser's URI cache never serves a file's previous text.
 */
export function createWorkspaceResolvers(options: WorkspaceResolverOptions): { resolvers: ParserResolver[]; log: ResolverLog } {
  const { reader, closure, isOriginAllowed, remote } = options;
  const log: ResolverLog = { read: new Set(), notLoaded: new Set(), refused: [] };
  const refuse = (refused: RefusedUri) => {
    if (!closure.refusedUris.has(refused.uri)) log.refused.push(refused);
    return PLACEHOLDER;
  };

  const file: ParserResolver = {
    schema: 'file',
    order: 1,
    read: (uri) => {
      const written = uri.toString();
      const path = fromParserUri(written);
      if (path === undefined) {
        return refuse({ uri: written, code: 'ref-outside-workspace', message: `$ref to ${written.replace(/^file:\/\//, '')} not read: the studio reads only files inside the opened folder.` });
      }
      const state = reader.read(path);
      if (state.state === 'not-loaded') {
        log.notLoaded.add(path);
        return PLACEHOLDER;
      }
      const parserUri = toParserUri(path);
      if (state.state !== 'text') return refuse({ uri: parserUri, code: 'ref-file-missing', message: `$ref to ${path} not read: the file is not in the workspace or was skipped.`, data: { path } });
      if (closure.refusedUris.has(parserUri) || !reader.check(path)?.ok) {
        return refuse({ uri: parserUri, code: 'ref-file-invalid', message: `$ref to ${path} not read: the file cannot be analysed.`, data: { path } });
      }
      log.read.add(path);
      return state.text;
    },
  };

  const web = (schema: 'http' | 'https'): ParserResolver => ({
    schema,
    order: 1,
    read: async (uri) => {
      const url = uri.toString();
      let origin: string;
      let host: string;
      try {
        ({ origin, host } = new URL(url));
      } catch {
        return refuse({ uri: url, code: 'ref-unsupported', message: `$ref to ${url} not read: not a valid URL.` });
      }
      const data = { origin, host, url };
      if (!isOriginAllowed(origin)) return refuse({ uri: url, code: 'external-ref-not-fetched', message: `${BLOCKED_REF_MESSAGE} (${origin}).`, data });
      if (!remote) return refuse({ uri: url, code: 'external-ref-fetch-failed', message: `External reference ${url} not read: fetching is not available here.`, data });
      const result = await remote(url, isOriginAllowed);
      if (result.ok) return result.text;
      return refuse({ uri: url, code: 'external-ref-fetch-failed', message: `External reference ${url} not read: ${result.reason}.`, data });
    },
  });

  return { resolvers: [file, web('http'), web('https')], log };
}
