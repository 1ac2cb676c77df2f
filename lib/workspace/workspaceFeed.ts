import type { SkipReason, WorkspaceFileEntry } from './types';

export interface FeedFile {
  path: string;
  version: number;
  /** Absent for a file the page did not load (then `skipped` says why). */
  text?: string;
  skipped?: { reason: SkipReason; size?: number };
}

/**
 * The page's half of the workspace protocol (the worker's half is WorkspaceFileStore): which texts the next
 * analysis request carries. Every request lists all files as (path, version); a text goes along when the
 * worker asked for it (`analyze-needs-files` → `forget`), when the worker holds an older version of it, or,
 * in 'eager' mode, whenever the worker does not hold that version yet. A text counts as held once an answer
 * (a result or `analyze-needs-files`) comes back for a request that carried it (`delivered`), so a superseded request costs nothing but a resend.
 *
 * 'lazy' (the default) never sends a file the document does not reach: the worker asks for what its $refs
 * reach, one level of refs per round trip (each a few milliseconds: no parse runs before the texts are
 * there), so a folder of thousands of files is never copied to the worker. 'eager' sends everything once,
 * for small workspaces where one round trip matters more than the copy. Either way a keystroke in one file
 * sends that file's text only.
 */
export class WorkspaceFeed {
  private held = new Map<string, number>();
  private wanted = new Set<string>();

  constructor(private readonly mode: 'lazy' | 'eager' = 'lazy') {}

  /** The `files` of an analysis request for the workspace as it is now. */
  entries(files: ReadonlyArray<FeedFile>): WorkspaceFileEntry[] {
    return files.map((file) => {
      const entry: WorkspaceFileEntry = { path: file.path, version: file.version };
      if (file.skipped) {
        entry.skipped = file.skipped;
        return entry;
      }
      const held = this.held.get(file.path);
      const send = this.wanted.has(file.path) || (held !== undefined && held !== file.version) || (this.mode === 'eager' && held !== file.version);
      if (send && file.text !== undefined) entry.text = file.text;
      return entry;
    });
  }

  /** An answer (result or needs-files) came back for a request with these entries: the worker holds their texts. */
  delivered(entries: ReadonlyArray<WorkspaceFileEntry>): void {
    for (const entry of entries) {
      if (entry.text === undefined) continue;
      this.held.set(entry.path, entry.version);
      this.wanted.delete(entry.path);
    }
  }

  /** The worker said it lacks these texts (`analyze-needs-files`): the next request carries them. */
  forget(paths: ReadonlyArray<string>): void {
    for (const path of paths) {
      this.held.delete(path);
      this.wanted.add(path);
    }
  }

  /** The worker was replaced (time-out, crash): it holds nothing, and will ask for what it needs. */
  reset(): void {
    this.held.clear();
  }
}
