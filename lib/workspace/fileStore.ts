import { checkSyntax } from '@/lib/analysis/syntaxCheck';
import type { SyntaxCheck } from '@/lib/analysis/syntaxCheck';
import type { SkipReason, WorkspaceFileEntry, WorkspaceFileState, WorkspaceReader } from './types';

interface Held {
  version: number;
  text: string;
  check?: SyntaxCheck;
}

/**
 * The analysis worker's copy of the workspace: the page's list of (path, version), and the texts of the
 * versions it has been sent. Texts survive between jobs, so a keystroke in one file resends that file only.
 * Loaded files are checked (syntax and the hostile-input guards) once per version.
 */
export class WorkspaceFileStore implements WorkspaceReader {
  private listed = new Map<string, { version: number; skipped?: { reason: SkipReason; size?: number } }>();
  private held = new Map<string, Held>();

  /** A store holding these texts (version 1 each): for tests and one-off jobs such as a bundle. */
  static fromTexts(texts: Readonly<Record<string, string>>): WorkspaceFileStore {
    const store = new WorkspaceFileStore();
    store.update(Object.entries(texts).map(([path, text]) => ({ path, version: 1, text })));
    return store;
  }

  /**
   * The workspace is now exactly these files. Texts of other paths and older versions are dropped.
   * Returns the listed paths whose current text this store does not hold.
   */
  update(entries: ReadonlyArray<WorkspaceFileEntry>): string[] {
    this.listed = new Map(entries.map((e) => [e.path, { version: e.version, skipped: e.skipped }]));
    for (const entry of entries) {
      if (entry.text !== undefined) this.held.set(entry.path, { version: entry.version, text: entry.text });
    }
    for (const [path, held] of this.held) {
      if (this.listed.get(path)?.version !== held.version) this.held.delete(path);
    }
    return entries.filter((e) => !e.skipped && !this.held.has(e.path)).map((e) => e.path);
  }

  read(path: string): WorkspaceFileState {
    const listed = this.listed.get(path);
    if (!listed) return { state: 'absent' };
    if (listed.skipped) return { state: 'skipped', ...listed.skipped };
    const held = this.held.get(path);
    if (!held) return { state: 'not-loaded', version: listed.version };
    return { state: 'text', text: held.text, version: held.version };
  }

  /** The syntax check of a held file's current text, computed once per version. */
  check(path: string): SyntaxCheck | undefined {
    const held = this.held.get(path);
    if (!held) return undefined;
    held.check ??= checkSyntax(held.text);
    return held.check;
  }
}
