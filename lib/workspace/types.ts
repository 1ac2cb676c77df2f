import type { SyntaxCheck } from '@/lib/analysis/syntaxCheck';

/** Why the page holds a workspace file without its text. */
export type SkipReason = 'too-large' | 'binary' | 'excluded';

/**
 * One file of the workspace as the page sends it to the analysis worker. `text` is sent only when the
 * worker may not hold this version yet (see WorkspaceFeed); the worker asks back for any it lacks.
 */
export interface WorkspaceFileEntry {
  /** '/'-separated, relative to the opened folder, no leading slash. */
  path: string;
  version: number;
  text?: string;
  /** The page did not load the text (over its size limit, binary, or in a skipped folder such as node_modules). */
  skipped?: { reason: SkipReason; size?: number };
}

/** What the worker knows of one workspace path. */
export type WorkspaceFileState =
  | { state: 'text'; text: string; version: number }
  | { state: 'skipped'; reason: SkipReason; size?: number }
  | { state: 'absent' }
  /** In the workspace, but the worker does not hold this version's text (e.g. it was restarted). */
  | { state: 'not-loaded'; version: number };

export interface WorkspaceReader {
  read(path: string): WorkspaceFileState;
  /** The syntax check (and hostile-input guards) of a file read as text; memoised per version by the store. */
  check(path: string): SyntaxCheck | undefined;
}

/** What an analysis found out about the workspace, for the store: which files to re-validate it after. */
export interface WorkspaceFacts {
  documentPath: string;
  /**
   * Every workspace path the document's $refs reach, directly or through other files, including paths that
   * do not exist yet (creating one must re-validate the document). Sorted; the document itself is not listed.
   */
  dependencies: string[];
  /** http(s) URLs the document's $refs reach (fetched or not). */
  remoteRefs: string[];
}
