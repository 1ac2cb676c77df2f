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
 * analysis request must carry. A file's text is sent until a result comes back for a request that carried
 * it; after that only its (path, version) is listed. The worker asks back (`analyze-needs-files`) for any text
 * it lacks (it was restarted, or the request that carried it was superseded before it was posted), and
 * `forget` makes the next request carry those again. So a keystroke in one file sends that file's text only.
 */
export class WorkspaceFeed {
  private held = new Map<string, number>();

  /** The `files` of an analysis request for the workspace as it is now. */
  entries(files: ReadonlyArray<FeedFile>): WorkspaceFileEntry[] {
    return files.map((file) => {
      const entry: WorkspaceFileEntry = { path: file.path, version: file.version };
      if (file.skipped) entry.skipped = file.skipped;
      else if (file.text !== undefined && this.held.get(file.path) !== file.version) entry.text = file.text;
      return entry;
    });
  }

  /** A result came back for a request with these entries: the worker holds their texts now. */
  delivered(entries: ReadonlyArray<WorkspaceFileEntry>): void {
    for (const entry of entries) if (entry.text !== undefined) this.held.set(entry.path, entry.version);
  }

  /** The worker said it lacks these texts. */
  forget(paths: ReadonlyArray<string>): void {
    for (const path of paths) this.held.delete(path);
  }

  /** The worker was replaced (time-out, crash): it holds nothing. */
  reset(): void {
    this.held.clear();
  }
}
