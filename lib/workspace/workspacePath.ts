import { pointerTokens } from '@/lib/jsonPointer/jsonPointer';

/**
 * Workspace paths are '/'-separated and relative to the opened folder, without a leading slash
 * ('services/comments/asyncapi.yaml'). The parser sees them below a fixed root ({@link WORKSPACE_ROOT}) so that
 * its own path arithmetic can be mapped back, and a ref that climbs out of the folder lands outside that root.
 */
export const WORKSPACE_ROOT = '/.studio-workspace/';

/** Where a `$ref` written in a workspace file points. `pointer` is a JSON pointer without '#' ('' = the whole file). */
export type RefTarget =
  | { kind: 'local'; pointer: string }
  | { kind: 'file'; path: string; pointer: string }
  | { kind: 'remote'; url: string; origin: string; host: string }
  | { kind: 'outside'; reason: 'climbs-out' | 'absolute-path' | 'file-url' }
  | { kind: 'unsupported'; scheme: string };

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** Folder part of a workspace path ('' for a file at the root). */
export function dirnameOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash === -1 ? '' : path.slice(0, slash);
}

/** The file name without its folder and last extension: 'common/messages.yaml' → 'messages'. */
export function baseNameOf(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}

/**
 * Joins a relative file path to a folder, or undefined when '..' climbs above the workspace root.
 * The path is percent-decoded before it is split, so an encoded '/' or '..' counts as one.
 */
export function joinInside(folder: string, relative: string): string | undefined {
  const parts = folder === '' ? [] : folder.split('/');
  for (const segment of decodeSegment(relative).split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (parts.length === 0) return undefined;
      parts.pop();
    } else {
      parts.push(segment);
    }
  }
  return parts.join('/');
}

/** Resolves a `$ref` value written in the workspace file `fromPath`. Pure: reads nothing. */
export function resolveRef(fromPath: string, ref: string): RefTarget {
  if (ref.startsWith('#')) return { kind: 'local', pointer: decodeSegment(ref.slice(1)) };
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(ref)?.[1]?.toLowerCase();
  if (scheme === 'http' || scheme === 'https') {
    try {
      const url = new URL(ref);
      return { kind: 'remote', url: url.href, origin: url.origin, host: url.host };
    } catch {
      return { kind: 'unsupported', scheme };
    }
  }
  if (scheme === 'file') return { kind: 'outside', reason: 'file-url' };
  // A one-letter scheme is a Windows drive (C:\...): a path on a disk, never in the workspace.
  if (scheme !== undefined && scheme.length === 1) return { kind: 'outside', reason: 'absolute-path' };
  if (scheme !== undefined) return { kind: 'unsupported', scheme };
  const hash = ref.indexOf('#');
  const filePart = hash === -1 ? ref : ref.slice(0, hash);
  const pointer = hash === -1 ? '' : decodeSegment(ref.slice(hash + 1));
  if (/^(\/|\\|%2f|%5c)/i.test(filePart)) return { kind: 'outside', reason: 'absolute-path' };
  const path = joinInside(dirnameOf(fromPath), filePart);
  if (path === undefined) return { kind: 'outside', reason: 'climbs-out' };
  if (path === fromPath || path === '') return { kind: 'local', pointer };
  return { kind: 'file', path, pointer };
}

/** The URI the parser sees for a workspace path. */
export function toParserUri(path: string): string {
  return `${WORKSPACE_ROOT}${path}`;
}

/**
 * The URI the parser's resolver computes for a file ref written in `fromPath` (Spectral joins the ref, its
 * leading '/' stripped, to the referring file's folder, and stops '..' at '/'), so a ref the closure refused
 * can be recognised when the parser asks for it.
 */
export function parserUriOf(fromPath: string, ref: string): string {
  const filePart = ref.split('#')[0]!;
  if (/^file:\/\//i.test(filePart)) return decodeSegment(filePart.slice('file://'.length));
  const parts: string[] = [];
  for (const segment of [...toParserUri(fromPath).split('/').slice(0, -1), ...filePart.split('/')]) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') parts.pop();
    else parts.push(segment);
  }
  return `/${parts.join('/')}`;
}

/**
 * The workspace path of a URI the parser asks for, or undefined when it is not below the workspace root
 * (an absolute path, `file:///etc/passwd`, or a relative ref that climbed out of the folder).
 */
export function fromParserUri(uri: string): string | undefined {
  const path = decodeSegment(uri.startsWith('file://') ? uri.slice('file://'.length) : uri);
  if (!path.startsWith(WORKSPACE_ROOT)) return undefined;
  const inside = path.slice(WORKSPACE_ROOT.length);
  // The parser normalises '..' itself; a path that still holds one (or is empty) is not a workspace file.
  if (inside === '' || inside.split('/').some((s) => s === '..' || s === '.' || s === '')) return undefined;
  return inside;
}

/**
 * Splits a JSON pointer ('/a/b~1c') into its keys; array indexes stay strings, as in the loaded value's keys.
 * '/' (a ref written '#/') names the whole file here, as '' does, not its '' key.
 */
export function pointerKeys(pointer: string): string[] {
  return pointer === '/' ? [] : pointerTokens(pointer);
}
