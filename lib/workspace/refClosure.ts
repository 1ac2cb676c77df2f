import type { Diagnostic } from '@/lib/analysis/diagnostic';
import { lineRange } from '@/lib/analysis/diagnostic';
import { BLOCKED_REF_MESSAGE } from '@/lib/analysis/fetchGuard';
import { LIMITS } from '@/lib/analysis/limits';
import type { SourceRange } from '@/lib/analysis/sourceMap';
import { matchRefs, scanRefs } from './refScan';
import type { WorkspaceReader } from './types';
import { parserUriOf, resolveRef, toParserUri } from './workspacePath';
import type { RefTarget } from './workspacePath';

/** One `$ref` found in a workspace file, with where it points. */
export interface RefEdge {
  /** Workspace path of the file the $ref is written in. */
  from: string;
  /** JSON path of the object holding the $ref, in that file. */
  at: Array<string | number>;
  raw: string;
  range?: SourceRange;
  target: RefTarget;
  /** The object holds nothing but the $ref (a chain of these resolves to nothing when it loops). */
  bare: boolean;
}

export interface LoadedFile {
  path: string;
  text: string;
  value: unknown;
}

/** The files a document reaches through its $refs, read before the parser runs. */
export interface RefClosure {
  documentPath: string;
  /** Files that loaded and passed the guards, the document included. */
  files: Map<string, LoadedFile>;
  edges: RefEdge[];
  /** Refused refs (at the $ref) and files that failed the guards (in that file). */
  diagnostics: Diagnostic[];
  /** Workspace paths reached, loaded or not (a missing one may be created later). */
  dependencies: Set<string>;
  remoteRefs: Set<string>;
  /** Listed workspace files reached whose text the reader does not hold. */
  notLoaded: string[];
  /** Parser URIs that must resolve to an empty placeholder: each is diagnosed here already. */
  refusedUris: Set<string>;
}

export interface ClosureOptions {
  isOriginAllowed: (origin: string) => boolean;
  /** Bounds on what one analysis reads through its refs. */
  maxFiles?: number;
  maxTotalChars?: number;
}

/** Every $ref in a loaded value, in document order; an aliased (shared) subtree is walked once, as its text is written once. */
export function collectRefs(root: unknown): Array<{ at: Array<string | number>; raw: string; bare: boolean }> {
  const found: Array<{ at: Array<string | number>; raw: string; bare: boolean }> = [];
  const seen = new Set<object>();
  const walk = (value: unknown, at: Array<string | number>) => {
    if (typeof value !== 'object' || value === null || seen.has(value)) return;
    seen.add(value);
    if (Array.isArray(value)) {
      value.forEach((item, index) => walk(item, [...at, index]));
      return;
    }
    const ref = (value as Record<string, unknown>).$ref;
    if (typeof ref === 'string') found.push({ at, raw: ref, bare: Object.keys(value).length === 1 });
    for (const [key, child] of Object.entries(value)) walk(child, [...at, key]);
  };
  walk(root, []);
  return found;
}

function megabytes(chars: number): string {
  return `${(chars / (1024 * 1024)).toFixed(1)} MB`;
}

const OUTSIDE_MESSAGES: Record<'climbs-out' | 'absolute-path' | 'file-url', string> = {
  'climbs-out': 'points outside the opened folder; the studio reads only files inside it',
  'absolute-path': 'is an absolute path; the studio reads only files inside the opened folder, through relative paths such as ./schemas.yaml',
  'file-url': 'is a file: URL; the studio never reads your disk through a document, only files inside the opened folder (write a relative path such as ./schemas.yaml)',
};

/**
 * Reads, from the workspace only, every file the document reaches through its $refs (breadth first), and says
 * at each $ref what cannot be followed: outside the folder, missing, skipped, binary, too large, an origin the
 * user has not allowed. Files that fail the guards of a single document (syntax, depth, alias bombs) are
 * diagnosed in themselves and never reach the parser.
 */
