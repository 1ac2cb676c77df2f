import type { StateCreator } from 'zustand';
import { DEFAULT_HISTORY_POLICY, shouldTakeRevision, textHash } from '@/lib/history/revisionPolicy';
import type { HistoryPolicy, LastRevision, RevisionReason } from '@/lib/history/revisionPolicy';
import type { RevisionStore, StoredRevision } from '@/lib/history/revisionStore';
import { toStorageError } from '@/lib/persistence/storageErrors';
import type { StorageErrorCode } from '@/lib/persistence/storageErrors';
import { activeFile } from './filesSlice';
import type { StudioState } from './studioState';

/** Where revisions are kept and what time it is; absent, the studio keeps no history (most unit tests). */
export interface HistoryDeps {
  revisions: RevisionStore;
  now?: () => number;
  policy?: Readonly<HistoryPolicy>;
}

/** The revisions of one file, newest first, as the timeline and the compare dialog list them. */
export interface Timeline {
  fileId: string;
  state: 'loading' | 'ready' | 'failed';
  revisions: StoredRevision[];
}

/** How a request for a revision ended: `too-soon` is an edit revision asked for before the interval passed. */
export type SnapshotResult = 'taken' | 'unchanged' | 'too-soon' | 'off' | 'failed';

export interface HistorySlice {
  timeline: Timeline | null;
  /** Why local history is not being kept right now; the timeline says it, nothing else is disturbed. */
  historyProblem: string | null;
  /** Whether this browser keeps history at all (false in tests without storage). */
  historyEnabled: boolean;
  /**
   * Keeps the file's text (the active file's by default) as a revision when the policy says so. The
   * text is captured when called, so calling it right before a bulk change keeps the text before it.
   * Never rejects: a storage failure becomes `historyProblem`.
   */
  snapshot: (reason: RevisionReason, fileId?: string) => Promise<SnapshotResult>;
  /** Reads the file's revisions (the active file's by default) into `timeline`. */
  loadTimeline: (fileId?: string) => Promise<void>;
  /** A stored revision's text, or undefined when it is gone or storage failed (said in `historyProblem`). */
  readRevision: (revisionId: string) => Promise<string | undefined>;
  /** Puts a revision's text in the active file as one undoable edit, keeping the text before it as a revision first. */
  restoreRevision: (revisionId: string) => Promise<boolean>;
}

/** Why history stopped, in words for the timeline; one entry per storage error code. */
const HISTORY_PROBLEMS: Readonly<Record<StorageErrorCode, string>> = {
  unavailable: 'This browser does not let the studio store data, so no local history is kept.',
  'quota-exceeded': 'The browser storage is full, so new revisions are not kept. Older ones are still here.',
  'read-failed': 'The local history could not be read from browser storage.',
  'write-failed': 'The last revision could not be stored in browser storage.',
  'kept-aside-failed': 'The local history could not be stored.',
};
const NOT_AFFECTED = 'Editing and autosave are not affected.';

export function describeRevision(revision: Pick<StoredRevision, 'takenAt'>, now = Date.now()): string {
  const at = new Date(revision.takenAt);
  const sameDay = new Date(now).toDateString() === at.toDateString();
  const time = at.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
  return sameDay ? time : `${at.toLocaleDateString(undefined, { month: 'short', day: 'numeric' })} ${time}`;
}

export const createHistorySlice =
  (deps: HistoryDeps | undefined): StateCreator<StudioState, [['zustand/subscribeWithSelector', never]], [], HistorySlice> =>
  (set, get) => {
    const now = deps?.now ?? (() => Date.now());
    const policy = deps?.policy ?? DEFAULT_HISTORY_POLICY;
    // The newest revision of each file, once known: null when it has none.
    const last = new Map<string, LastRevision | null>();
    // Checks and writes in call order, so two quick requests never both see the same "last".
    let chain: Promise<unknown> = Promise.resolve();
    const enqueue = <T>(job: () => Promise<T>): Promise<T> => {
      const result = chain.then(job, job);
      chain = result.catch(() => undefined);
      return result;
    };

    const report = (error: unknown, fallback: 'read-failed' | 'write-failed') => {
      const problem = toStorageError(error, fallback);
      const detail = problem.detail ? ` (${problem.detail})` : '';
      set({ historyProblem: `${HISTORY_PROBLEMS[problem.code]}${detail} ${NOT_AFFECTED}` });
    };

    const showList = (fileId: string, revisions: StoredRevision[]) => {
      const newest = revisions[0];
      last.set(fileId, newest ? { takenAt: newest.takenAt, hash: newest.hash } : null);
      if (get().timeline?.fileId === fileId) set({ timeline: { fileId, state: 'ready', revisions } });
    };

    const lastOf = async (revisions: RevisionStore, fileId: string): Promise<LastRevision | undefined> => {
      if (!last.has(fileId)) showList(fileId, await revisions.list(fileId));
      return last.get(fileId) ?? undefined;
    };

    return {
      timeline: null,
      historyProblem: null,
      historyEnabled: deps !== undefined,
      snapshot: async (reason, fileId = get().activeId) => {
        const file = get().files[fileId];
        if (!deps || !file) return 'off';
        const { text, path } = file;
        const takenAt = now();
        return enqueue(async (): Promise<SnapshotResult> => {
          try {
            const newest = await lastOf(deps.revisions, fileId);
            if (!shouldTakeRevision(reason, text, newest, takenAt, policy)) return newest?.hash === textHash(text) ? 'unchanged' : 'too-soon';
            showList(fileId, await deps.revisions.add({ fileId, path, text, reason, takenAt }));
            if (get().historyProblem) set({ historyProblem: null });
            return 'taken';
          } catch (error) {
            report(error, 'write-failed');
            return 'failed';
          }
        });
      },
      loadTimeline: async (fileId = get().activeId) => {
        if (!deps) return;
        const shown = get().timeline;
        set({ timeline: { fileId, state: shown?.fileId === fileId && shown.state === 'ready' ? 'ready' : 'loading', revisions: shown?.fileId === fileId ? shown.revisions : [] } });
        try {
          showList(fileId, await enqueue(() => deps.revisions.list(fileId)));
        } catch (error) {
          report(error, 'read-failed');
          if (get().timeline?.fileId === fileId) set({ timeline: { fileId, state: 'failed', revisions: [] } });
        }
      },
      readRevision: async (revisionId) => {
        if (!deps) return undefined;
        try {
          return await deps.revisions.read(revisionId);
        } catch (error) {
          report(error, 'read-failed');
          return undefined;
        }
      },
      restoreRevision: async (revisionId) => {
        const { id: fileId, version } = activeFile(get());
        const revision = get().timeline?.revisions.find((r) => r.id === revisionId);
        const text = await get().readRevision(revisionId);
        const { notify } = get();
        if (text === undefined) {
          notify('warning', 'That revision is no longer stored in this browser; nothing was changed.');
          return false;
        }
        const file = get().files[fileId];
        if (!file || file.version !== version) {
          notify('warning', 'The document changed while the revision was being read; nothing was restored. Try again.');
          return false;
        }
        if (file.text === text) {
          notify('info', 'The document already holds the text of that revision.');
          return false;
        }
        // The text being replaced becomes a revision too, so the timeline can bring it back as well as undo.
        void get().snapshot('before-bulk', fileId);
        get().replaceFileText(fileId, version, text);
        const when = revision ? ` from ${describeRevision(revision, now())}` : '';
        notify('info', `Restored the revision${when}. Undo (Ctrl/Cmd+Z in the editor) brings back the text before it.`);
        return true;
      },
    };
  };
