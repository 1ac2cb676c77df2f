import { toStorageError } from '@/lib/persistence/storageErrors';
import type { RevisionBackend } from './revisionBackend';
import { DEFAULT_HISTORY_POLICY, revisionsToDrop, textHash } from './revisionPolicy';
import type { HistoryPolicy, RevisionMeta, RevisionReason } from './revisionPolicy';
import { revisionSummary } from './revisionSummary';

/** A revision as the timeline lists it; its text is stored apart and read only when needed. */
export interface StoredRevision extends RevisionMeta {
  fileId: string;
  /** The file's workspace path when the revision was taken. */
  path: string;
  /** textHash of its text: tells "same as the current text" without reading it. */
  hash: string;
  /** What changed since the revision before it in the list (revisionSummary). */
  summary: string;
  /** The revision `summary` was computed against; when thinning drops that one, the summary is made again. */
  previousId?: string;
}

export interface NewRevision {
  fileId: string;
  path: string;
  text: string;
  reason: RevisionReason;
  takenAt: number;
}

/**
 * Every file's revisions, kept in storage. Methods reject with a StorageError (the caller decides
 * how quietly to say so); nothing here knows about the editor or the store.
 */
export interface RevisionStore {
  /** The file's revisions, newest first. */
  list(fileId: string): Promise<StoredRevision[]>;
  /** A revision's text; undefined when it is gone (thinned meanwhile, or another tab's storage was cleared). */
  read(revisionId: string): Promise<string | undefined>;
  /** Stores a revision, then thins the file's history (revisionsToDrop); answers the list as it now is, newest first. */
  add(revision: NewRevision): Promise<StoredRevision[]>;
}

export interface RevisionStoreOptions {
  policy?: Readonly<HistoryPolicy>;
  /** Histories of at most this many files; past it, the files edited longest ago lose theirs. */
  maxFiles?: number;
  /** Runs a job alone among this origin's tabs (a Web Lock), so two tabs never interleave a read-modify-write. */
  exclusive?: (job: () => Promise<void>) => Promise<void>;
}

const indexKey = (fileId: string) => `index:${fileId}`;
const textKey = (revisionId: string) => `text:${revisionId}`;
const CATALOGUE_KEY = 'files';
export const DEFAULT_MAX_FILES = 50;
const REASONS = new Set<RevisionReason>(['opened', 'edited', 'before-bulk', 'saved']);

/** Strings in storage are UTF-16; the policy's byte bound is about what the browser keeps. */
export function storedSize(text: string): number {
  return text.length * 2;
}

function isRevision(value: unknown): value is StoredRevision {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  return (
    typeof r.id === 'string' &&
    typeof r.fileId === 'string' &&
    typeof r.takenAt === 'number' &&
    typeof r.size === 'number' &&
    typeof r.hash === 'string' &&
    typeof r.summary === 'string' &&
    typeof r.path === 'string' &&
    REASONS.has(r.reason as RevisionReason)
  );
}

/** A stored index as written by this or an older studio: anything malformed is left out, never trusted. */
function readIndex(value: unknown): StoredRevision[] {
  if (!Array.isArray(value)) return [];
  return value.filter(isRevision).sort((a, b) => a.takenAt - b.takenAt);
}

function readCatalogue(value: unknown): Record<string, number> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, number] => typeof entry[1] === 'number'));
}

let idCounter = 0;
function revisionId(takenAt: number): string {
  return `r-${takenAt.toString(36)}-${(++idCounter).toString(36)}${Math.random().toString(36).slice(2, 7)}`;
}