export function buildRefClosure(
  documentPath: string,
  document: { text: string; value: unknown },
  reader: WorkspaceReader,
  options: ClosureOptions,
): RefClosure {
  const maxFiles = options.maxFiles ?? 1000;
  const maxTotalChars = options.maxTotalChars ?? 4 * LIMITS.maxAnalysedBytes;
  const closure: RefClosure = {
    documentPath,
    files: new Map([[documentPath, { path: documentPath, ...document }]]),
    edges: [],
    diagnostics: [],
    dependencies: new Set(),
    remoteRefs: new Set(),
    notLoaded: [],
    refusedUris: new Set(),
  };
  let totalChars = document.text.length;
  const failed = new Set<string>();
  const queue = [documentPath];

  const refuse = (edge: RefEdge, code: string, message: string, data?: Record<string, string>, uri?: string) => {
    closure.diagnostics.push({
      severity: 'error',
      code,
      message,
      range: edge.range ?? lineRange(1),
      path: edge.at,
      ...(edge.from === documentPath ? {} : { file: edge.from }),
      ...(data ? { data } : {}),
    });
    if (uri) closure.refusedUris.add(uri);
  };

  const follow = (edge: RefEdge, path: string) => {
    const quoted = `$ref "${edge.raw}"`;
    closure.dependencies.add(path);
    const uri = toParserUri(path);
    if (closure.files.has(path) || failed.has(path)) return;
    const state = reader.read(path);
    if (state.state === 'absent') return refuse(edge, 'ref-file-missing', `${quoted}: there is no file ${path} in the workspace.`, { path }, uri);
    if (state.state === 'not-loaded') {
      if (!closure.notLoaded.includes(path)) closure.notLoaded.push(path);
      return;
    }
    if (state.state === 'skipped') {
      const why =
        state.reason === 'too-large'
          ? `${path} is ${state.size === undefined ? 'too large' : megabytes(state.size)}; the studio reads files up to ${megabytes(LIMITS.maxAnalysedBytes)}`
          : state.reason === 'binary'
            ? `${path} is a binary file, not YAML or JSON`
            : `${path} is in a folder the studio skips (such as node_modules or .git)`;
      return refuse(edge, `ref-file-${state.reason}`, `${quoted}: ${why}.`, { path }, uri);
    }
    if (closure.files.size >= maxFiles || totalChars + state.text.length > maxTotalChars) {
      const limit = `${maxFiles} files or ${megabytes(maxTotalChars)}`;
      return refuse(edge, 'ref-limit', `${quoted} not followed: the document reaches more than ${limit} through its $refs.`, { path }, uri);
    }
    const check = reader.check(path);
    if (!check) return;
    if (!check.ok) {
      failed.add(path);
      closure.refusedUris.add(uri);
      const first = check.diagnostics[0];
      if (first?.code === 'too-large' || first?.code === 'binary-content') {
        const why = first.code === 'too-large' ? `${path} is ${megabytes(state.text.length)}; the studio reads files up to ${megabytes(LIMITS.maxAnalysedBytes)}` : `${path} is a binary file, not YAML or JSON`;
        const code = first.code === 'too-large' ? 'ref-file-too-large' : 'ref-file-binary';
        return refuse(edge, code, `${quoted}: ${why}.`, { path });
      }
      for (const d of check.diagnostics) {
        const message = d.code === 'empty-document' ? 'The file is empty: a $ref to it resolves to nothing.' : d.message;
        closure.diagnostics.push({ ...d, message, file: path });
      }
      return;
    }
    totalChars += state.text.length;
    closure.files.set(path, { path, text: state.text, value: check.value });
    queue.push(path);
  };

  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    const file = closure.files.get(next)!;
    const refs = collectRefs(file.value);
    const ranges = matchRefs(scanRefs(file.text), refs.map((r) => r.raw));
    refs.forEach((ref, index) => {
      const edge: RefEdge = { from: file.path, ...ref, range: ranges[index], target: resolveRef(file.path, ref.raw) };
      closure.edges.push(edge);
      const { target } = edge;
      if (target.kind === 'file') follow(edge, target.path);
      else if (target.kind === 'remote') {
        closure.remoteRefs.add(target.url);
        if (!options.isOriginAllowed(target.origin)) {
          const data = { origin: target.origin, host: target.host, url: target.url };
          refuse(edge, 'external-ref-not-fetched', `${BLOCKED_REF_MESSAGE} (${target.origin}).`, data, target.url.split('#')[0]);
        }
      } else if (target.kind === 'outside') {
        refuse(edge, 'ref-outside-workspace', `$ref "${edge.raw}" ${OUTSIDE_MESSAGES[target.reason]}.`, undefined, parserUriOf(file.path, edge.raw));
        // The parser may also read a file: URL as a path below the referring file's folder: one problem, not two.
        if (target.reason === 'file-url') closure.refusedUris.add(parserUriOf(file.path, edge.raw.replace(/^file:\/\//i, '')));
      } else if (target.kind === 'unsupported') {
        refuse(edge, 'ref-unsupported', `$ref "${edge.raw}": "${target.scheme}:" references are not supported; use a relative path or an http(s) URL.`);
      }
    });
  }
  return closure;
}