export function createRevisionStore(backend: RevisionBackend, options: RevisionStoreOptions = {}): RevisionStore {
  const policy = options.policy ?? DEFAULT_HISTORY_POLICY;
  const maxFiles = options.maxFiles ?? DEFAULT_MAX_FILES;
  const exclusive = options.exclusive ?? ((job: () => Promise<void>) => job());
  // One job at a time in this tab too: the lock alone would let this tab's own jobs overlap where Web Locks are missing.
  let chain: Promise<unknown> = Promise.resolve();
  const serial = <T>(job: () => Promise<T>): Promise<T> => {
    const locked = async () => {
      let answer: T | undefined;
      await exclusive(async () => {
        answer = await job();
      });
      return answer as T;
    };
    const result = chain.then(locked, locked);
    chain = result.catch(() => undefined);
    return result;
  };

  const texts = async (ids: string[]): Promise<Map<string, string>> => {
    const unique = [...new Set(ids)];
    const values = unique.length > 0 ? await backend.getMany(unique.map(textKey)) : [];
    return new Map(unique.flatMap((id, i) => (typeof values[i] === 'string' ? [[id, values[i] as string]] : [])));
  };

  /** Summaries of revisions whose predecessor was thinned away, made again against the one now before them. */
  const resummarize = async (kept: StoredRevision[], known: Map<string, string>): Promise<StoredRevision[]> => {
    const stale = kept.map((r, i) => ({ r, before: kept[i - 1] })).filter(({ r, before }) => r.previousId !== before?.id);
    if (stale.length === 0) return kept;
    const wanted = stale.flatMap(({ r, before }) => [r.id, ...(before ? [before.id] : [])]).filter((id) => !known.has(id));
    const read = await texts(wanted);
    for (const [id, text] of known) read.set(id, text);
    return kept.map((r, i) => {
      const before = kept[i - 1];
      if (r.previousId === before?.id) return r;
      const text = read.get(r.id);
      if (text === undefined) return r;
      const summary = revisionSummary(before ? read.get(before.id) : undefined, text);
      return { ...r, summary, ...(before ? { previousId: before.id } : { previousId: undefined }) };
    });
  };

  /** Keeps the catalogue of files with a history, and lets go of the histories edited longest ago. */
  const touch = async (fileId: string, takenAt: number): Promise<void> => {
    const catalogue = { ...readCatalogue(await backend.get(CATALOGUE_KEY)), [fileId]: takenAt };
    const oldestFirst = Object.entries(catalogue).sort((a, b) => a[1] - b[1]);
    const forgotten = oldestFirst.slice(0, Math.max(0, oldestFirst.length - maxFiles)).map(([id]) => id);
    for (const id of forgotten) {
      const index = readIndex(await backend.get(indexKey(id)));
      await backend.delMany([indexKey(id), ...index.map((r) => textKey(r.id))]);
      delete catalogue[id];
    }
    await backend.set(CATALOGUE_KEY, catalogue);
  };

  return {
    list: async (fileId) => {
      try {
        return readIndex(await backend.get(indexKey(fileId))).reverse();
      } catch (error) {
        throw toStorageError(error, 'read-failed');
      }
    },
    read: async (id) => {
      try {
        const text = await backend.get(textKey(id));
        return typeof text === 'string' ? text : undefined;
      } catch (error) {
        throw toStorageError(error, 'read-failed');
      }
    },
    add: (input) =>
      serial(async () => {
        try {
          const index = readIndex(await backend.get(indexKey(input.fileId)));
          const previous = index.at(-1);
          const previousText = previous ? (await texts([previous.id])).get(previous.id) : undefined;
          const revision: StoredRevision = {
            id: revisionId(input.takenAt),
            fileId: input.fileId,
            path: input.path,
            takenAt: input.takenAt,
            size: storedSize(input.text),
            reason: input.reason,
            hash: textHash(input.text),
            summary: revisionSummary(previousText, input.text),
            ...(previous && previousText !== undefined ? { previousId: previous.id } : {}),
          };
          // The text first: an index never names a text that is not there.
          await backend.set(textKey(revision.id), input.text);
          const all = [...index, revision];
          const dropped = new Set(revisionsToDrop(all, input.takenAt, policy));
          const known = new Map([[revision.id, input.text]]);
          if (previous && previousText !== undefined) known.set(previous.id, previousText);
          const kept = await resummarize(
            all.filter((r) => !dropped.has(r.id)),
            known,
          );
          await backend.set(indexKey(input.fileId), kept);
          if (dropped.size > 0) await backend.delMany([...dropped].map(textKey));
          await touch(input.fileId, input.takenAt);
          return [...kept].reverse();
        } catch (error) {
          throw toStorageError(error, 'write-failed');
        }
      }),
  };
}
